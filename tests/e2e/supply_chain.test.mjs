// The supply-chain view, used as a visitor would: import firms (pasted or from a file), type
// firms into the table, and read the chain's totals. Expected figures come from the engine's
// command line, `furlough supply-chain`, run on the same firms (its totals for the template are
// hand-checked in src/derive/supply_chain/tests.rs).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openPage, screenshot } from './support/browser.mjs';
import { servedApp } from './support/served_app.mjs';
import { axeViolations } from './support/axe.mjs';
import { cellTexts, headlineFigures } from './support/figures.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = resolve(ROOT, 'target/debug/furlough');
const TEMPLATE_PATH = resolve(ROOT, 'crates/engine/templates/supply-chain.csv');

const app = servedApp();
let template;

before(async () => {
  if (!existsSync(CLI)) {
    const build = spawnSync('flock', ['/tmp/cargo.lock', 'cargo', 'build', '-q', '-p', 'furlough-engine', '--bin', 'furlough'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    assert.equal(build.status, 0, 'the furlough command line could not be built');
  }
  template = await readFile(TEMPLATE_PATH, 'utf8');
});

/** The cells of a CSV line (quoted cells may hold commas and doubled quotes). */
function csvCells(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}

/** `furlough supply-chain` on a CSV: its output text, and its rows keyed by firm, plus TOTAL. */
function commandLine(csv) {
  const run = spawnSync(CLI, ['supply-chain'], { input: csv, encoding: 'utf8' });
  const lines = run.stdout.trim().split('\n');
  const header = csvCells(lines[0]);
  const rows = Object.fromEntries(
    lines.slice(1).map((line) => {
      const cells = csvCells(line);
      const row = Object.fromEntries(header.map((name, i) => [name, cells[i]]));
      return [row.firm, row];
    }),
  );
  return { text: run.stdout, rows };
}

const count = (text) => Number(text).toLocaleString('en-GB');
/** As the page shows amounts in figures: exact below £1m (all the amounts used here are). */
function money(text) {
  const amount = Number(text);
  assert.ok(amount < 1_000_000, `${text} would be shortened on the page`);
  return `£${amount.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
const outcomes = (counts) => Object.fromEntries(counts.split('; ').map((part) => part.split(' ')).map(([k, v]) => [k, v]));

/** What the page's totals should be, from the command line's TOTAL row. */
function expectedTotals(total, firms) {
  return {
    'Firms in the totals': String(firms),
    Employees: count(total.headcount),
    'Jobs with no work in the shutdown': count(total.exposed_jobs),
    'Jobs at risk without the scheme': count(total.jobs_at_risk_without_scheme),
    'Jobs at risk with the scheme': count(total.jobs_at_risk_with_scheme),
    'Jobs saved': count(total.jobs_saved),
    'Cost to the government': money(total.government_cost),
    'Government cost per job saved': money(total.cost_per_job_saved),
  };
}

async function openSupplyChain(width = 1280) {
  const opened = await openPage(app.browser, { width });
  await opened.page.goto(`${app.server.url}#supply-chain`);
  await opened.page.getByRole('heading', { name: 'Supply chain', level: 2 }).waitFor();
  return opened;
}

async function outcomeCounts(page) {
  const rows = page.getByRole('table', { name: 'How many firms end safe, in layoffs or insolvent' }).locator('tbody tr');
  const counts = {};
  for (const row of await rows.all()) {
    const [outcome, without, withScheme] = await cellTexts(row);
    counts[outcome.toLowerCase()] = [without, withScheme];
  }
  return counts;
}

/** Each firm's results row: [firm, from, employees, exposed, outcome, at risk, outcome, at risk, cost]. */
async function firmRows(page) {
  const rows = page.getByRole('table', { name: 'Results for each firm' }).locator('tbody tr');
  return Promise.all((await rows.all()).map((row) => cellTexts(row)));
}

function expectedFirmRow(cli, from) {
  const capital = (word) => word[0].toUpperCase() + word.slice(1);
  return [
    cli.firm,
    from,
    count(cli.headcount),
    count(cli.exposed_jobs),
    capital(cli.outcome_without_scheme),
    count(cli.jobs_at_risk_without_scheme),
    capital(cli.outcome_with_scheme),
    count(cli.jobs_at_risk_with_scheme),
    money(cli.government_cost),
  ];
}

for (const width of [1280, 320]) {
  test(`firms imported from a pasted CSV give the command line's totals and outcomes, at ${width}px`, async () => {
    const { context, page, errors } = await openSupplyChain(width);
    await page.getByLabel('Firms, as CSV').fill(template);
    const cli = commandLine(template);

    assert.deepEqual(await headlineFigures(page), expectedTotals(cli.rows.TOTAL, 3));
    const without = outcomes(cli.rows.TOTAL.outcome_without_scheme);
    const withScheme = outcomes(cli.rows.TOTAL.outcome_with_scheme);
    assert.deepEqual(await outcomeCounts(page), {
      safe: [without.safe, withScheme.safe],
      layoffs: [without.layoffs, withScheme.layoffs],
      insolvency: [without.insolvency, withScheme.insolvency],
    });
    assert.deepEqual(await firmRows(page), [
      expectedFirmRow(cli.rows['Example Pressings Ltd'], 'File, row 6'),
      expectedFirmRow(cli.rows['Example Trim Ltd'], 'File, row 7'),
      expectedFirmRow(cli.rows['Example Castings Ltd'], 'File, row 8'),
    ]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'the page scrolls sideways');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `supply-chain-results-${width}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a firm typed into the table counts with the file\'s firms', async () => {
  const { context, page, errors } = await openSupplyChain();
  await page.getByLabel('Firms, as CSV').fill(template);
  const cells = {
    'Firm name': 'Worked example Ltd',
    Employees: '200',
    'Average annual pay (£)': '£32,000',
    'Output lost (%)': '60',
    'Shutdown (weeks)': '6',
    'Cash reserves (£, optional)': '600,000',
  };
  for (const [column, value] of Object.entries(cells)) {
    await page.getByLabel(`${column}, row 1`, { exact: true }).fill(value);
  }
  // The same firm as a CSV row: quick mode's defaults (age 40, 5 years) are the blanks'.
  const cli = commandLine(`${template.trimEnd()}\nWorked example Ltd,200,32000,60,6,600000,,,,,,,,,\n`);
  assert.deepEqual(await headlineFigures(page), expectedTotals(cli.rows.TOTAL, 4));
  assert.deepEqual((await firmRows(page))[0], expectedFirmRow(cli.rows['Worked example Ltd'], 'Table, row 1'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad row of the file is named by its row and column, and the other firms still count', async () => {
  const { context, page, errors } = await openSupplyChain();
  const csv = template.replace('Example Trim Ltd,45,', 'Example Trim Ltd,lots,');
  await page.getByLabel('Firms, as CSV').fill(csv);
  const cli = commandLine(csv);

  const problems = page.getByRole('table', { name: 'Rows of the file left out of the totals' });
  const [row, column, message] = await problems.locator('tbody tr').first().locator('td').allInnerTexts();
  assert.deepEqual([row, column], ['7', 'employees']);
  assert.match(cli.rows['Example Trim Ltd'].error, new RegExp(`^line 7, employees: ${message.replace(/[.()]/g, '\\$&')}`));
  await page.getByRole('alert').getByRole('link', { name: /^Row 7, employees: / }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'supply-chain-csv');
  assert.equal(await page.getByLabel('Firms, as CSV').inputValue(), csv, 'nothing pasted is lost');
  await page.getByText('1 firm with problems is not in the totals until it is corrected.').waitFor();
  assert.deepEqual(await headlineFigures(page), expectedTotals(cli.rows.TOTAL, 2));
  assert.equal((await firmRows(page))[1][2], 'Not in the totals: see the problems marked above.');
  assert.match(await page.title(), /^Error: /);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'supply-chain-bad-row-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a cell that is not a number is marked in its cell and linked from the summary', async () => {
  const { context, page, errors } = await openSupplyChain(320);
  await page.getByLabel('Firm name, row 1', { exact: true }).fill('Typo Ltd');
  await page.getByLabel('Employees, row 1', { exact: true }).fill('200');
  await page.getByLabel('Average annual pay (£), row 1', { exact: true }).fill('32k');
  const cell = page.getByLabel('Average annual pay (£), row 1', { exact: true });
  assert.equal(await cell.getAttribute('aria-invalid'), 'true');
  const message = await page.locator('#firm-0-average-pay-error').textContent();
  assert.match(message, /^Error: Table row 1: Enter an amount in pounds/);
  await page.getByRole('alert').getByRole('link', { name: message.replace(/^Error: /, ''), exact: true }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'firm-0-average-pay');
  assert.equal(await cell.inputValue(), '32k', 'what was typed is kept as typed');

  await page.getByRole('button', { name: 'Calculate' }).click();
  // The cell that cannot be read, then the required cells left empty (cash is optional).
  assert.deepEqual(await page.getByRole('alert').getByRole('link').allInnerTexts(), [
    message.replace(/^Error: /, ''),
    'Table row 1: Enter the share of normal output lost during the shutdown, from 0 to 100 (%).',
    'Table row 1: Enter how many weeks the shutdown is expected to last, from 1 to 104.',
  ]);
  assert.equal(await page.getByLabel('Output lost (%), row 1', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'supply-chain-cell-error-320');
  assert.deepEqual(errors, []);
  await context.close();
});

test('rows are added and removed with focus kept on something sensible', async () => {
  const { context, page, errors } = await openSupplyChain();
  await page.getByLabel('Firm name, row 1', { exact: true }).fill('First Ltd');
  await page.getByRole('button', { name: 'Add a firm' }).click();
  await page.getByLabel('Firm name, row 2', { exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'firm-1-name', 'the new row takes focus');
  await page.getByLabel('Firm name, row 2', { exact: true }).fill('Second Ltd');
  await page.getByRole('button', { name: 'Remove row 1' }).click();
  assert.equal(await page.getByLabel('Firm name, row 1', { exact: true }).inputValue(), 'Second Ltd');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'supply-chain-add-firm');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the results export is the command line\'s results file', async () => {
  const { context, page, errors } = await openSupplyChain();
  await page.getByLabel('Firms, as CSV').fill(template);
  await headlineFigures(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export results as CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'supply-chain-results.csv');
  assert.equal(await readFile(await download.path(), 'utf8'), commandLine(template).text);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a chosen file of firms fills the import box, and the template is the engine\'s', async () => {
  const { context, page, errors } = await openSupplyChain();
  const href = await page.getByRole('link', { name: 'Download the template (CSV file)' }).getAttribute('href');
  assert.equal(decodeURIComponent(href.slice(href.indexOf(',') + 1)), template);
  await page.getByLabel('Or choose a CSV file of firms').setInputFiles({
    name: 'firms.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(template),
  });
  await page.getByText('The file firms.csv is now in the box above.').waitFor();
  assert.equal(await page.getByLabel('Firms, as CSV').inputValue(), template);
  assert.equal((await headlineFigures(page))['Firms in the totals'], '3');
  assert.deepEqual(errors, []);
  await context.close();
});
