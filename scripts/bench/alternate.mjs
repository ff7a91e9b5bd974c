// What the A/B scripts (compare-loads.mjs, compare-roster.mjs) share: two release builds served
// side by side, measured alternately in one browser so both see the same machine, and the
// medians with the median of the paired differences. A change is worth keeping when that
// difference is well outside the pairs' spread.
import { resolve } from 'node:path';
import { serveStatic } from '../../tests/e2e/support/server.mjs';
import { launchBrowser } from '../../tests/e2e/support/browser.mjs';
import { summary } from './stats.mjs';
import { QUIET_BROWSER } from './browser.mjs';

/** `<dist A> <dist B> [pairs]` from the command line, or the usage and exit 2. */
export function comparedBuilds(script, defaultPairs) {
  const [dirA, dirB, pairsArg] = process.argv.slice(2);
  if (!dirA || !dirB) {
    console.error(`usage: node scripts/bench/${script} <dist A> <dist B> [pairs]`);
    process.exit(2);
  }
  return { dirA, dirB, pairs: Number(pairsArg ?? defaultPairs) };
}

/**
 * Runs `measure(browser, origin)` on both builds `pairs` times after one warm-up pair, the
 * build measured first alternating too, so neither always follows the other. `measure`
 * resolves to an object of named times in ms; returns, per name, A's and B's samples.
 */
export async function alternate({ dirA, dirB, pairs }, measure) {
  const serverA = await serveStatic({ root: resolve(dirA), gzip: true });
  const serverB = await serveStatic({ root: resolve(dirB), gzip: true });
  const browser = await launchBrowser({ extraArgs: QUIET_BROWSER });
  const samples = {};
  try {
    for (let i = 0; i <= pairs; i += 1) {
      const order = i % 2 ? [['b', serverB], ['a', serverA]] : [['a', serverA], ['b', serverB]];
      for (const [build, server] of order) {
        const times = await measure(browser, server.url);
        if (i === 0) continue; // the browser's own warm-up
        for (const [name, ms] of Object.entries(times)) {
          samples[name] ??= { a: [], b: [] };
          samples[name][build].push(ms);
        }
      }
    }
  } finally {
    await browser.close();
    await serverA.close();
    await serverB.close();
  }
  return samples;
}

/** Prints A's and B's medians and the median of the paired differences B − A. */
export function printPaired(title, { dirA, dirB }, { a, b }) {
  const line = (name, s) =>
    `  ${name}  median ${s.median.toFixed(1)} ms  (min ${s.min.toFixed(1)} · max ${s.max.toFixed(1)} · n ${s.n})`;
  console.log(title);
  console.log(line(`A ${dirA}`, summary(a)));
  console.log(line(`B ${dirB}`, summary(b)));
  console.log(line('B − A, paired', summary(b.map((t, i) => t - a[i]))));
}
