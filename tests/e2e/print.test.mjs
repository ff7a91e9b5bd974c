// Printing the firm estimate: one or two pages with the answers, the date and the results, and
// none of the page's chrome or form boxes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveStatic } from './support/server.mjs';
import { launchBrowser, openPage, screenshot, SCREENSHOTS } from './support/browser.mjs';

let server;
let browser;

before(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the printed firm estimate is a clean summary of one or two pages', async () => {
  const { context, page, errors } = await openPage(browser, { width: 1280 });
  await page.goto(`${server.url}#estimate`);
  await page.getByLabel('A detailed estimate').check();
  await page.locator('#workforce-0-employees').fill('200');
  await page.locator('#workforce-0-annual-pay').fill('£32,000');
  await page.locator('#workforce-0-years-service').fill('8');
  await page.locator('#lost-output-pct').fill('60');
  await page.locator('#shutdown-weeks').fill('6');
  await page.locator('#finances-cash-reserves').fill('600,000');
  await page.locator('.card').first().waitFor();

  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('.answers-summary');
  assert.ok(await summary.isVisible(), 'the answers are printed as a list');
  assert.match(await summary.innerText(), /printed on \d{1,2} [A-Z][a-z]+ \d{4}/);
  assert.match(await summary.innerText(), /200 employees, £32,000 a year each/);
  for (const hidden of ['.site-header', '.view-nav', '.share-panel', '.calculator__inputs', 'button']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is printed`);
  }
  assert.ok(await page.locator('.cards').isVisible());
  await screenshot(page, 'estimate-print');

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  await writeFile(resolve(SCREENSHOTS, 'estimate-print.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  assert.deepEqual(errors, []);
  await context.close();
});
