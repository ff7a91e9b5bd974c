#!/usr/bin/env bash
# Installs everything the project needs that is not already here, idempotently and quietly.
# Nothing is downloaded as a prebuilt binary from the internet: Rust tools come from crates.io,
# wasm-opt from npm (binaryen), the browser from Debian. See ../shared/notes/toolchain.md.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLCHAIN=1.95.0
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)

log() { printf 'setup: %s\n' "$*"; }

# 1. Rust target (automatic installs are switched off on these machines).
if ! rustup target list --installed --toolchain "$TOOLCHAIN" | grep -qx wasm32-unknown-unknown; then
  log "adding wasm32-unknown-unknown to $TOOLCHAIN"
  rustup target add --toolchain "$TOOLCHAIN" wasm32-unknown-unknown >/dev/null
fi

# 2. Trunk, pinned: 0.22 needs a newer rustc than this machine has.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION from crates.io (about 10 minutes)"
  cargo +"$TOOLCHAIN" install --quiet --locked trunk --version "$TRUNK_VERSION"
fi

# 3. wasm-bindgen CLI and test runner, same version as the crate. Not --locked: its lock file
#    names a crate version the registry mirror lacks.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 2 minutes)"
  cargo +"$TOOLCHAIN" install --quiet wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 4. Chromium and ChromeDriver from Debian, for browser and end-to-end tests.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing chromium and chromium-driver from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 5. npm packages (playwright-core, axe-core, binaryen for wasm-opt), locked by package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.setup-lock; then
  log "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  cp package-lock.json node_modules/.setup-lock
fi
if [ "$(node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  echo "setup: node_modules/.bin/wasm-opt is not binaryen ${BINARYEN_VERSION%%.*}" >&2
  exit 1
fi

# 6. Crates, so Trunk can build offline.
cargo +"$TOOLCHAIN" fetch --quiet
