// Keyboard only, as someone who cannot use a mouse: every step of the firm estimate is reached
// with Tab and typed, the focus is always visible, and the result is the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './support/served_app.mjs';
import { openPage, screenshot } from './support/browser.mjs';

const app = servedApp();

/** The focused element's id and whether its focus indicator can be seen. */
async function focused(page) {
  return page.evaluate(() => {
    // The app's focus styles (styles/base.css): a 3px yellow outline, or for links and buttons
    // a yellow background. A transparent outline (kept for forced-colours mode) does not count.
    const FOCUS_YELLOW = 'rgb(255, 221, 0)';
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor === FOCUS_YELLOW;
    const highlighted = style.backgroundColor === FOCUS_YELLOW;
    return { id: element.id, tag: element.tagName, classes: element.className, visible: outlined || highlighted };
  });
}

/** Presses Tab until the element with this id has focus, checking the focus is always seen. */
async function tabTo(page, id) {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    assert.ok(now.visible, `focus on ${now.tag}#${now.id} cannot be seen`);
    if (now.id === id) return;
  }
  assert.fail(`Tab never reached #${id}`);
}

test('the firm estimate can be answered and checked with the keyboard alone, focus always visible', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(`${app.server.url}#estimate`);
  await page.locator('#headcount').waitFor();

  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).tag, 'A', 'the skip link comes first');
  const historyBefore = await page.evaluate(() => window.history.length);
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'main-content', 'the skip link moves focus to the content');
  await page.waitForFunction(() => window.location.hash === '#estimate');
  assert.equal(new URL(page.url()).hash, '#estimate', 'and the address still names the view');
  assert.equal(
    await page.evaluate(() => window.history.length),
    historyBefore,
    'and adds no step to the history (Back leaves the page as before)',
  );

  for (const [id, typed] of [
    ['headcount', '200'],
    ['average-pay', '32000'],
    ['lost-output-pct', '60'],
    ['shutdown-weeks', '6'],
    ['finances-cash-reserves', '600000'],
  ]) {
    await tabTo(page, id);
    await page.keyboard.type(typed);
  }
  await tabTo(page, 'scheme-preset');

  const saved = page.locator('.card', { hasText: 'Jobs saved by the scheme' }).locator('.card__value');
  assert.equal((await saved.innerText()).trim(), '200');

  await page.locator('#lost-output-pct').focus();
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'results-heading', 'submitting good answers takes focus to the results');

  await page.locator('#shutdown-weeks').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('six');
  await page.keyboard.press('Enter');
  assert.match((await focused(page)).classes, /\berror-summary\b/, 'submitting a problem takes focus to the error summary');
  assert.ok((await focused(page)).visible, 'the focused error summary can be seen');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'shutdown-weeks', 'the summary link takes focus to the field');
  const label = await page.locator('label[for="shutdown-weeks"]').boundingBox();
  assert.ok(label.y >= 0 && label.y < 50, `the question is at the top of the window, above the field (label at ${label.y}px)`);

  await screenshot(page, 'keyboard-error-1280');
  assert.deepEqual(errors, []);
  await context.close();
});
