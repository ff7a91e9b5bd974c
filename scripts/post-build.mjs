// Trunk's post-build hook. Trunk runs hooks of one stage at the same time, and both steps
// rewrite the staged index.html, so they run here one after the other: the stylesheets joined
// into one file (bundle-css.mjs), then the inline loader's hash put into the
// Content-Security-Policy (csp-hash.mjs).
import { bundleCss } from './bundle-css.mjs';

bundleCss(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist');
await import('./csp-hash.mjs');
