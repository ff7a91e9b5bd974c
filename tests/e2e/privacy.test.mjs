// Nothing leaves the device: from the first load to the last click, the browser asks the server
// for the app's own static files and nothing else, and the Content-Security-Policy is in force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { DIST } from './support/server.mjs';
import { servedApp } from './support/served_app.mjs';
import { openPage } from './support/browser.mjs';

const app = servedApp();

test('using every view makes no request beyond the page and its own static files', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));
  const violations = [];
  await page.exposeFunction('recordViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.recordViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });

  await page.goto(`${app.server.url}#estimate`);
  await page.locator('#headcount').fill('200');
  await page.locator('#average-pay').fill('32000');
  await page.locator('#lost-output-pct').fill('60');
  await page.locator('#shutdown-weeks').fill('6');
  await page.getByLabel('A detailed estimate').check();
  await page.getByRole('button', { name: 'Copy a link to these answers' }).click();
  await page.getByText('Link copied.').waitFor();
  await page.getByRole('button', { name: 'Show a QR code of the link' }).click();
  await page.getByText('Embed this calculator in your website').click();
  for (const link of ['Employee roster', 'CJRS claim', 'Supply chain', 'How we calculate', 'Firm estimate']) {
    await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  }
  await page.reload();
  await page.locator('#main-content').waitFor();

  const ownFiles = new Set(readdirSync(DIST).map((file) => `/${file}`));
  const origin = app.server.url.replace(/\/$/, '');
  const strangers = requested.filter((url) => {
    const parsed = new URL(url);
    return parsed.origin !== origin || !(parsed.pathname === '/' || ownFiles.has(parsed.pathname));
  });
  assert.deepEqual(strangers, [], 'requests beyond the static files');
  assert.ok(requested.some((url) => url.endsWith('.wasm')), 'the recording saw the page load');
  assert.ok(app.server.requests.every((path) => path === '/' || ownFiles.has(path)), app.server.requests.join(' '));
  assert.deepEqual(violations, [], 'Content-Security-Policy violations');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page declares a Content-Security-Policy that forbids other origins and inline scripts', async () => {
  const { context, page } = await openPage(app.browser);
  await page.goto(app.server.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|TRUNK-INLINE/);
  const blocked = await page.evaluate(async () => {
    try {
      await fetch('https://example.org/collect', { mode: 'no-cors' });
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(blocked, 'a fetch to another origin is refused');
  await context.close();
});
