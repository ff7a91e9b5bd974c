// Size attribution of the app's wasm by crate and module, for docs/performance.md, after
// `trunk build --release`. Takes Trunk's wasm-bindgen output (target/wasm-bindgen/release/),
// runs the release build's `wasm-opt -Oz` on it again but keeping function names (-g), and
// sizes every function with twiggy: the bytes are the shipped .wasm's, names and all.
// twiggy is not installed by setup (`cargo install twiggy`); the benchmark does not need it.
// `node scripts/bench/size-attribution.mjs [wasm-bindgen output .wasm] [top-n]`
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const input = process.argv[2] ?? 'target/wasm-bindgen/release/furlough-app_bg.wasm';
const topN = Number(process.argv[3] ?? 25);
const scratch = mkdtempSync(join(tmpdir(), 'size-attribution-'));
const file = join(scratch, 'named.wasm');
execFileSync('wasm-opt', ['-Oz', '-g', input, '-o', file]);
const csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
execFileSync('wasm-dis', [file, '-o', join(scratch, 'named.wat')]);
const wat = readFileSync(join(scratch, 'named.wat'), 'utf8');
rmSync(scratch, { recursive: true });

/**
 * Yew's generic `CompStateInner<COMP>::view` is instantiated once per component with the
 * component's body inlined, and its name does not say which component. Guess it from the app
 * paths the function's body mentions most (calls, and types in drop glue): a view's or a
 * component's module first.
 */
function componentGuesses() {
  const unescape = (text) => text.replace(/\\([0-9a-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const guesses = new Map();
  for (const body of wat.split('\n (func $').slice(1)) {
    // Names with spaces are quoted: $"<A as B>::f".
    const name = unescape(body.startsWith('"') ? body.slice(1, body.indexOf('"', 1)) : body.slice(0, body.search(/[\s(]/)));
    if (!name.includes('CompStateInner<COMP>')) continue;
    const counts = new Map();
    for (const m of unescape(body).matchAll(/furlough_app::((?:views|components)::\w+(?:::\w+)?|app::App|\w+::\w+)/g)) {
      counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([path]) => path);
    guesses.set(name, ranked.find((path) => /^(views|components|app)/.test(path)) ?? ranked[0] ?? 'unknown');
  }
  return guesses;
}

/** Splits twiggy's CSV lines (names may be quoted and contain commas). */
function rows(text) {
  return text.trim().split('\n').slice(1).map((line) => {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) { fields.push(field); field = ''; }
      else field += c;
    }
    fields.push(field);
    return { name: fields[0], bytes: Number(fields[1]) };
  }).filter((row) => !row.name.startsWith('Σ'));
}

/** The crate an item belongs to: the first path segment of its name (for `<T as Trait>::f`,
 *  T's crate; Yew's generic component code instantiated for our components counts as Yew's). */
function owner(name) {
  if (name.includes('CompStateInner<COMP>')) return '(our components, inlined into yew::CompStateInner<COMP>::view)';
  if (name.startsWith('custom section') || name.includes('subsection')) return `(${name.replace(/"/g, '')})`;
  if (name.startsWith('data segment')) return '(data: strings and constants)';
  const path = name.replace(/^[<&*\s]+|^(dyn|mut|const)\s+/g, '').replace(/^[<&*\s]+/, '');
  const crate = path.match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (!crate) return '(unnamed: tables, types, imports)';
  return crate[1];
}

// The name section exists only because of -g: it is not in the shipped file.
const all = rows(csv).filter((row) => !row.name.includes('subsection'));
const guesses = componentGuesses();
const total = all.reduce((sum, row) => sum + row.bytes, 0);
const byCrate = new Map();
for (const row of all) byCrate.set(owner(row.name), (byCrate.get(owner(row.name)) ?? 0) + row.bytes);
// The app's own code split one level further: furlough_app::views::claim, ::components::charts…
const byModule = new Map();
for (const row of all.filter((r) => /^<?furlough_app::/.test(r.name))) {
  const module = row.name.replace(/^</, '').split('::').slice(0, 3).join('::').replace(/ as .*$/, '');
  byModule.set(module, (byModule.get(module) ?? 0) + row.bytes);
}

const byComponent = new Map();
for (const row of all.filter((r) => guesses.has(r.name))) {
  const component = guesses.get(row.name);
  byComponent.set(component, (byComponent.get(component) ?? 0) + row.bytes);
}

const pct = (n) => `${((100 * n) / total).toFixed(1)}%`.padStart(6);
const line = ([name, bytes]) => `${bytes.toLocaleString('en-GB').padStart(10)}  ${pct(bytes)}  ${name}`;
console.log(`${input} after wasm-opt -Oz: ${total.toLocaleString('en-GB')} bytes without names\n\nby crate:`);
[...byCrate].sort((a, b) => b[1] - a[1]).slice(0, topN).forEach((entry) => console.log(line(entry)));
console.log('\nthe app by module:');
[...byModule].sort((a, b) => b[1] - a[1]).slice(0, topN).forEach((entry) => console.log(line(entry)));
console.log('\ncomponents (CompStateInner<COMP>::view instances, by the app module they use most):');
[...byComponent].sort((a, b) => b[1] - a[1]).slice(0, topN).forEach((entry) => console.log(line(entry)));
console.log('\nlargest items:');
all.sort((a, b) => b.bytes - a.bytes).slice(0, topN).forEach((row) => console.log(line([row.name.slice(0, 110), row.bytes])));
