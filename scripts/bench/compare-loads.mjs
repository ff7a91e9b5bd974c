// Compares the load time of two release builds, loaded alternately so both see the same
// machine: `node scripts/bench/compare-loads.mjs <dist A> <dist B> [pairs]` (default 15 pairs).
// Each load is `make bench`'s: the worked example's share link, a cold context, navigation
// start → the first-result mark. Prints the medians and the median of the paired differences;
// a change is worth keeping when that difference is well outside the pairs' spread.
import { resolve } from 'node:path';
import { serveStatic } from '../../tests/e2e/support/server.mjs';
import { launchBrowser } from '../../tests/e2e/support/browser.mjs';
import { loadOnce, workedExampleLink } from './browser.mjs';
import { summary } from './stats.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const [dirA, dirB, pairsArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node scripts/bench/compare-loads.mjs <dist A> <dist B> [pairs]');
  process.exit(2);
}
const pairs = Number(pairsArg ?? 15);
const QUIET_BROWSER = ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup'];
const goldenLink = resolve(ROOT, 'tests/golden-links/estimate-v1-quick.txt');

const serverA = await serveStatic({ root: resolve(dirA), gzip: true });
const serverB = await serveStatic({ root: resolve(dirB), gzip: true });
const browser = await launchBrowser({ extraArgs: QUIET_BROWSER });
const a = [];
const b = [];
try {
  const linkA = workedExampleLink(serverA.url, goldenLink);
  const linkB = workedExampleLink(serverB.url, goldenLink);
  for (let i = 0; i <= pairs; i += 1) {
    // Which build goes first alternates too, so neither always follows the other.
    const [first, second] = i % 2 ? [linkB, linkA] : [linkA, linkB];
    const t1 = (await loadOnce(browser, first)).firstResult;
    const t2 = (await loadOnce(browser, second)).firstResult;
    if (i === 0) continue; // the browser's own warm-up
    const [ta, tb] = i % 2 ? [t2, t1] : [t1, t2];
    a.push(ta);
    b.push(tb);
  }
} finally {
  await browser.close();
  await serverA.close();
  await serverB.close();
}
const line = (name, s) => `${name}  median ${s.median.toFixed(1)} ms  (min ${s.min.toFixed(1)} · max ${s.max.toFixed(1)} · n ${s.n})`;
console.log(line(`A ${dirA}`, summary(a)));
console.log(line(`B ${dirB}`, summary(b)));
console.log(line('B − A, paired', summary(b.map((t, i) => t - a[i]))));
