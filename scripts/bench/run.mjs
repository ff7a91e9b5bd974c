// `make bench`: measures the release build against the bare Yew baseline and prints one table
// of medians (issue 7). scripts/bench.sh builds everything first; this only measures.
// Repeats can be changed with BENCH_LOADS, BENCH_PHONE_LOADS, BENCH_INPUTS, BENCH_ROSTER_RUNS
// and BENCH_ENGINE_RUNS.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { serveStatic } from '../../tests/e2e/support/server.mjs';
import { launchBrowser } from '../../tests/e2e/support/browser.mjs';
import { bundleSizes } from './sizes.mjs';
import { measureEngine, EMPLOYEES } from './engine.mjs';
import {
  measureLoad, measureEstimateRecalc, measureRosterPaste, workedExampleLink, QUIET_BROWSER,
} from './browser.mjs';
import { printTable, bytes, ms, times, status } from './table.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const path = (p) => resolve(ROOT, p);
const repeats = (name, fallback) => Number(process.env[name] ?? fallback);
const LOADS = repeats('BENCH_LOADS', 15);
const PHONE_LOADS = repeats('BENCH_PHONE_LOADS', 5);
const INPUTS = repeats('BENCH_INPUTS', 40);
const ROSTER_RUNS = repeats('BENCH_ROSTER_RUNS', 7);
const ENGINE_RUNS = repeats('BENCH_ENGINE_RUNS', 7);
const ROSTER_ROWS = 10_000;

/** Issue 7's targets. KB are 1,000 bytes, as in ../shared/notes/toolchain.md. */
const TARGET = { totalGzip: 200_000, sizeRatio: 3.5, firstResult: 250, estimate: 16, roster: 200, engineRatio: 2.5 };

const progress = (what) => process.stderr.write(`bench: ${what}\n`);
const spread = (s) => `min ${s.min.toFixed(1)} · max ${s.max.toFixed(1)} · n ${s.n}`;

const loadAtStart = loadavg()[0];
const app = bundleSizes(path('dist'));
const embedded = bundleSizes(path('dist'), 'embed.html');
const bare = bundleSizes(path('target/bench/bare-yew'));

progress(`engine: ${EMPLOYEES.toLocaleString('en-GB')} employees, native and wasm, ${ENGINE_RUNS} runs each`);
const engine = measureEngine({
  nativeBin: path('target/bench-speed/furlough-engine-bench'),
  wasmDir: path('target/bench/engine-wasm'),
  runs: ENGINE_RUNS,
});


const server = await serveStatic({ root: path('dist'), gzip: true });
const bareServer = await serveStatic({ root: path('target/bench/bare-yew'), gzip: true });
const browser = await launchBrowser({ extraArgs: QUIET_BROWSER });
let load;
let phone;
let embeddedLoad;
let embeddedPhone;
let estimate;
let roster;
try {
  const link = workedExampleLink(server.url, path('tests/golden-links/estimate-v1-quick.txt'));
  progress(`load: ${LOADS} cold loads of the worked example's share link`);
  load = await measureLoad(browser, link, LOADS, { bareUrl: bareServer.url });
  progress(`load: ${PHONE_LOADS} cold loads on an emulated phone`);
  phone = await measureLoad(browser, link, PHONE_LOADS, { bareUrl: bareServer.url, phone: true });
  // The embedded calculator (embed.html, the page embed.js puts in a union's site) opened on
  // the same answers: the firm estimate alone, its own wasm.
  const embeddedLink = link.replace(server.url, `${server.url}embed.html`);
  progress(`embedded: ${LOADS} cold loads, and ${PHONE_LOADS} on the emulated phone`);
  embeddedLoad = await measureLoad(browser, embeddedLink, LOADS);
  embeddedPhone = await measureLoad(browser, embeddedLink, PHONE_LOADS, { phone: true });
  progress(`firm estimate: ${INPUTS} edits of the headcount`);
  estimate = await measureEstimateRecalc(browser, link, INPUTS);
  progress(`roster: ${ROSTER_RUNS} pastes of ${ROSTER_ROWS.toLocaleString('en-GB')} rows`);
  const csv = readFileSync(path(`target/bench/roster-${ROSTER_ROWS}.csv`), 'utf8');
  roster = await measureRosterPaste(browser, server.url, csv, ROSTER_RUNS);
} finally {
  await browser.close();
  await server.close();
  await bareServer.close();
}

