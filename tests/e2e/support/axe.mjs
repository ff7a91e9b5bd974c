// axe-core, injected into the page from node_modules (nothing is fetched), run on the page as
// it is. Returns the violations, each shortened to what a failing test needs to show.
import { resolve } from 'node:path';

const AXE = resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js');

export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: AXE });
  }
  const { violations } = await page.evaluate(() => window.axe.run(document));
  return violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
