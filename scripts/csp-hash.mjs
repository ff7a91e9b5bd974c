// Trunk post-build hook: Trunk writes the wasm loader as an inline <script type="module">, and
// our Content-Security-Policy allows no inline script except by its hash. This puts the hash of
// each inline script in place of the 'sha256-TRUNK-INLINE-SCRIPTS' placeholder of index.html and
// embed.html.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PLACEHOLDER = "'sha256-TRUNK-INLINE-SCRIPTS'";

/** Puts each page's inline script hashes in its CSP, in place of the placeholder. */
export function hashInlineScripts(dir) {
  for (const page of ['index.html', 'embed.html']) {
    const file = join(dir, page);
    const html = readFileSync(file, 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
    if (!html.includes(PLACEHOLDER)) {
      console.error(`csp-hash: no ${PLACEHOLDER} in ${file}`);
      process.exit(1);
    }
    writeFileSync(file, html.replace(PLACEHOLDER, hashes.join(' ')));
    console.log(`csp-hash: ${hashes.length} inline script hash(es) in ${file}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) hashInlineScripts(process.argv[2] ?? 'dist');
