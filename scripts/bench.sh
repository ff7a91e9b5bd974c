#!/usr/bin/env bash
# Prints the release bundle's sizes: raw and gzip -9 bytes of each part and the total.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

trunk --quiet build --release >/dev/null
node scripts/bundle-sizes.mjs dist
