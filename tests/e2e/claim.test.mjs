// The CJRS claim view in the release build, used as a payroll officer would: HMRC's public cases
// typed with the keyboard give HMRC's amounts; a bad answer shows its error next to the field
// and in the summary while keeping everything else typed; axe finds nothing; screenshots at
// 1280px and 320px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './support/served_app.mjs';
import { openPage, screenshot } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';


const app = servedApp();

async function openClaim(width) {
  const opened = await openPage(app.browser, { width });
  await opened.page.goto(`${app.server.url}#claim`);
  await opened.page.locator('#claim-start-day').waitFor();
  return opened;
}

/** Clicks into a box and types, as a person does (the box is emptied first, like select-all). */
async function typeInto(page, id, text) {
  await page.locator(`#${id}`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Types a date into its day box, then tabs to the month and year boxes. */
async function typeDate(page, id, [day, month, year]) {
  await typeInto(page, `${id}-day`, day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

/** Chooses a radio with the keyboard: focus it and press space. */
async function choose(page, id) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press('Space');
}

/** A full-page picture from the top, so the sticky headline sits beside the first questions. */
async function pictureOf(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  return screenshot(page, name);
}


/** HMRC's public case e2e-phase1-regular-monthly: March and April 2020, £2,000 a month. */
async function typePhaseOneCase(page) {
  await typeDate(page, 'claim-start', ['1', '3', '2020']);
  await typeDate(page, 'claim-end', ['30', '4', '2020']);
  await typeDate(page, 'furlough-start', ['1', '3', '2020']);
  await choose(page, 'furlough-ended-no');
  await choose(page, 'pay-frequency-monthly');
  await choose(page, 'pay-method-regular');
  await typeInto(page, 'regular-pay', '2,000');
  await typeDate(page, 'pay-period-0-end', ['29', '2', '2020']);
  await page.getByRole('button', { name: 'Fill in the pay periods' }).click();
  await choose(page, 'nic-category-payable');
  await choose(page, 'pension-status-yes');
  await typeDate(page, 'last-pay-date', ['20', '4', '2020']);
  await choose(page, 'topped-up-no');
  await choose(page, 'additional-payments-no');
}

for (const width of [1280, 320]) {
  test(`a phase-one public case typed at ${width}px shows HMRC's claim, NIC and pension grants`, async () => {
    const { context, page, errors } = await openClaim(width);
    await typePhaseOneCase(page);

    const proposed = await page.locator('#pay-period-3-end-day').inputValue();
    assert.equal(proposed, '30', 'the proposed pay periods end on 30 April');
    assert.equal(await page.locator('#pay-period-3-end-month').inputValue(), '4');
    assert.equal(await page.locator('#claim-amount').innerText(), '£3,200.00');
    const summary = await page.locator('.summary-list').innerText();
    assert.match(summary, /Employer National Insurance grant\s+£241\.36/);
    assert.match(summary, /Employer pension grant\s+£65\.04/);
    const rows = page.locator('.claim-table tbody tr');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).innerText(), /1 March 2020 to 31 March 2020/);
    assert.match(await rows.nth(0).innerText(), /£121\.58[\s\S]*threshold £719\.00/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'the page scrolls sideways');
    assert.deepEqual(await axeViolations(page), []);
    await pictureOf(page, `claim-${width}-results`);

    await typeInto(page, 'regular-pay', '2,000x');
    const fieldError = page.locator('#regular-pay-error');
    await fieldError.waitFor();
    assert.match(await fieldError.innerText(), /Enter an amount in pounds/);
    assert.match(await page.locator('.error-summary').innerText(), /Enter an amount in pounds/);
    assert.equal(await page.locator('#regular-pay').getAttribute('aria-describedby'), 'regular-pay-hint regular-pay-error');
    assert.equal(await page.locator('#regular-pay').inputValue(), '2,000x', 'the bad answer is kept as typed');
    assert.equal(await page.locator('#claim-start-month').inputValue(), '3', 'other answers are kept');
    assert.equal(await page.locator('#last-pay-date-day').inputValue(), '20');
    assert.match(await page.locator('.out-of-date').innerText(), /out of date/);
    assert.equal(await page.locator('#claim-amount').innerText(), '£3,200.00', 'the last figures stay');
    assert.match(await page.title(), /^Error: /);
    assert.deepEqual(await axeViolations(page), []);
    await pictureOf(page, `claim-${width}-error`);

    await page.locator('.error-summary a').click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'regular-pay');
    assert.equal(new URL(page.url()).hash, '#claim', 'the link does not change the view');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a flexible-furlough public case typed with the hours of each pay period shows HMRC's amount", async () => {
  // HMRC's case it-november-november-fixed-weekly-scenarios-4: £600 a week, November 2020.
  const { context, page, errors } = await openClaim(1280);
  await typeDate(page, 'claim-start', ['1', '11', '2020']);
  await typeDate(page, 'claim-end', ['30', '11', '2020']);
  await typeDate(page, 'furlough-start', ['15', '11', '2020']);
  await choose(page, 'furlough-ended-no');
  await choose(page, 'pay-frequency-weekly');
  await choose(page, 'pay-method-regular');
  await typeInto(page, 'regular-pay', '600');
  await typeDate(page, 'pay-period-0-end', ['14', '11', '2020']);
  await page.getByRole('button', { name: 'Fill in the pay periods' }).click();
  assert.equal(await page.locator('#nic-category').count(), 0, 'no NIC question from August 2020');
  await choose(page, 'worked-during-claim-yes');
  const hours = [['37', '10'], ['37', '15'], ['15.86', '1.06']];
  for (const [i, [usual, worked]] of hours.entries()) {
    const key = [1, 3, 4][i];
    await typeInto(page, `pay-period-${key}-usual-hours`, usual);
    await typeInto(page, `pay-period-${key}-worked-hours`, worked);
  }
  assert.match(await page.locator('#hours').innerText(), /Pay period from 29 November 2020 to 5 December 2020/);
  assert.equal(await page.locator('#claim-amount').innerText(), '£763.66');
  assert.match(await page.locator('.summary-list').innerText(), /Not applicable/);
  assert.match(await page.locator('.claim-table tbody tr').nth(2).innerText(), /Partial: 2 of 7 days/);
  assert.deepEqual(await axeViolations(page), []);
  await pictureOf(page, 'claim-1280-flexible');

  await page.getByRole('button', { name: 'Calculate the claim' }).click();
  assert.equal(await page.locator('.error-summary').count(), 0, 'a complete claim has no errors');
  assert.deepEqual(errors, []);
  await context.close();
});

test('submitting an empty claim lists every missing answer and moves focus to the summary', async () => {
  const { context, page } = await openClaim(1280);
  await page.getByRole('button', { name: 'Calculate the claim' }).click();
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('error-summary')), true);
  assert.match(await summary.innerText(), /Enter the date the claim period starts/);
  assert.match(await page.locator('#claim-start-error').innerText(), /Enter the date the claim period starts/);
  assert.equal(await page.locator('#claim-start').getAttribute('aria-describedby'), 'claim-start-hint claim-start-error');
  assert.deepEqual(await axeViolations(page), []);
  await pictureOf(page, 'claim-320-empty-submit');
  await context.close();
});

