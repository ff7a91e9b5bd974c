// The release bundle, served on 127.0.0.1 and opened in Chromium as a visitor would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import { serveStatic } from './support/server.mjs';
import { launchBrowser, openPage, screenshot } from './support/browser.mjs';

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

for (const width of [1280, 320]) {
  test(`the page loads with its title and no console errors at ${width}px`, async () => {
    const { context, page, errors } = await openPage(browser, { width });
    await page.goto(server.url);
    await page.locator('h1').waitFor();

    assert.equal(await page.title(), 'Furlough and jobs-at-risk calculator');
    assert.equal(await page.locator('h1').innerText(), 'Furlough and jobs-at-risk calculator');
    assert.match(await page.locator('.privacy-note').innerText(), /Nothing you enter is sent/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'the page scrolls sideways');

    const path = await screenshot(page, `app-shell-${width}`);
    await access(path);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
