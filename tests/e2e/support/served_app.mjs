// What most end-to-end files start with: the release build (dist/) served on 127.0.0.1 and
// Chromium launched before the file's tests, both closed after them.
import { before, after } from 'node:test';
import { serveStatic } from './server.mjs';
import { launchBrowser } from './browser.mjs';

/** Registers the file's `before` and `after` hooks; `app.server` and `app.browser` are set
 *  once `before` has run. `serverOptions` go to `serveStatic`. */
export function servedApp(serverOptions) {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await serveStatic(serverOptions);
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
