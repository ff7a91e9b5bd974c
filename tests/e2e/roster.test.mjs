// The employee roster view, used as a visitor would: paste a roster (or choose a file), answer
// the shutdown questions, read the figures, page through the employees and export them.
// Expected figures are the spec's worked example (hand-checked there), not read from the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { servedApp } from './support/served_app.mjs';
import { openPage, screenshot } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';
import { cellTexts, headlineFigures } from './support/figures.mjs';

const TEMPLATE = resolve(import.meta.dirname, '../../crates/engine/templates/roster.csv');
const HEADER = 'label,annual_pay,age,years_service,nic_category,pension_enrolled';

const app = servedApp();

/** The spec's worked example as 200 rows, with a bad row at line 102 (the header is line 1). */
function workedExampleWithABadRow() {
  const lines = [HEADER];
  for (let row = 2; row <= 201; row += 1) {
    lines.push('Line,32000,40,8,A,yes');
    if (row === 101) lines.push('Line,32k,40,8,A,yes');
  }
  return `${lines.join('\n')}\n`;
}

async function openRoster(width = 1280) {
  const opened = await openPage(app.browser, { width });
  await opened.page.goto(`${app.server.url}#roster`);
  await opened.page.getByRole('heading', { name: 'Employee roster', level: 2 }).waitFor();
  return opened;
}

async function answerTheShutdownQuestions(page) {
  await page.getByLabel('Share of normal output lost during the shutdown, as a percentage').fill('60');
  await page.getByLabel('Expected length of the shutdown, in weeks').fill('6');
  await page.getByLabel('Cash the firm can draw on, in pounds (optional)').fill('600,000');
}

