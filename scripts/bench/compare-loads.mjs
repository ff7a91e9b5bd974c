// Compares the load time of two release builds, loaded alternately so both see the same
// machine: `node scripts/bench/compare-loads.mjs <dist A> <dist B> [pairs]` (default 15 pairs).
// Each load is `make bench`'s: the worked example's share link, a cold context, navigation
// start → the first-result mark. Prints the medians and the median of the paired differences.
import { resolve } from 'node:path';
import { loadOnce, workedExampleLink } from './browser.mjs';
import { alternate, comparedBuilds, printPaired } from './alternate.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const goldenLink = resolve(ROOT, 'tests/golden-links/estimate-v1-quick.txt');
const builds = comparedBuilds('compare-loads.mjs', 15);

const samples = await alternate(builds, async (browser, origin) => ({
  firstResult: (await loadOnce(browser, workedExampleLink(origin, goldenLink))).firstResult,
}));
printPaired('navigation → first result', builds, samples.firstResult);
