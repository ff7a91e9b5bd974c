// The calculator embedded in a union's page on another origin, as embed.js does it: the host
// page on 127.0.0.2, the calculator on 127.0.0.1. A visitor types into the widget; the iframe
// grows to fit; the figures show; only the height crosses between the two.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './support/server.mjs';
import { launchBrowser, openPage, screenshot } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';
import { goldenLinkOn } from './support/golden_links.mjs';

let calculator;
let host;
let browser;

const hostPage = (calculatorUrl) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Union news</title><link rel="icon" href="data:,"></head>
<body><h1>Our campaign for a supply-chain furlough scheme</h1>
<p>Work out what a scheme would mean for your workplace:</p>
<script src="${calculatorUrl}embed.js" data-preset="cjrs-oct-2020" data-accent="#005ea5"></script>
<p id="after">Thank you for supporting the campaign.</p>
</body></html>`;

before(async () => {
  calculator = await serveStatic();
  host = await serveStatic({
    host: '127.0.0.2',
    extraRoutes: { '/': { type: 'text/html; charset=utf-8', body: hostPage(calculator.url) } },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await calculator?.close();
});

test('a page on another origin embeds the calculator, which grows to fit what is typed', async () => {
  const { context, page, errors } = await openPage(browser, { width: 800, height: 900 });
  const askedBefore = calculator.requests.length;
  const messages = [];
  await page.exposeFunction('recordMessage', (origin, data) => messages.push({ origin, data }));
  await page.addInitScript(() => {
    window.addEventListener('message', (event) => window.recordMessage(event.origin, event.data));
  });
  await page.goto(host.url);

  const frameElement = page.locator('iframe[title="Furlough and jobs-at-risk calculator"]');
  await frameElement.waitFor();
  const frame = page.frameLocator('iframe[title="Furlough and jobs-at-risk calculator"]');
  await frame.locator('#headcount').waitFor();
  assert.equal(await frame.locator('.site-header, .site-footer, .view-nav, .lead').count(), 0, 'no page chrome in the widget');
  assert.equal(await frame.locator('#scheme-preset').inputValue(), 'cjrs-oct-2020', 'the host chose the preset');
  const heightBefore = (await frameElement.boundingBox()).height;
  // A page embedded in another site is often refused storage: it then says that a reload
  // loses the answers, and how to keep them.
  const frameCanStore = await frame.locator('body').evaluate(() => {
    try {
      localStorage.setItem('probe', '1');
      localStorage.removeItem('probe');
      return true;
    } catch {
      return false;
    }
  });
  const keepsNothing = frame.locator('.embed-keeps-nothing');
  assert.equal(await keepsNothing.count(), frameCanStore ? 0 : 1, `storage ${frameCanStore ? 'allowed' : 'refused'} in the frame`);
  if (!frameCanStore) {
    assert.match(await keepsNothing.innerText(), /will be lost if the page is reloaded/);
    assert.match(await keepsNothing.getByRole('link').getAttribute('href'), /#estimate$/, 'nothing typed yet');
  }

  await frame.locator('#headcount').fill('200');
  await frame.locator('#average-pay').fill('32000');
  await frame.locator('#lost-output-pct').fill('60');
  await frame.locator('#shutdown-weeks').fill('6');
  await frame.locator('#finances-cash-reserves').fill('600000');
  const saved = frame.locator('.card', { hasText: 'Jobs saved by the scheme' }).locator('.card__value');
  assert.equal((await saved.innerText()).trim(), '200');

  await page.waitForFunction(
    (before) => document.querySelector('iframe').getBoundingClientRect().height > before + 200,
    heightBefore,
  );
  const inner = await frame.locator('body').evaluate((body) => body.scrollHeight);
  const outer = (await frameElement.boundingBox()).height;
  assert.ok(Math.abs(outer - inner) <= 2, `iframe ${outer}px for content ${inner}px`);

  assert.ok(messages.length > 0, 'the widget reported its height');
  for (const { origin, data } of messages) {
    assert.equal(origin, calculator.url.replace(/\/$/, ''));
    assert.deepEqual(Object.keys(data).sort(), ['height', 'type']);
    assert.equal(data.type, 'furlough-calculator:height');
    assert.equal(typeof data.height, 'number');
  }

  const full = frame.getByRole('link', { name: /Open the full calculator/ });
  const asked = calculator.requests.slice(askedBefore);
  const fullHref = await full.getAttribute('href');
  assert.match(fullHref, /#estimate\/v1\./, 'the full calculator opens with these answers');
  // The compact layout: no chart is drawn in the widget; where they would be, a link opens them
  // in the full calculator with the same answers.
  const chartsLink = frame.getByRole('link', { name: 'See the charts (opens in a new tab)' });
  assert.equal(await chartsLink.getAttribute('href'), fullHref, 'the charts open with these answers');
  assert.deepEqual([await chartsLink.getAttribute('target'), await chartsLink.getAttribute('rel')], ['_blank', 'noopener']);
  assert.equal(await frame.locator('figure.chart, svg').count(), 0, 'no chart in the widget');
  const fullPage = await context.newPage();
  await fullPage.goto(fullHref);
  assert.equal(await fullPage.locator('#headcount').inputValue(), '200', 'the full calculator opened with the answers');
  await fullPage.locator('#cash-position-chart').waitFor();
  assert.equal(await fullPage.locator('.charts figure.chart').count(), 3, 'the full calculator draws the three charts');
  assert.equal(await fullPage.locator('#scheme-preset').inputValue(), 'cjrs-oct-2020');
  assert.equal(await fullPage.locator('.view-nav').count(), 1, 'the full page, not the widget');
  await fullPage.close();
  const accent = await frame.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--brand').trim());
  assert.equal(accent, '#005ea5');

  await screenshot(page, 'embed-host-800');
  assert.ok(asked.includes('/embed.html'), `the widget is embed.html (asked for: ${asked.join(', ')})`);
  assert.ok(asked.some((path) => /^\/furlough-embed-[0-9a-f]{16}_bg\.wasm$/.test(path)), 'with the embedded calculator\'s wasm');
  assert.ok(!asked.some((path) => path.startsWith('/furlough-app-')), 'and none of the full calculator');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the iframe snippet the full calculator offers embeds the widget with the chosen scheme', async () => {
  const { context, page, errors } = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${calculator.url}#estimate`);
  await page.locator('#scheme-preset').selectOption('cjrs-sept-2020');
  await page.getByText('Embed this calculator in your website').click();
  const snippet = await page.locator('#embed-iframe').inputValue();
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#estimate\/embed\/preset=cjrs-sept-2020" /);
  const script = await page.locator('#embed-script').inputValue();
  assert.match(script, /^<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" data-preset="cjrs-sept-2020" async><\/script>$/);

  const snippetHost = await serveStatic({
    host: '127.0.0.2',
    extraRoutes: { '/': { type: 'text/html; charset=utf-8', body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Union</title><link rel="icon" href="data:,"></head><body>${snippet}</body></html>` } },
  });
  try {
    await page.goto(snippetHost.url);
    const frame = page.frameLocator('iframe');
    await frame.locator('#headcount').waitFor();
    assert.equal(await frame.locator('#scheme-preset').inputValue(), 'cjrs-sept-2020');
    assert.equal(await frame.locator('.view-nav').count(), 0, 'the widget, not the full page');
  } finally {
    await snippetHost.close();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the full calculator opened with embed options, as snippets made before embed.html are, shows the widget', async () => {
  const { context, page, errors } = await openPage(browser, { width: 800, height: 900 });
  await page.goto(`${calculator.url}#estimate/embed/preset=cjrs-oct-2020`);
  await page.locator('#headcount').waitFor();
  assert.equal(await page.locator('.site-header, .site-footer, .view-nav, .lead').count(), 0, 'no page chrome');
  assert.equal(await page.locator('#scheme-preset').inputValue(), 'cjrs-oct-2020');
  assert.equal(await page.getByRole('link', { name: /Open the full calculator/ }).getAttribute('href'), `${calculator.url}#estimate`);
  await page.locator('#headcount').fill('35');
  await page.locator('#average-pay').fill('29000');
  await page.locator('#lost-output-pct').fill('40');
  await page.locator('#shutdown-weeks').fill('5');
  const chartsLink = page.getByRole('link', { name: 'See the charts (opens in a new tab)' });
  assert.match(await chartsLink.getAttribute('href'), /#estimate\/v1\./, 'the widget links to its charts here too');
  assert.equal(await page.locator('figure.chart').count(), 0);
  // While an answer has a problem the link could not carry the answers: it goes, and says so.
  await page.locator('#headcount').fill('35 people');
  await page.locator('.charts-elsewhere', { hasText: 'comes back once your answers have no problems' }).waitFor();
  assert.equal(await page.locator('.charts-elsewhere a').count(), 0);
  const openFull = page.getByRole('link', { name: /Open the full calculator/ });
  assert.equal(await openFull.getAttribute('aria-describedby'), 'open-full-without-answers');
  assert.match(await page.locator('#open-full-without-answers').innerText(), /opens with your answers once they are all filled in/);
  await page.locator('#headcount').fill('35');
  assert.match(await chartsLink.getAttribute('href'), /#estimate\/v1\./, 'and comes back');
  assert.equal(await page.locator('#open-full-without-answers').count(), 0, 'the note goes when the link carries the answers');
  assert.equal(await openFull.getAttribute('aria-describedby'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('embed.html opened with another view\'s link opens that view, with its answers, in the full calculator', async () => {
  const { context, page, errors } = await openPage(browser, { width: 800, height: 900 });
  await page.goto(goldenLinkOn(`${calculator.url}embed.html`, 'claim-v1-phase1-monthly.txt'));
  await page.locator('#claim-amount').waitFor();
  assert.equal(new URL(page.url()).pathname, '/', 'the full calculator\'s page');
  assert.equal(await page.locator('.view-nav').count(), 1, 'the full page, not the widget');
  assert.equal(await page.locator('.view-nav [aria-current="page"]').innerText(), 'CJRS claim');
  assert.equal(await page.locator('#claim-amount').innerText(), '£3,200.00', 'the golden link\'s amount');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the widget ignores a forged height message sent to it and sends nothing but heights', async () => {
  const { context, page, errors } = await openPage(browser, { width: 400, height: 800 });
  await page.goto(host.url);
  const frame = page.frameLocator('iframe');
  await frame.locator('#headcount').waitFor();
  // The widget's own reports are all far taller than 200px (the floor embed.js would clamp a
  // forged height of 5 to), so any iframe of 200px here would mean the forgery was obeyed.
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 1000);
  await page.evaluate(() => {
    window.postMessage({ type: 'furlough-calculator:height', height: 5 }, '*');
    window.postMessage({ type: 'furlough-calculator:height', height: '5' }, '*');
  });
  await page.waitForTimeout(300);
  assert.ok((await page.locator('iframe').boundingBox()).height > 1000, 'a message not from the widget is ignored');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the embedded calculator passes axe at a phone width', async () => {
  const { context, page, errors } = await openPage(browser, { width: 320, height: 640 });
  await page.goto(`${calculator.url}embed.html#estimate/embed/preset=cjrs-nov-2020/accent=005ea5`);
  await page.locator('#headcount').fill('35');
  await page.locator('#average-pay').fill('29000');
  await page.locator('#lost-output-pct').fill('40');
  await page.locator('#shutdown-weeks').fill('5');
  await page.locator('.card').first().waitFor();
  await page.getByRole('link', { name: 'See the charts (opens in a new tab)' }).waitFor();
  assert.equal(await page.locator('.embed-keeps-nothing').count(), 0, 'opened on its own, the page keeps its answers');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await screenshot(page, 'embed-320');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