const sizeRow = (sizes, name, part) => {
  const a = sizes[part];
  const b = bare[part];
  const ratio = b.gzip ? ` (${times(a.gzip / b.gzip)})` : '';
  const label = part === 'page' ? sizes.page.files[0] : part;
  return [`${name} ${label}, raw / gzip -9 bytes`, `${bytes(a.raw)} / ${bytes(a.gzip)}`, `bare Yew ${bytes(b.raw)} / ${bytes(b.gzip)}${ratio}`];
};
const sizeRatio = app.total.gzip / bare.total.gzip;
const embeddedRatio = embedded.total.gzip / bare.total.gzip;
const rows = [
  ...['.wasm', '.js', '.css', 'page'].map((part) => sizeRow(app, 'bundle', part)),
  [...sizeRow(app, 'bundle', 'total'), `≤ ${bytes(TARGET.totalGzip)} gzip`, status(app.total.gzip <= TARGET.totalGzip)],
  ['bundle total gzip ÷ bare Yew', times(sizeRatio), '', `≤ ${times(TARGET.sizeRatio)}`, status(sizeRatio <= TARGET.sizeRatio)],
  sizeRow(embedded, 'embedded', '.wasm'),
  [...sizeRow(embedded, 'embedded', 'total'), `≤ ${bytes(TARGET.totalGzip)} gzip`, status(embedded.total.gzip <= TARGET.totalGzip)],
  ['embedded total gzip ÷ bare Yew', times(embeddedRatio), '', `≤ ${times(TARGET.sizeRatio)}`, status(embeddedRatio <= TARGET.sizeRatio)],
  ['load: navigation → first result', ms(load.firstResult.median), spread(load.firstResult), `≤ ${TARGET.firstResult} ms`, status(load.firstResult.median <= TARGET.firstResult)],
  ['  of which .wasm arrived', ms(load.wasmArrived.median), spread(load.wasmArrived)],
  ['  bare Yew: navigation → first render', ms(load.bare.median), spread(load.bare)],
  ['load on a phone (Slow 4G, CPU ÷4)', ms(phone.firstResult.median), spread(phone.firstResult), 'no target'],
  ['  bare Yew on the same phone', ms(phone.bare.median), spread(phone.bare)],
  ['embedded: navigation → first result', ms(embeddedLoad.firstResult.median), spread(embeddedLoad.firstResult), `≤ ${TARGET.firstResult} ms`, status(embeddedLoad.firstResult.median <= TARGET.firstResult)],
  ['embedded on a phone (Slow 4G, CPU ÷4)', ms(embeddedPhone.firstResult.median), spread(embeddedPhone.firstResult), 'no target'],
  ['firm estimate: input → result in DOM', ms(estimate.updated.median), spread(estimate.updated)],
  ['firm estimate: input → DOM settled', ms(estimate.settled.median), spread(estimate.settled), `≤ ${TARGET.estimate} ms`, status(estimate.settled.median <= TARGET.estimate)],
  ...(roster
    ? [
        [`roster ${ROSTER_ROWS.toLocaleString('en-GB')} rows: paste → summary`, ms(roster.updated.median), spread(roster.updated)],
        [`roster ${ROSTER_ROWS.toLocaleString('en-GB')} rows: paste → settled`, ms(roster.settled.median), spread(roster.settled), `≤ ${TARGET.roster} ms`, status(roster.settled.median <= TARGET.roster)],
      ]
    : [[`roster ${ROSTER_ROWS.toLocaleString('en-GB')} rows: paste → summary`, 'SKIPPED: the roster view has no #roster-csv box yet', '', `≤ ${TARGET.roster} ms`, 'SKIP']]),
  [`engine ${EMPLOYEES.toLocaleString('en-GB')} rows, native`, ms(engine.native.median), spread(engine.native)],
  [`engine ${EMPLOYEES.toLocaleString('en-GB')} rows, wasm (Node)`, ms(engine.wasm.median), spread(engine.wasm)],
  ['engine wasm ÷ native', times(engine.ratio), `both £${engine.native.result}`, `≤ ${times(TARGET.engineRatio)}`, status(engine.ratio <= TARGET.engineRatio)],
];

const cpu = cpus();
console.log(`make bench, ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`);
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, load average ${loadAtStart.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end; Chromium ${browser.version()}, Node ${process.version}`);
console.log('times are medians; "settled" is the last DOM change the input caused\n');
printTable(rows);
