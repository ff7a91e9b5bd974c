// The wasm half of the engine benchmark, run in its own Node process by engine.mjs:
// `node scripts/bench/engine-wasm.mjs PKG_DIR EMPLOYEES RUNS` prints one JSON line, like the
// native `furlough-engine-bench time`, timing the same `run()` with performance.now().
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const [dir, employees, runs] = process.argv.slice(2);
const { RosterWorkload } = createRequire(import.meta.url)(resolve(dir, 'furlough_engine_bench.js'));
const workload = new RosterWorkload(Number(employees));
const times = [];
let result = '';
for (let i = 0; i < Number(runs); i += 1) {
  const start = performance.now();
  result = workload.run();
  times.push(performance.now() - start);
}
workload.free();
console.log(JSON.stringify({ times_ms: times, result }));
