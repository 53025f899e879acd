// Size of the one module a site loads: prints raw, gzip and brotli bytes against the product's
// target (15 kB brotli: every element, every language, Lit included) and fails above the ceiling.
// The ceiling is a regression guard set just above today's size while the target is not yet met:
// four complete languages of text are about 6.8 kB brotli on their own, Lit about 5.3 kB, which
// leaves under 3 kB for four elements, their styles and the facts. Raised from 18 to 18.5 kB for
// the theme palette, the hip-trial-invalid event and the embed resize listener; to 18.75 kB for
// issue 12's hardening (a named Trusted Types policy that may be refused, the embed height
// handshake with exact message checks, and per-element language observers): about 0.3 kB. Raised to
// 24 kB for honest numbers (issue 11): in four languages the estimate notes, the absolute difference,
// the reliability limits and the professionals' section add about 4.2 kB of text, and no code; and
// the content models the static route shares with the templates (about 0.2 kB). Raised to 24.5 kB
// for issue 14: the figures' finished strings in six variants (0.42 kB brotli, more than the Intl
// code they replace) and rendering off the critical path (deferred first render, steps, pending
// styles: about 0.4 kB). Lowered to 23 kB when the bundle began to carry each variant's finished
// text instead of catalogs, facts and the figures' look-up (22.7 kB); to 22.5 kB when sizing embed
// iframes moved to dist/embed-host.js (22.4 kB); 22.75 kB for the task budget widgets released
// together share (0.09 kB). npm run size:breakdown prints the budget of issue 14 (everything beyond
// Lit and the text under 5 kB), which is not met yet. size-limit, the field's budget tool, was
// considered: it measures whole files, and this budget is on parts of one file, so the check stays here.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { brotli as brotliBytes, kib } from './measure.mjs';

const TARGET_BROTLI = 15 * 1024;
const CEILING_BROTLI = 22.75 * 1024;
const file = new URL('../dist/hip-trial-widgets.js', import.meta.url);
const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliBytes(code);
// kB here is 1,024 bytes (KiB); the exact byte counts are printed too.
const kB = (n) => `${kib(n)} KiB`;
const bytes = (n) => `${n.toLocaleString('en')} B`;
const verdict = brotli <= TARGET_BROTLI ? 'within the target' : `${kB(brotli - TARGET_BROTLI)} over the ${kB(TARGET_BROTLI)} target`;
console.log(`dist/hip-trial-widgets.js: ${kB(code.length)} raw, ${kB(gzip)} gzip, ${kB(brotli)} brotli (${bytes(code.length)}, ${bytes(gzip)}, ${bytes(brotli)}): ${verdict} (ceiling ${kB(CEILING_BROTLI)})`);
if (brotli > CEILING_BROTLI) {
  console.error(`Over the ceiling by ${kB(brotli - CEILING_BROTLI)}: something grew; find what before raising it.`);
  process.exit(1);
}
