// Printing the firm estimate: one or two pages with the answers, the date and the results, and
// none of the page's chrome or form boxes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { servedApp } from './support/served_app.mjs';
import { goldenLinkOn } from './support/golden_links.mjs';
import { openPage, screenshot, SCREENSHOTS } from './support/browser.mjs';

const app = servedApp();

/** The number of pages of an A4 PDF of the page as printed, which is saved beside the screenshots. */
async function printedPages(page, name) {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  await writeFile(resolve(SCREENSHOTS, `${name}.pdf`), pdf);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('the printed firm estimate is a clean summary of one or two pages', async () => {
  const { context, page, errors } = await openPage(app.browser, { width: 1280 });
  await page.goto(`${app.server.url}#estimate`);
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

  const pages = await printedPages(page, 'estimate-print');
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  assert.deepEqual(errors, []);
  await context.close();
});

// The other views print their answers as a list too, opened here from their golden links.
for (const { view, link, form, answers, results } of [
  {
    view: 'claim',
    link: 'claim-v1-phase1-monthly.txt',
    form: '.claim-form',
    answers: [/When does the claim period start\?\s*1 March 2020/, /How often is the employee paid\?\s*Every month/, /Gross pay for one pay period, in pounds\s*£2,000\n/],
    results: '#claim-amount',
  },
  {
    view: 'roster',
    link: 'roster-v1-200-employees.txt',
    form: '.roster-form',
    answers: [/Your employees\s*200 employees read from the roster/, /Furlough scheme\s*Supply-chain scheme, 26 weeks/],
    results: '.figures',
  },
  {
    view: 'supply-chain',
    link: 'supply-chain-v1-two-firms.txt',
    form: '.supply-chain-form',
    answers: [/Castings Ltd\s*120 employees, £31,000 a year on average, 60% of output lost, 6 weeks/, /Furlough scheme\s*CJRS from November 2020/],
    results: '.figures',
  },
]) {
  test(`the printed ${view} view is its answers with the date and its results, on one or two pages`, async () => {
    const { context, page, errors } = await openPage(app.browser, { width: 1280 });
    await page.goto(goldenLinkOn(app.server.url, link));
    await page.locator(results).first().waitFor();
    assert.equal(await page.locator('.answers-summary').isVisible(), false, 'the printed answers show on screen');

    await page.emulateMedia({ media: 'print' });
    const summary = await page.locator('.answers-summary').innerText();
    assert.match(summary, /printed on \d{1,2} [A-Z][a-z]+ \d{4}/);
    for (const answer of answers) assert.match(summary, answer);
    for (const hidden of [form, '.site-header', '.view-nav', '.share-panel', 'button']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is printed`);
    }
    assert.ok(await page.locator(results).first().isVisible(), 'the results are printed');
    await screenshot(page, `${view}-print`);
    const pages = await printedPages(page, `${view}-print`);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
