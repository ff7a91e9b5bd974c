// The release bundle, served on 127.0.0.1 and opened in Chromium as a visitor would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import { servedApp } from './support/served_app.mjs';
import { openPage, screenshot } from './support/browser.mjs';

const app = servedApp();

for (const width of [1280, 320]) {
  test(`the page loads with its title and no console errors at ${width}px`, async () => {
    const { context, page, errors } = await openPage(app.browser, { width });
    await page.goto(app.server.url);
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
