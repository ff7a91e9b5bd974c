// The golden links (tests/golden-links/*.txt): links made by earlier versions, which must keep
// opening the same figures. Each holds a full link; the tests open its fragment on their server.
import { readFileSync } from 'node:fs';

/** The link in `file`, moved onto `origin` (the test server): `${origin}#estimate/v1.…`. */
export function goldenLinkOn(origin, file) {
  const link = readFileSync(new URL(`../../golden-links/${file}`, import.meta.url), 'utf8').trim();
  return `${origin}${link.slice(link.indexOf('#'))}`;
}
