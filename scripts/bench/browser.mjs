// The browser half of the benchmark: the release build in dist/, served gzip-compressed on
// 127.0.0.1, in headless Chromium (the end-to-end tests' launcher and flags). Every figure is
// taken in the page itself with performance.now(), never from the driver's round trips.
import { readFileSync } from 'node:fs';
import { summary } from './stats.mjs';

/** Headless Chromium 156 builds its omnibox popup (a WebUI page, ~250 script loads) for every
 *  new context, on the same 2 cores as the page being timed; a visitor's browser does not. */
export const QUIET_BROWSER = ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup'];

const FIRST_RESULT_MARK = 'first-result';
/** A phone on a poor connection: 150 ms added latency, 1.44 Mbit/s down, 675 kbit/s up (90% of
 *  Lighthouse's "Slow 4G" throughput) and a 4× slower CPU. */
const PHONE = { latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9, cpuSlowdown: 4 };

/** The spec's worked example as a share link on `origin`: it opens straight onto results. */
export function workedExampleLink(origin, linkFile) {
  const golden = readFileSync(linkFile, 'utf8').trim();
  return `${origin}${golden.slice(golden.indexOf('#'))}`;
}

/** A fresh context (empty cache, no storage) with the HTTP cache switched off too. */
async function freshPage(browser, { phone = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (phone) {
    const { cpuSlowdown, ...network } = PHONE;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  const close = async () => {
    await context.close();
    if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
  };
  return { page, close };
}

/** In the bare Yew page, which sets no mark: the mark, set when its component is in the DOM
 *  (as the app's is set by an effect right after its render). */
function markBareYewRender() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('main button')) {
      performance.mark('first-result');
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
}

/** In the page, from before its first script: reports the first-result mark on the console
 *  as soon as it is set, with when the .wasm had arrived. The driver then only listens: asking
 *  the page (`waitForFunction`) would inject Playwright's own script into it, tens of
 *  milliseconds of main-thread work while the app is still rendering. */
function reportFirstResult(mark) {
  new PerformanceObserver((entries, observer) => {
    const entry = entries.getEntriesByName(mark, 'mark')[0];
    if (!entry) return;
    observer.disconnect();
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    console.log(`bench:${JSON.stringify({ firstResult: entry.startTime, wasm: wasm?.responseEnd ?? NaN })}`);
  }).observe({ type: 'mark', buffered: true });
}

/** One cold load: navigation start → the first-result mark, and when the .wasm had arrived. */
export async function loadOnce(browser, url, { bare = false, ...options } = {}) {
  const { page, close } = await freshPage(browser, options);
  if (bare) await page.addInitScript(markBareYewRender);
  await page.addInitScript(reportFirstResult, FIRST_RESULT_MARK);
  const reported = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith('bench:'),
    timeout: 60_000,
  });
  const [message] = await Promise.all([reported, page.goto(url, { waitUntil: 'commit' })]);
  const result = JSON.parse(message.text().slice('bench:'.length));
  await close();
  return result;
}

/** Navigation start → first result over `loads` cold loads of the app, each followed by one of
 *  the bare Yew baseline (`bareUrl`), so both see the same machine load. One warm-up load of
 *  the browser itself is left out. */
export async function measureLoad(browser, url, loads, { bareUrl, ...options } = {}) {
  const app = { firstResult: [], wasmArrived: [] };
  const bare = [];
  for (let i = 0; i <= loads; i += 1) {
    const t = await loadOnce(browser, url, options);
    const b = bareUrl ? await loadOnce(browser, bareUrl, { ...options, bare: true }) : null;
    if (i === 0) continue;
    app.firstResult.push(t.firstResult);
    app.wasmArrived.push(t.wasm);
    if (b) bare.push(b.firstResult);
  }
  return {
    firstResult: summary(app.firstResult),
    wasmArrived: summary(app.wasmArrived),
    bare: bare.length ? summary(bare) : null,
  };
}

/**
 * Runs in the page: puts `value` in the field the way typing or pasting does (the value, then an
 * `input` event) and times from just before the event to the DOM updates it causes, seen by a
 * MutationObserver. `updated`: the first mutation after which the `result` element's text has
 * changed (or includes `includes`), i.e. the new result is in the DOM; `settled`: the last
 * mutation before 100 ms of quiet (every part re-rendered). No eval: the page's CSP forbids it.
 */
function timeInputInPage({ selector, value, inputType, result, includes }) {
  const field = document.querySelector(selector);
  const resultText = () => document.querySelector(result)?.textContent ?? null;
  const before = resultText();
  const done = () => {
    const text = resultText();
    return text !== null && (includes ? text.includes(includes) : text !== before);
  };
  return new Promise((resolve, reject) => {
    let updated = null;
    let last = null;
    const observer = new MutationObserver(() => {
      last = performance.now();
      if (updated === null && done()) updated = last;
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    field.value = value;
    const start = performance.now();
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType, data: inputType === 'insertText' ? value : null }));
    const giveUp = start + 30_000;
    const check = () => {
      const now = performance.now();
      if (updated !== null && now - last >= 100) {
        observer.disconnect();
        resolve({ updated: updated - start, settled: last - start });
      } else if (now > giveUp) {
        observer.disconnect();
        reject(new Error(`no new result in ${result} after input into ${selector}`));
      } else {
        setTimeout(check, 10);
      }
    };
    setTimeout(check, 10);
  });
}

/** Input event → updated figures of the firm estimate: the headcount changed, `inputs` times
 *  (after 3 warm-up edits, left out), on the worked example opened from its share link. */
export async function measureEstimateRecalc(browser, url, inputs) {
  const { page, close } = await freshPage(browser);
  await page.goto(url);
  await page.locator('.calculator__results .card').first().waitFor();
  const updated = [];
  const settled = [];
  for (let i = 0; i < inputs + 3; i += 1) {
    const t = await page.evaluate(timeInputInPage, {
      selector: '#headcount',
      value: String(201 + i),
      inputType: 'insertText',
      result: '.calculator__results .cards',
    });
    if (i >= 3) {
      updated.push(t.updated);
      settled.push(t.settled);
    }
  }
  await close();
  return { updated: summary(updated), settled: summary(settled) };
}

/** A roster pasted into the roster view → its summary on screen, each run in a fresh page with
 *  the shutdown questions answered first. Resolves to null when the view has no roster box. */
export async function measureRosterPaste(browser, origin, csv, runs) {
  const employees = (csv.trim().split('\n').length - 1).toLocaleString('en-GB');
  const updated = [];
  const settled = [];
  for (let i = 0; i < runs; i += 1) {
    const { page, close } = await freshPage(browser);
    await page.goto(`${origin}#roster`);
    await page.locator('#view-heading').waitFor();
    if ((await page.locator('#roster-csv').count()) === 0) {
      await close();
      return null;
    }
    await page.locator('#roster-lost-output-pct').fill('60');
    await page.locator('#roster-shutdown-weeks').fill('6');
    const t = await page.evaluate(timeInputInPage, {
      selector: '#roster-csv',
      value: csv,
      inputType: 'insertFromPaste',
      result: 'section[aria-labelledby="roster-results-heading"]',
      includes: `${employees} employees`,
    });
    updated.push(t.updated);
    settled.push(t.settled);
    await close();
  }
  return { updated: summary(updated), settled: summary(settled) };
}
