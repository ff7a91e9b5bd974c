// Bundle sizes of a Trunk dist folder: raw and gzip -9 bytes of what its index.html loads (the
// .wasm, the .js glue, the stylesheets) and of index.html itself. Files that sit in dist/ but
// the page never loads (embed.js, for host pages) are not counted.
// As a command: `node scripts/bench/sizes.mjs [dist]` prints the sizes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';

export const PARTS = ['.wasm', '.js', '.css', 'index.html'];

/** The local files index.html refers to (href, src, import and init paths). */
function loadedFiles(html) {
  const names = [...html.matchAll(/(?:href|src|module_or_path:|from)\s*=?\s*["']\.?\/?([\w.-]+\.(?:wasm|js|css))["']/g)];
  return [...new Set(names.map((m) => m[1]))];
}

/** { '.wasm': { files, raw, gzip }, ..., 'index.html': {...}, total: { raw, gzip } } */
export function bundleSizes(dir) {
  const html = readFileSync(join(dir, 'index.html'));
  const parts = Object.fromEntries(PARTS.map((part) => [part, { files: [], raw: 0, gzip: 0 }]));
  const add = (part, name, bytes) => {
    parts[part].files.push(name);
    parts[part].raw += bytes.length;
    parts[part].gzip += gzipSync(bytes, { level: 9 }).length;
  };
  add('index.html', 'index.html', html);
  for (const name of loadedFiles(html.toString('utf8'))) add(extname(name), name, readFileSync(join(dir, name)));
  const total = Object.values(parts).reduce((t, p) => ({ raw: t.raw + p.raw, gzip: t.gzip + p.gzip }), { raw: 0, gzip: 0 });
  return { ...parts, total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const sizes = bundleSizes(dir);
  const fmt = (n) => n.toLocaleString('en-GB').padStart(10);
  console.log(`bundle sizes of ${dir}/ (bytes)`);
  console.log(`${'part'.padEnd(12)}${'raw'.padStart(10)}${'gzip -9'.padStart(10)}`);
  for (const part of [...PARTS, 'total']) console.log(`${part.padEnd(12)}${fmt(sizes[part].raw)}${fmt(sizes[part].gzip)}`);
}
