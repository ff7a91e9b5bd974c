// Every view, opened from its link as a visitor would, at desktop and phone widths: it shows,
// the navigation marks it current, axe-core finds no violation, the page never scrolls sideways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './support/served_app.mjs';
import { openPage, screenshot } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

const VIEWS = [
  { slug: 'estimate', link: 'Firm estimate' },
  { slug: 'roster', link: 'Employee roster' },
  { slug: 'claim', link: 'CJRS claim' },
  { slug: 'supply-chain', link: 'Supply chain' },
  { slug: 'how-we-calculate', link: 'How we calculate' },
];

const app = servedApp();

for (const width of [1280, 320]) {
  for (const { slug, link } of VIEWS) {
    test(`the ${slug} view opens from its link at ${width}px and passes axe`, async () => {
      const { context, page, errors } = await openPage(app.browser, { width });
      await page.goto(app.server.url);
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
      assert.equal(new URL(page.url()).hash, `#${slug}`);
      const current = page.locator('.view-nav [aria-current="page"]');
      assert.equal((await current.innerText()).trim(), link);

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, 'the page scrolls sideways');
      await screenshot(page, `view-${slug}-${width}`);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('the methodology shows the worked example and its sources', async () => {
  const { context, page } = await openPage(app.browser);
  await page.goto(`${app.server.url}#how-we-calculate`);
  const text = await page.locator('.prose').innerText();
  assert.match(text, /How we calculate/);
  assert.match(text, /£708\.15/);
  assert.match(text, /JPMorgan Chase Institute/);
  assert.match(text, /How CJRS claims are calculated/);
  await context.close();
});

test('the back button returns to the previous view', async () => {
  const { context, page } = await openPage(app.browser);
  await page.goto(`${app.server.url}#estimate`);
  await page.getByRole('link', { name: 'How we calculate', exact: true }).click();
  await page.goBack();
  assert.equal(new URL(page.url()).hash, '#estimate');
  await page.locator('#headcount').waitFor();
  await context.close();
});
