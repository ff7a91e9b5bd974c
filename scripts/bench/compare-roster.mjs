// Compares the 10,000-row roster paste of two release builds, pasted alternately so both see
// the same machine: `node scripts/bench/compare-roster.mjs <dist A> <dist B> [pairs]` (default 7
// pairs). Each paste is `make bench`'s (a fresh page, the shutdown questions answered, then the
// roster pasted; "settled" is the last DOM change before 100 ms of quiet). Prints the medians and
// the median of the paired differences.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureRosterPaste } from './browser.mjs';
import { alternate, comparedBuilds, printPaired } from './alternate.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
// The roster `make bench` generates (run it once first).
const csv = readFileSync(resolve(ROOT, 'target/bench/roster-10000.csv'), 'utf8');
const builds = comparedBuilds('compare-roster.mjs', 7);

const samples = await alternate(builds, async (browser, origin) => {
  const run = await measureRosterPaste(browser, origin, csv, 1);
  return { summary: run.updated.median, settled: run.settled.median };
});
printPaired('roster paste → summary', builds, samples.summary);
printPaired('roster paste → settled', builds, samples.settled);
