// The firm estimate, used as a finance manager would: the spec's worked example typed into the
// detailed mode must show the spec's figures (../shared/spec/estimate.md, "Worked example").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './support/served_app.mjs';
import { openPage, screenshot } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

const app = servedApp();

/** Types the worked example: 200 employees at £32,000, age 40, 8 years, A, enrolled; 2025-26;
 *  60% lost output; 6 weeks; cash £600,000; default finances; the default 80% / 26-week scheme. */
async function typeWorkedExample(page) {
  await page.goto(`${app.server.url}#estimate`);
  await page.getByLabel('A detailed estimate').check();
  await page.locator('#workforce-0-employees').fill('200');
  await page.locator('#workforce-0-annual-pay').fill('£32,000');
  await page.locator('#workforce-0-age').fill('40');
  await page.locator('#workforce-0-years-service').fill('8');
  await page.locator('#lost-output-pct').fill('60');
  await page.locator('#shutdown-weeks').fill('6');
  await page.locator('#finances-cash-reserves').fill('600,000');
  await page.locator('#tax-year').selectOption('2025-26');
}

/** The value of a headline card, found by its label. */
async function card(page, label) {
  const item = page.locator('.card', { has: page.locator('.card__label', { hasText: label }) });
  return (await item.locator('.card__value').innerText()).trim();
}

/** The amount in the weekly table's row with this label. */
async function weeklyRow(page, label) {
  const row = page.locator('#weekly-heading ~ .table-scroll tr', { hasText: label });
  return (await row.locator('td').innerText()).trim();
}

test('the worked example typed into the detailed mode shows the spec figures', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await typeWorkedExample(page);

  assert.equal(await card(page, 'Jobs at risk without a scheme'), '200');
  assert.equal(await card(page, 'Jobs at risk with the scheme'), '0');
  assert.equal(await card(page, 'Jobs saved by the scheme'), '200');
  assert.equal(await card(page, 'Cost to the government'), '£354,456.00');
  assert.equal(await card(page, 'Cost to the firm of furlough'), '£50,846.40');
  assert.equal(await card(page, 'Government cost per job saved'), '£1,772.28');

  assert.equal(await weeklyRow(page, 'Weekly payroll cost'), '£141,630.00');
  assert.equal(await weeklyRow(page, 'Normal weekly revenue'), '£566,520.00');
  assert.equal(await weeklyRow(page, 'Weekly cash flow without a scheme'), '-£139,363.92');
  assert.equal(await weeklyRow(page, 'Weekly cash flow with the scheme'), '-£62,860.32');
  assert.equal(await weeklyRow(page, 'Government grant each week'), '£59,076.00');
  assert.equal(await weeklyRow(page, "Firm's furlough cost each week"), '£8,474.40');
  assert.equal(await weeklyRow(page, 'Statutory redundancy pay'), '£590,764.80');
  assert.equal(await weeklyRow(page, 'Total cost to the government'), '£354,456.00');
  assert.equal(await weeklyRow(page, 'Total cost to the firm'), '£50,846.40');

  const group = page.locator('#groups-heading ~ .table-scroll tbody tr').first();
  const cells = await group.locator('td').allInnerTexts();
  assert.deepEqual(cells.slice(2, 6), ['£615.38', '£77.91', '£14.86', '£708.15']);

  const outcome = await page.locator('.outcome').innerText();
  assert.match(outcome, /all 200 jobs are at risk\. At this rate its cash lasts 4\.31 weeks/);
  assert.match(outcome, /no job is at risk\. At this rate its cash lasts 9\.54 weeks/);

  const charts = page.locator('.charts figure');
  assert.equal(await charts.count(), 3, 'cash, jobs at risk and weekly cost charts');
  const cash = page.locator('#cash-position-chart');
  assert.match(await cash.locator('figcaption').innerText(), /runs out in week 5/);
  await cash.getByText('Show the data as a table').click();
  assert.match(await cash.locator('table').innerText(), /-£236,183\.52/, 'cash at the end of week 6 without the scheme');

  await screenshot(page, 'estimate-worked-example-1280');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad input shows its error in place and in the summary, and keeps every other answer', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await typeWorkedExample(page);
  await page.locator('#lost-output-pct').fill('60 percent');

  const fieldError = page.locator('#lost-output-pct-error');
  await fieldError.waitFor();
  assert.match(await fieldError.innerText(), /Output lost: Enter a percentage using digits only/);
  assert.match(await page.locator('.notice--warning').innerText(), /out of date/);
  assert.equal(await card(page, 'Jobs saved by the scheme'), '200', 'the last valid figures stay');

  await page.getByRole('button', { name: 'Check my answers' }).click();
  const summary = page.locator('.error-summary');
  assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the summary takes focus');
  assert.match(await page.title(), /^Error: /);

  assert.equal(await page.locator('#lost-output-pct').inputValue(), '60 percent', 'kept as typed');
  assert.equal(await page.locator('#workforce-0-annual-pay').inputValue(), '£32,000');
  assert.equal(await page.locator('#finances-cash-reserves').inputValue(), '600,000');
  assert.equal(await page.locator('#workforce-0-years-service').inputValue(), '8');

  await summary.getByRole('link').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lost-output-pct');
  assert.equal(new URL(page.url()).hash, '#estimate', 'the summary link does not change the URL');

  await screenshot(page, 'estimate-error-1280');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the quick estimate works at 320px without sideways scrolling', async () => {
  const { context, page, errors } = await openPage(app.browser, { width: 320, height: 640 });
  await page.goto(`${app.server.url}#estimate`);
  await page.locator('#headcount').fill('200');
  await page.locator('#average-pay').fill('32000');
  await page.locator('#lost-output-pct').fill('60');
  await page.locator('#shutdown-weeks').fill('6');
  await page.locator('#finances-cash-reserves').fill('600000');
  assert.equal(await card(page, 'Jobs saved by the scheme'), '200');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, 'the page scrolls sideways');
  await screenshot(page, 'estimate-quick-320');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('changing a scheme parameter shows "Custom" in the scheme list even after a scheme was picked by hand', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(`${app.server.url}#estimate`);
  await page.getByLabel('A detailed estimate').check();
  const scheme = page.locator('#scheme-preset');
  await scheme.selectOption('custom');
  await scheme.selectOption('supply-chain-26-weeks');
  assert.equal(await scheme.inputValue(), 'supply-chain-26-weeks');
  // A parameter of the chosen scheme changed: the answers are now a scheme of the user's own.
  await page.locator('#scheme-covers-employer-nic').check();
  assert.equal(await scheme.inputValue(), 'custom');
  assert.equal(await scheme.locator('option:checked').innerText(), 'Custom');
  assert.deepEqual(errors, []);
  await context.close();
});

test('removing a group with the keyboard leaves focus on "Add another group", not the top of the page', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(`${app.server.url}#estimate`);
  await page.getByLabel('A detailed estimate').check();
  const add = page.getByRole('button', { name: 'Add another group' });
  await add.click();
  await add.click();
  await page.locator('#workforce-2-label').fill('Paint shop');
  await page.getByRole('button', { name: 'Remove group 2' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.group-row').count(), 2);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'add-group');
  // The group that was third is now second, with what was typed in it.
  assert.equal(await page.locator('#workforce-1-label').inputValue(), 'Paint shop');
  assert.deepEqual(errors, []);
  await context.close();
});
