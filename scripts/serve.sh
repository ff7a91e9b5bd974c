#!/usr/bin/env bash
# Serves the app with live rebuilds on http://127.0.0.1:8080 (see Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
exec trunk serve "$@"
