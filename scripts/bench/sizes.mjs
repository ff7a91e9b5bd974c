// Bundle sizes of a page of a Trunk dist folder: raw and gzip -9 bytes of what the page
// (index.html, or embed.html for the embedded calculator) loads (the .wasm, the .js glue, the
// stylesheets) and of the page itself. Files that sit in dist/ but the page never loads
// (embed.js, for host pages; the other page's wasm) are not counted.
// As a command: `node scripts/bench/sizes.mjs [dist] [page]` prints the sizes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of a bundle; 'page' is the HTML page itself. */
export const PARTS = ['.wasm', '.js', '.css', 'page'];

/** The local files index.html refers to (href, src, import and init paths). */
function loadedFiles(html) {
  const names = [...html.matchAll(/(?:href|src|module_or_path:|from)\s*=?\s*["']\.?\/?([\w.-]+\.(?:wasm|js|css))["']/g)];
  return [...new Set(names.map((m) => m[1]))];
}

/** { '.wasm': { files, raw, gzip }, ..., page: {...}, total: { raw, gzip } } */
export function bundleSizes(dir, page = 'index.html') {
  const html = readFileSync(join(dir, page));
  const parts = Object.fromEntries(PARTS.map((part) => [part, { files: [], raw: 0, gzip: 0 }]));
  const add = (part, name, bytes) => {
    parts[part].files.push(name);
    parts[part].raw += bytes.length;
    parts[part].gzip += gzipSync(bytes, { level: 9 }).length;
  };
  add('page', page, html);
  for (const name of loadedFiles(html.toString('utf8'))) add(extname(name), name, readFileSync(join(dir, name)));
  const total = Object.values(parts).reduce((t, p) => ({ raw: t.raw + p.raw, gzip: t.gzip + p.gzip }), { raw: 0, gzip: 0 });
  return { ...parts, total };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'dist';
  const page = process.argv[3] ?? 'index.html';
  const sizes = bundleSizes(dir, page);
  const fmt = (n) => n.toLocaleString('en-GB').padStart(10);
  console.log(`bundle sizes of ${dir}/${page} (bytes)`);
  console.log(`${'part'.padEnd(12)}${'raw'.padStart(10)}${'gzip -9'.padStart(10)}`);
  for (const part of [...PARTS, 'total']) console.log(`${part.padEnd(12)}${fmt(sizes[part].raw)}${fmt(sizes[part].gzip)}`);
}
