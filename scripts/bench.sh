#!/usr/bin/env bash
# `make bench` (issue 7): builds the app's release bundle, the bare Yew baseline and the engine
# workload (natively and to wasm), then prints one table of sizes and medians
# (scripts/bench/run.mjs). Needs only what scripts/setup.sh installs; runs offline.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

log() { printf 'bench: %s\n' "$*" >&2; }
ROSTER_ROWS=10000

mkdir -p target/bench
log "building the app (trunk build --release → dist/)"
trunk --quiet build --release >/dev/null
log "building the bare Yew baseline (→ target/bench/bare-yew/)"
(cd benches/bare-yew && trunk --quiet build --release >/dev/null)

log "building the engine workload natively and to wasm (profile bench-speed)"
cargo build --quiet --profile bench-speed -p furlough-engine-bench --bin furlough-engine-bench
cargo build --quiet --profile bench-speed -p furlough-engine-bench --lib --target wasm32-unknown-unknown
wasm-bindgen --target nodejs --out-dir target/bench/engine-wasm \
  target/wasm32-unknown-unknown/bench-speed/furlough_engine_bench.wasm
# The package's root declares ES modules; wasm-bindgen's Node output is CommonJS.
echo '{"type":"commonjs"}' > target/bench/engine-wasm/package.json
target/bench-speed/furlough-engine-bench csv "$ROSTER_ROWS" > "target/bench/roster-$ROSTER_ROWS.csv"

node scripts/bench/run.mjs
