#!/usr/bin/env bash
# Runs every test tier; stops at the first failure. `make test` runs scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

started=$SECONDS
step() { printf '\n==> %s\n' "$*"; }

step "0/3 architecture: the engine has no web crates in its dependency tree"
if cargo tree -p furlough-engine --prefix none | grep -E '^(yew|web-sys|js-sys|gloo[a-z-]*|wasm-bindgen) '; then
  echo "the engine crate must not depend on web crates (above)" >&2
  exit 1
fi

step "0/3 lint: clippy on every crate and target, warnings are errors"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "1/3 native tests: engine, CLI and pure app code"
cargo test --workspace --quiet

step "2/3 browser tests: components in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown -p furlough-app

step "3/3 end-to-end tests: the release build in Chromium (Playwright)"
trunk --quiet build --release
npm run --silent e2e

printf '\nall tests passed in %ds\n' $((SECONDS - started))
