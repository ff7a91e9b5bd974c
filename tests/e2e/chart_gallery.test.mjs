// The chart components' markup, as Yew renders it, in Chromium: the gallery page written by
// the native test `tests/chart_gallery.rs` (run `cargo test -p furlough-app --test
// chart_gallery` first; `make test` does). Not the app: the charts' place in the estimate view
// is covered by that view's own end-to-end test.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openPage, screenshot, SCREENSHOTS } from './support/browser.mjs';
import { servedApp } from './support/served_app.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const GALLERY = resolve(SCREENSHOTS, 'charts.html');
const AXE = resolve(REPO, 'node_modules/axe-core/axe.min.js');

before(async () => {
  await access(GALLERY).catch(() => {
    throw new Error(`${GALLERY} is missing: run cargo test -p furlough-app --test chart_gallery first`);
  });
});

// Served over http from the repository (the page links ../../styles/), as axe fetches the
// stylesheets and a file:// page may not.
const app = servedApp({ root: REPO });

for (const width of [1280, 320]) {
  test(`the charts fit a ${width}px screen with their text at least 12px and pass axe`, async () => {
    const { context, page, errors } = await openPage(app.browser, { width });
    await page.goto(`${app.server.url}target/screenshots/charts.html`);
    await page.locator('figure.chart').first().waitFor();

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'the page scrolls sideways');
    const smallest = await page.evaluate(() =>
      Math.min(...[...document.querySelectorAll('.chart__svg text')].map((t) => t.getBoundingClientRect().height)),
    );
    // A text box is about 1.2 times its font size.
    assert.ok(smallest >= 12 * 1.1, `the smallest chart text is ${smallest}px tall`);

    await screenshot(page, `charts-${width}`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await screenshot(page, `charts-tables-${width}`);

    await page.addScriptTag({ path: AXE });
    const results = await page.evaluate(() => window.axe.run());
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
