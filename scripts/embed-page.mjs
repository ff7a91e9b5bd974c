// Trunk post-build step (see post-build.mjs): `embed.html`, the page embed.js puts in its
// iframe. It is index.html with the embedded calculator's wasm (the `furlough-embed` binary:
// the firm estimate alone, ~40% smaller) in place of the full calculator's. Trunk builds that
// binary as a "worker" asset (index.html's second rust link), which it neither loads nor names
// by content; this names its two files by a content hash, as Trunk names the app's, and writes
// the page with their integrity. `node scripts/embed-page.mjs DIR` does the same to a folder as
// Trunk stages it (before csp-hash.mjs, which then puts each page's loader hash in its policy).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const EMBED = 'furlough-embed';
const APP_FILES = /furlough-app-([0-9a-f]+)(_bg\.wasm|\.js)/g;
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Writes `dir`/embed.html from `dir`/index.html and the embedded calculator's files. */
export function writeEmbedPage(dir) {
  const js = join(dir, `${EMBED}.js`);
  const wasm = join(dir, `${EMBED}_bg.wasm`);
  if (!existsSync(js) || !existsSync(wasm)) {
    console.error(`embed-page: no ${EMBED}.js and ${EMBED}_bg.wasm in ${dir} (index.html's second rust link builds them)`);
    process.exit(1);
  }
  const bytes = { '.js': readFileSync(js), '_bg.wasm': readFileSync(wasm) };
  const hash = createHash('sha256').update(bytes['.js']).update(bytes['_bg.wasm']).digest('hex').slice(0, 16);
  renameSync(js, join(dir, `${EMBED}-${hash}.js`));
  renameSync(wasm, join(dir, `${EMBED}-${hash}_bg.wasm`));

  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  const found = new Set();
  // Each reference to the app's script or wasm, and the integrity that follows it in its tag.
  const page = index
    .replace(/(href="\.\/)(furlough-app-[0-9a-f]+(?:_bg\.wasm|\.js))("[^>]*?integrity=")([^"]+)"/g, (_, before, name, middle) => {
      const suffix = name.endsWith('.js') ? '.js' : '_bg.wasm';
      found.add(suffix);
      return `${before}${EMBED}-${hash}${suffix}${middle}${sri(bytes[suffix])}"`;
    })
    .replace(APP_FILES, (_, __, suffix) => `${EMBED}-${hash}${suffix}`);
  if (found.size !== 2 || page.includes('furlough-app-')) {
    console.error('embed-page: index.html does not load the app as expected (its preload links or loader changed?)');
    process.exit(1);
  }
  writeFileSync(join(dir, 'embed.html'), page);
  console.log(`embed-page: embed.html loads ${EMBED}-${hash} (${bytes['_bg.wasm'].length} bytes of wasm)`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) writeEmbedPage(process.argv[2] ?? 'dist');
