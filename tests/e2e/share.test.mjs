// Share links, drafts and hostile links, as people will meet them: a link copied in one
// browser opens the same figures in another; a reload loses nothing; a damaged or hostile link
// opens the calculator with its usual answers and says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { servedApp } from './support/served_app.mjs';
import { goldenLinkOn } from './support/golden_links.mjs';
import { openPage, screenshot } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

const app = servedApp();

const payloadJson = (object) => `v1.j${Buffer.from(JSON.stringify(object)).toString('base64url')}`;

async function typeQuickExample(page) {
  await page.goto(`${app.server.url}#estimate`);
  await page.locator('#headcount').fill('200');
  await page.locator('#average-pay').fill('£32,000');
  await page.locator('#lost-output-pct').fill('60');
  await page.locator('#shutdown-weeks').fill('6');
  await page.locator('#finances-cash-reserves').fill('600,000');
  await page.locator('.card').first().waitFor();
}

/** Every figure on the page: cards, the outcome and the weekly table. */
async function figures(page) {
  return page.locator('.calculator__results .cards, .outcome, #weekly-heading ~ .table-scroll').allInnerTexts();
}

test('a link copied in one browser opens the identical figures in a fresh one', async () => {
  const first = await openPage(app.browser);
  await first.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await typeQuickExample(first.page);
  await first.page.getByRole('button', { name: 'Copy a link to these answers' }).click();
  await first.page.getByText('Link copied.').waitFor();
  const link = await first.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(`${app.server.url}#estimate/v1.`), link);
  assert.ok(link.length < 300, `${link.length} characters`);
  const expected = await figures(first.page);

  const second = await openPage(app.browser);
  await second.page.goto(link);
  await second.page.locator('.card').first().waitFor();
  assert.deepEqual(await figures(second.page), expected);
  assert.equal(await second.page.locator('#average-pay').inputValue(), '£32,000');
  assert.equal(new URL(second.page.url()).hash, '#estimate', 'the answers leave the address bar');

  await second.page.locator('#shutdown-weeks').fill('8');
  await second.page.reload();
  assert.equal(await second.page.locator('#shutdown-weeks').inputValue(), '8', 'the reload kept the edit');
  assert.deepEqual(first.errors.concat(second.errors), []);
  await first.context.close();
  await second.context.close();
});

test('an answer typed just before the page goes away is kept, even if the page has not redrawn yet', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await typeQuickExample(page);
  const [before, after] = await page.evaluate(() => {
    const draft = () => Object.entries(localStorage).filter(([key]) => key.endsWith(':estimate')).map(([, value]) => value).join();
    const weeks = document.querySelector('#shutdown-weeks');
    weeks.value = '9';
    weeks.dispatchEvent(new Event('input', { bubbles: true }));
    // Still in the same task: Yew renders, and writes drafts, only after it.
    const before = draft();
    dispatchEvent(new PageTransitionEvent('pagehide'));
    return [before, draft()];
  });
  assert.match(before, /"w":"6"/, 'the draft is not yet written when the page goes away');
  assert.match(after, /"w":"9"/, 'the page going away wrote it');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share panel draws a QR code of the link', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await typeQuickExample(page);
  await page.getByRole('button', { name: 'Show a QR code of the link' }).click();
  const qr = page.getByRole('img', { name: 'QR code of the link to these answers' });
  await qr.waitFor();
  const drawn = await qr.locator('path').getAttribute('d');
  assert.ok(drawn.length > 1000);
  await screenshot(page, 'share-qr-1280');
  await page.locator('#shutdown-weeks').fill('8');
  await page.waitForFunction((before) => document.querySelector('.share-panel svg path')?.getAttribute('d') !== before, drawn);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Link copied" is taken back when the answers change', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await typeQuickExample(page);
  await page.getByRole('button', { name: 'Copy a link to these answers' }).click();
  await page.getByText('Link copied.').waitFor();
  await page.locator('#shutdown-weeks').fill('8');
  await page.getByText('Link copied.').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('sharing answers with a problem shows the problem instead of a link', async () => {
  const { context, page } = await openPage(app.browser);
  await typeQuickExample(page);
  await page.locator('#average-pay').fill('lots');
  await page.getByRole('button', { name: 'Copy a link to these answers' }).click();
  const summary = page.locator('.error-summary');
  assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the summary takes focus');
  assert.equal(await page.getByText('Link copied.').count(), 0);
  await context.close();
});

test('a reload keeps the answers, and "Clear my data" forgets them', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await typeQuickExample(page);
  await page.reload();
  assert.equal(await page.locator('#headcount').inputValue(), '200');
  await page.getByRole('button', { name: 'Clear my data' }).click();
  assert.equal(await page.locator('#headcount').inputValue(), '');
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('furlough')).length), 0);
  await page.reload();
  assert.equal(await page.locator('#headcount').inputValue(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the golden links of every version open the same figures in the browser', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(goldenLinkOn(app.server.url, 'estimate-v1-quick.txt'));
  await page.locator('.card').first().waitFor();
  const saved = page.locator('.card', { hasText: 'Government cost per job saved' });
  assert.equal((await saved.locator('.card__value').innerText()).trim(), '£1,772.28');
  assert.deepEqual(errors, []);
  await context.close();
});

