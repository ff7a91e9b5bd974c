// Trunk's post-build hook. Trunk runs hooks of one stage at the same time, and these steps
// rewrite the staged pages, so they run here one after the other: the stylesheets joined into
// one file (bundle-css.mjs); embed.html made from index.html for the embedded calculator's
// wasm (embed-page.mjs); then each page's inline loader hash put into its
// Content-Security-Policy (csp-hash.mjs).
import { bundleCss } from './bundle-css.mjs';
import { writeEmbedPage } from './embed-page.mjs';
import { hashInlineScripts } from './csp-hash.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
bundleCss(dir);
writeEmbedPage(dir);
hashInlineScripts(dir);
