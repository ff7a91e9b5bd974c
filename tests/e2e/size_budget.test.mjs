// The release build's download sizes against issue 7's budget, gzip -9 of everything a page
// loads (the measure of `make bench`, scripts/bench/sizes.mjs). Sizes do not flake, so they are
// checked here at every run; times are measured by `make bench` only. One call
// (`char::to_uppercase`) once added 10.7 KB to both pages unnoticed until a benchmark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { bundleSizes } from '../../scripts/bench/sizes.mjs';

const DIST = resolve(import.meta.dirname, '../../dist');

test('the embedded calculator\'s page loads in at most 200 KB gzip, the issue\'s target', () => {
  const { total } = bundleSizes(DIST, 'embed.html');
  assert.ok(total.gzip <= 200_000, `embed.html loads ${total.gzip.toLocaleString('en-GB')} B gzip`);
});

test('the full calculator\'s page does not grow past 400 KB gzip (its target, 200 KB, is not met: docs/performance.md)', () => {
  const { total } = bundleSizes(DIST, 'index.html');
  assert.ok(total.gzip <= 400_000, `index.html loads ${total.gzip.toLocaleString('en-GB')} B gzip`);
});