test("a claim the scheme's rules refuse says which rule in the catalogue's words, dates written out, by the field", async () => {
  const { context, page, errors } = await openClaim(1280);
  await typePhaseOneCase(page);
  assert.equal(await page.locator('#claim-amount').innerText(), '£3,200.00');

  // A month longer than the pay periods typed: the furlough in May is in no pay period.
  await typeDate(page, 'claim-end', ['31', '5', '2020']);
  const uncovered = 'The pay periods must cover every furloughed day of the claim, 1 March 2020 to 31 May 2020';
  await page.locator('.error-summary').getByText(uncovered).waitFor();
  assert.match(await page.locator('.out-of-date').innerText(), /out of date/);

  // Into July: claims before July 2020 had to end by 30 June.
  await typeDate(page, 'claim-end', ['31', '7', '2020']);
  const pastJune = 'A claim period starting before 1 July 2020 must end by 30 June 2020';
  await page.locator('#claim-end-error').getByText(pastJune).waitFor();
  assert.match(await page.locator('.error-summary').innerText(), new RegExp(pastJune));
  assert.equal(await page.locator('#regular-pay').inputValue(), '2,000', 'other answers are kept');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('removing a pay period with the keyboard leaves focus on "Add another pay period"', async () => {
  const { context, page, errors } = await openClaim(1280);
  await page.getByRole('button', { name: 'Add another pay period' }).click();
  const ends = page.locator('.repeat-row');
  const before = await ends.count();
  await ends.nth(1).getByRole('button', { name: /^Remove/ }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await ends.count(), before - 1);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'add-pay-period');
  assert.deepEqual(errors, []);
  await context.close();
});

test('filling in the pay periods keeps focus on its button and the rows above, and a second fill for a shorter claim leaves only its dates', async () => {
  const { context, page, errors } = await openClaim(1280);
  await typeDate(page, 'claim-start', ['1', '11', '2020']);
  await typeDate(page, 'claim-end', ['30', '11', '2020']);
  await choose(page, 'pay-frequency-weekly');
  await typeDate(page, 'pay-period-0-end', ['31', '10', '2020']);
  const firstRow = await page.locator('#pay-period-0-end-day').elementHandle();
  const fill = page.getByRole('button', { name: 'Fill in the pay periods' });
  await fill.focus();
  await page.keyboard.press('Enter');
  await page.locator('#pay-period-5-end-day').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Fill in the pay periods', 'focus stays on the button');
  assert.ok(await firstRow.evaluate((input) => input.isConnected), 'the rows above the new ones are kept, not rebuilt');

  await typeDate(page, 'claim-end', ['14', '11', '2020']);
  await fill.click();
  const ends = await page.locator('#pay-periods .repeat-row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('input')].map((input) => input.value).join('/')));
  assert.deepEqual(ends, ['31/10/2020', '7/11/2020', '14/11/2020'], 'none of the first fill\'s later dates is left');
  assert.deepEqual(errors, []);
  await context.close();
});
