// Trunk post-build step (see post-build.mjs): the page's stylesheets as ONE file. Trunk copies
// each `<link data-trunk rel="css">` as a file of its own, and a phone on a slow connection
// then fetches every one of them (they hold back the app's script) over at most six
// connections. This joins them in the page's order, without comments, under a content hash
// with its integrity, and removes the separate files. The sources in styles/ stay one file per
// concern. `node scripts/bundle-css.mjs DIR` does the same to a built folder.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const LINK = /<link rel="stylesheet" href="\.\/([\w.-]+\.css)"[^>]*\/?>(\s*)/g;

/** Joins the stylesheets that `dir`/index.html links into one file, and links that instead. */
export function bundleCss(dir) {
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  const names = [...html.matchAll(LINK)].map((m) => m[1]);
  if (names.length < 2) {
    console.log(`bundle-css: ${names.length} stylesheet in ${file}, nothing to join`);
    return;
  }
  // Our stylesheets hold no "/*" inside strings, so comments can go by pattern.
  const withoutComments = (name) => readFileSync(join(dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').trim();
  const bytes = Buffer.from(`${names.map(withoutComments).join('\n')}\n`, 'utf8');
  const joined = `styles-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.css`;
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  writeFileSync(join(dir, joined), bytes);
  for (const name of names) rmSync(join(dir, name));

  let first = true;
  const page = html.replace(LINK, (_, name, space) => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="./${joined}" integrity="${integrity}"/>${space}`;
  });
  writeFileSync(file, page);
  console.log(`bundle-css: ${names.length} stylesheets joined into ${joined} (${bytes.length} bytes)`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) bundleCss(process.argv[2] ?? 'dist');