const HOSTILE = {
  'cut short by a chat app': (link) => link.slice(0, link.length - 12),
  'from a future version': () => 'v2.jeyJoIjoiMjAwIn0',
  'with a script in a label': () =>
    payloadJson({ d: true, l: '60', w: '6', g: [['<img src=x onerror=alert(1)><script>alert(1)</script>', '5', '30000', '40', '5', 'A', true]] }),
  'with huge numbers': () => payloadJson({ h: '99999999999999', p: '1e308', l: '60', w: '6' }),
  'of 1 MB of junk': () => `v1.j${'A'.repeat(1024 * 1024)}`,
  'of deflated junk': () => `v1.z${deflateRawSync(Buffer.alloc(5_000_000, 32)).toString('base64url')}`,
  'of the wrong shape': () => payloadJson({ h: 200, p: ['a'], x: { y: 1 } }),
};

for (const [kind, makePayload] of Object.entries(HOSTILE)) {
  test(`a link ${kind} opens the usual answers with a message`, async () => {
    const made = await openPage(app.browser);
    await made.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await typeQuickExample(made.page);
    await made.page.getByRole('button', { name: 'Copy a link to these answers' }).click();
    await made.page.getByText('Link copied.').waitFor();
    const good = (await made.page.evaluate(() => navigator.clipboard.readText())).split('#estimate/')[1];
    await made.context.close();

    const { context, page, errors } = await openPage(app.browser);
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    await page.goto(`${app.server.url}#estimate/${makePayload(good)}`);
    const alert = page.locator('.link-problem');
    await alert.waitFor();
    assert.match(await alert.innerText(), /opened (it|the calculator) with its usual starting answers/);
    assert.equal(await page.locator('#headcount').inputValue(), '', 'default answers');
    assert.equal(await page.locator('#lost-output-pct').inputValue(), '');
    assert.equal(await page.locator('script:not([src]):not([type="module"])').count(), 0);
    assert.deepEqual(dialogs, []);
    await page.getByRole('button', { name: 'Dismiss this message' }).click();
    assert.equal(await alert.count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

const GOLDEN_VIEWS = [
  { file: 'claim-v1-phase1-monthly.txt', view: 'claim', results: '.claim-results', expect: /£3,200\.00/ },
  { file: 'roster-v1-200-employees.txt', view: 'roster', results: '#roster-results-heading ~ *', expect: /£354,456\.00/ },
  { file: 'supply-chain-v1-two-firms.txt', view: 'supply-chain', results: '#supply-chain-results-heading ~ *', expect: /Castings Ltd/ },
];

for (const { file, view, results, expect } of GOLDEN_VIEWS) {
  test(`the ${view} golden link opens its figures, and a link copied from them opens the same in a fresh browser`, async () => {
    const first = await openPage(app.browser);
    await first.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await first.page.goto(goldenLinkOn(app.server.url, file));
    const shown = first.page.locator(results);
    await shown.first().waitFor();
    const figures = (await shown.allInnerTexts()).join('\n');
    assert.match(figures, expect);
    await first.page.getByRole('button', { name: 'Copy a link to these answers' }).click();
    await first.page.getByText('Link copied.').waitFor();
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.startsWith(`${app.server.url}#${view}/v1.`), link);

    const second = await openPage(app.browser);
    await second.page.goto(link);
    await second.page.locator(results).first().waitFor();
    assert.equal((await second.page.locator(results).allInnerTexts()).join('\n'), figures);
    assert.deepEqual(first.errors.concat(second.errors), []);
    await first.context.close();
    await second.context.close();
  });
}

test('a roster link leaves the names out unless asked to put them in', async () => {
  const { context, page } = await openPage(app.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(goldenLinkOn(app.server.url, 'roster-v1-200-employees.txt'));
  const box = page.locator('textarea').first();
  await box.fill('label,annual_pay,age,years_service,nic_category,pension_enrolled\nAmira Khan,32000,40,8,A,yes\nJoe Bloggs,28000,30,3,A,yes\n');
  await page.locator('#roster-results-heading').waitFor();
  const copy = async () => {
    await page.getByRole('button', { name: 'Copy a link to these answers' }).click();
    await page.getByText('Link copied.').waitFor();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const decode = (link) => {
    const payload = link.split('#roster/')[1];
    const body = Buffer.from(payload.slice(4), 'base64url');
    const json = payload[3] === 'z' ? inflateRawSync(body) : body;
    return JSON.parse(json.toString('utf8'));
  };
  assert.doesNotMatch(decode(await copy()).r, /Amira|Bloggs/);
  await page.getByLabel('Put the label column (names) in the link too').check();
  assert.match(decode(await copy()).r, /Amira Khan/);
  await context.close();
});