for (const width of [1280, 320]) {
  test(`a pasted roster with a bad row names that row and still calculates the others, at ${width}px`, async () => {
    const { context, page, errors } = await openRoster(width);
    const roster = workedExampleWithABadRow();
    await page.getByLabel('Your roster, as CSV').fill(roster);
    await answerTheShutdownQuestions(page);

    assert.deepEqual(await headlineFigures(page), {
      'Jobs at risk without the scheme': '200',
      'Jobs at risk with the scheme': '0',
      'Jobs saved': '200',
      'Cost to the government': '£354,456.00',
      'Cost to the firm': '£50,846.40',
      'Government cost per job saved': '£1,772.28',
    });
    assert.match(await page.getByRole('status').filter({ hasText: 'employees read' }).innerText(), /^200 employees read/);

    const problems = page.getByRole('table', { name: 'Rows left out of the figures' });
    assert.deepEqual(await cellTexts(problems.locator('tbody tr').first()), [
      '102',
      'annual_pay',
      'Enter an amount in pounds, like 32000 or £32,000.50.',
    ]);
    const summary = page.getByRole('alert');
    const link = summary.getByRole('link', { name: /^Row 102, annual_pay: / });
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'roster-csv');
    assert.equal(await page.getByLabel('Your roster, as CSV').inputValue(), roster, 'nothing pasted is lost');
    assert.match(await page.title(), /^Error: /);

    const employees = page.getByRole('table', { name: 'Figures for each employee, per week' });
    assert.deepEqual(await cellTexts(employees.locator('tbody tr').first()), [
      '2', 'Line', '£32,000.00', '£615.38', '£77.91', '£14.86', '£708.15', '£492.30', '£492.30', '£70.62', '£4,923.04',
    ]);
    assert.equal(await employees.locator('tbody tr').count(), 50);
    const pages = page.getByRole('navigation', { name: 'Pages of the employee table' });
    await pages.getByRole('button', { name: 'Next page' }).click();
    assert.equal(await pages.locator('.pagination__range').innerText(), 'Showing 51 to 100 of 200');
    assert.equal((await employees.locator('tbody tr th').allInnerTexts()).at(-1), '101');
    await pages.getByRole('button', { name: 'Next page' }).click();
    assert.equal(await pages.locator('.pagination__range').innerText(), 'Showing 101 to 150 of 200');
    const rows = await employees.locator('tbody tr th').allInnerTexts();
    assert.deepEqual(rows.slice(0, 2), ['103', '104'], 'row 102 is left out, the next rows follow');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Next page', 'focus stays on the button');

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'the page scrolls sideways');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `roster-results-${width}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a fresh roster shows no errors until Calculate is pressed, then says what is missing', async () => {
  const { context, page, errors } = await openRoster();
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.getByRole('button', { name: 'Calculate' }).click();
  const summary = page.getByRole('alert');
  assert.deepEqual(await summary.getByRole('link').allInnerTexts(), [
    'Paste your roster into the box, or choose a CSV file of your employees',
    // The engine's own messages for the two questions.
    'Enter the share of normal output lost during the shutdown, from 0 to 100 (%).',
    'Enter how many weeks the shutdown is expected to last, from 1 to 104.',
  ], 'the missing answers, in page order');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'error-summary');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'roster-missing-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the template downloads as the engine has it, and a chosen file fills the same box', async () => {
  const { context, page, errors } = await openRoster();
  const template = await readFile(TEMPLATE, 'utf8');
  const href = await page.getByRole('link', { name: 'Download the template (CSV file)' }).getAttribute('href');
  assert.ok(href.startsWith('data:text/csv;charset=utf-8,'));
  assert.equal(decodeURIComponent(href.slice(href.indexOf(',') + 1)), template);

  await page.getByLabel('Your roster, as CSV').fill('typed first');
  await page.getByLabel('Or choose a CSV file of your employees').setInputFiles({
    name: 'staff.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(template),
  });
  await page.getByText('The file staff.csv is now in the box above.').waitFor();
  assert.equal(await page.getByLabel('Your roster, as CSV').inputValue(), template);
  assert.match(await page.getByRole('status').filter({ hasText: 'employees read' }).innerText(), /^5 employees read/);
  await page.getByRole('button', { name: 'Swap back' }).click();
  assert.equal(await page.getByLabel('Your roster, as CSV').inputValue(), 'typed first', 'what was typed is not lost');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the results export as a CSV file with a row per employee', async () => {
  const { context, page, errors } = await openRoster();
  await page.getByLabel('Your roster, as CSV').fill(workedExampleWithABadRow());
  await answerTheShutdownQuestions(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export results as CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'roster-results.csv');
  const text = await readFile(await download.path(), 'utf8');
  const lines = text.trim().split('\n');
  assert.equal(lines.length, 201, 'a header and the 200 employees read');
  assert.equal(
    lines[0],
    'row,label,annual_pay,weekly_pay,employer_nic,employer_pension,weekly_cost,furlough_pay,government_pays_if_furloughed,firm_pays_if_furloughed,redundancy_pay',
  );
  // Spec worked example, per person: 615.38 pay, 77.91 NIC, 14.86 pension; furloughed at 80%
  // (492.30, all paid by the grant), the firm still pays 59.45 NIC + 11.17 pension = 70.62;
  // redundancy 8 years × 615.38.
  assert.equal(lines[1], '2,Line,32000.00,615.38,77.91,14.86,708.15,492.30,492.30,70.62,4923.04');
  assert.ok(!lines.some((line) => line.startsWith('102,')));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a typo in an answer keeps the last figures, said to be out of date, until it is corrected', async () => {
  const { context, page, errors } = await openRoster();
  await page.getByLabel('Your roster, as CSV').fill(workedExampleWithABadRow());
  await answerTheShutdownQuestions(page);
  assert.equal((await headlineFigures(page))['Jobs saved'], '200');
  await page.getByLabel('Expected length of the shutdown, in weeks').fill('6x');
  await page.getByText('These results are out of date').waitFor();
  assert.equal((await headlineFigures(page))['Jobs saved'], '200', 'the last figures stay');
  assert.match(await page.locator('#roster-shutdown-weeks-error').textContent(), /Enter a whole number/);
  await page.getByLabel('Expected length of the shutdown, in weeks').fill('6');
  await page.getByText('These results are out of date').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('what was pasted and typed is still there after visiting another view', async () => {
  const { context, page, errors } = await openRoster();
  const roster = workedExampleWithABadRow();
  await page.getByLabel('Your roster, as CSV').fill(roster);
  await page.getByLabel('Expected length of the shutdown, in weeks').fill('6 weeks?');
  await page.getByRole('link', { name: 'Supply chain' }).click();
  await page.getByRole('heading', { name: 'Supply chain', level: 2 }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { name: 'Employee roster', level: 2 }).waitFor();
  assert.equal(await page.getByLabel('Your roster, as CSV').inputValue(), roster);
  assert.equal(await page.getByLabel('Expected length of the shutdown, in weeks').inputValue(), '6 weeks?');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 10,000-row roster pasted is calculated', async () => {
  const { context, page, errors } = await openRoster();
  await answerTheShutdownQuestions(page);
  const lines = [HEADER];
  for (let i = 0; i < 10_000; i += 1) {
    lines.push(`Team ${i % 7},${20_000 + ((i * 37) % 30_000)},${20 + (i % 45)},${i % 5},A,${i % 3 ? 'yes' : 'no'}`);
  }
  const roster = lines.join('\n');
  // From the input event to the summary in the page (a mutation observer sees it before the
  // browser lays the page out), and to the next frame painted, which includes the browser's
  // own layout of the 10,000 lines pasted into the box.
  const timings = await page.evaluate(async (text) => {
    const box = document.getElementById('roster-csv');
    const done = () => document.body.textContent.includes('10,000 employees, of whom');
    box.value = text;
    const started = performance.now();
    const inPage = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const summary = await inPage;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return { summary, painted: performance.now() - started };
  }, roster);
  console.log(
    `10,000-row roster pasted: summary in the page after ${timings.summary.toFixed(0)} ms, ` +
      `painted after ${timings.painted.toFixed(0)} ms`,
  );
  // 60% of 10,000 people have no work (spec step 2, the whole workforce).
  assert.match(await page.locator('#roster-results-heading ~ p').first().innerText(), /^10,000 employees, of whom 6,000 /);
  assert.equal(await page.getByRole('table', { name: 'Figures for each employee, per week' }).locator('tbody tr').count(), 50);
  assert.deepEqual(errors, []);
  await context.close();
});
