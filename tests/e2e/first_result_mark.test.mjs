// The `first-result` performance mark that `make bench` reads as the app's load time: set once,
// when the first figures are on screen, and not while the page has no figures to show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './support/served_app.mjs';
import { goldenLinkOn } from './support/golden_links.mjs';
import { openPage } from './support/browser.mjs';


const app = servedApp();

/** Records, at each `performance.mark('first-result')`, whether figures were in the DOM. */
function recordMarks() {
  const mark = performance.mark.bind(performance);
  globalThis.firstResultMarks = [];
  performance.mark = (name, options) => {
    if (name === 'first-result') {
      globalThis.firstResultMarks.push({ cards: document.querySelectorAll('.calculator__results .card').length });
    }
    return mark(name, options);
  };
}

test('a share link marks the first result once, when its figures are already on screen', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.addInitScript(recordMarks);
  await page.goto(goldenLinkOn(app.server.url, 'estimate-v1-quick.txt'));
  await page.locator('.calculator__results .card').first().waitFor();
  const before = await page.locator('.calculator__results .cards').innerText();
  await page.locator('#headcount').fill('250');
  await page.waitForFunction((text) => document.querySelector('.calculator__results .cards').innerText !== text, before);

  const marks = await page.evaluate(() => ({
    recorded: globalThis.firstResultMarks,
    entries: performance.getEntriesByName('first-result', 'mark').map((entry) => entry.startTime),
  }));
  assert.equal(marks.entries.length, 1, 'one mark, not one per result');
  assert.ok(marks.entries[0] > 0);
  assert.equal(marks.recorded.length, 1);
  assert.ok(marks.recorded[0].cards >= 6, `${marks.recorded[0].cards} headline cards when the mark was set`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page with no answers yet sets no first-result mark', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(`${app.server.url}#estimate`);
  await page.locator('.calculator__results .hint').waitFor();
  // Effects run right after the render that shows the placeholder; give them a frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  assert.equal(await page.evaluate(() => performance.getEntriesByName('first-result', 'mark').length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
