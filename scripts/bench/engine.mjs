// The engine on its heaviest workload, a 100,000-employee roster read from CSV and estimated,
// natively and as wasm in Node: the same crate (crates/engine-bench), the same `bench-speed`
// profile (opt-level 3, no LTO, 16 codegen units, panic = abort) for both targets.
import { execFileSync } from 'node:child_process';
import { summary } from './stats.mjs';

export const EMPLOYEES = 100_000;

/** One warm-up run (page faults, wasm tier-up) is made and left out of the figures. */
function timed(command, args, runs) {
  const out = JSON.parse(execFileSync(command, [...args, String(runs + 1)], { encoding: 'utf8' }));
  return { ...summary(out.times_ms.slice(1)), result: out.result };
}

export function measureEngine({ nativeBin, wasmDir, runs }) {
  const native = timed(nativeBin, ['time', String(EMPLOYEES)], runs);
  const wasm = timed(process.execPath, [new URL('./engine-wasm.mjs', import.meta.url).pathname, wasmDir, String(EMPLOYEES)], runs);
  if (native.result !== wasm.result) {
    throw new Error(`native and wasm disagree: £${native.result} against £${wasm.result}`);
  }
  return { native, wasm, ratio: wasm.median / native.median };
}
