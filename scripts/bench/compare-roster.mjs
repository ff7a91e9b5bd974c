// Compares the 10,000-row roster paste of two release builds, pasted alternately so both see
// the same machine: `node scripts/bench/compare-roster.mjs <dist A> <dist B> [pairs]` (default 7
// pairs). Each paste is `make bench`'s (a fresh page, the shutdown questions answered, then the
// roster pasted; "settled" is the last DOM change before 100 ms of quiet). Prints the medians and
// the median of the paired differences.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '../../tests/e2e/support/server.mjs';
import { launchBrowser } from '../../tests/e2e/support/browser.mjs';
import { measureRosterPaste } from './browser.mjs';
import { summary } from './stats.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const [dirA, dirB, pairsArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node scripts/bench/compare-roster.mjs <dist A> <dist B> [pairs]');
  process.exit(2);
}
const pairs = Number(pairsArg ?? 7);
const QUIET_BROWSER = ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup'];
// The roster `make bench` generates (run it once first).
const csv = readFileSync(resolve(ROOT, 'target/bench/roster-10000.csv'), 'utf8');

const serverA = await serveStatic({ root: resolve(dirA), gzip: true });
const serverB = await serveStatic({ root: resolve(dirB), gzip: true });
const browser = await launchBrowser({ extraArgs: QUIET_BROWSER });
const a = { updated: [], settled: [] };
const b = { updated: [], settled: [] };
try {
  for (let i = 0; i <= pairs; i += 1) {
    const order = i % 2 ? [[serverB, b], [serverA, a]] : [[serverA, a], [serverB, b]];
    for (const [server, into] of order) {
      const run = await measureRosterPaste(browser, server.url, csv, 1);
      if (i === 0) continue; // the browser's own warm-up
      into.updated.push(run.updated.median);
      into.settled.push(run.settled.median);
    }
  }
} finally {
  await browser.close();
  await serverA.close();
  await serverB.close();
}
const line = (name, s) => `${name}  median ${s.median.toFixed(1)} ms  (min ${s.min.toFixed(1)} · max ${s.max.toFixed(1)} · n ${s.n})`;
for (const measure of ['updated', 'settled']) {
  console.log(`roster paste → ${measure === 'updated' ? 'summary' : 'settled'}`);
  console.log(line(`  A ${dirA}`, summary(a[measure])));
  console.log(line(`  B ${dirB}`, summary(b[measure])));
  console.log(line('  B − A, paired', summary(b[measure].map((t, i) => t - a[measure][i]))));
}
