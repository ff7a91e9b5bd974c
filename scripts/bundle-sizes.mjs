// Prints raw and gzip -9 sizes of a Trunk dist folder's .wasm, .js, .css and index.html.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const kinds = ['.wasm', '.js', '.css', '.html'];
const rows = kinds.map((kind) => {
  const files = readdirSync(dir).filter((f) => extname(f) === kind);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { part: kind === '.html' ? 'index.html' : kind, files: files.length, raw, gzip };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });

const fmt = (n) => n.toLocaleString('en-GB').padStart(10);
console.log(`bundle sizes of ${dir}/ (bytes)`);
console.log(`${'part'.padEnd(12)}${'raw'.padStart(10)}${'gzip -9'.padStart(10)}`);
for (const r of rows) console.log(`${r.part.padEnd(12)}${fmt(r.raw)}${fmt(r.gzip)}`);
console.log(`${'total'.padEnd(12)}${fmt(total.raw)}${fmt(total.gzip)}`);
