// Size budget of the one module a site loads: prints raw, gzip and brotli bytes, and fails when
// brotli passes the budget (every element, every language, Lit included).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_BROTLI = 15 * 1024;
const file = new URL('../dist/hip-trial-widgets.js', import.meta.url);
const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (n) => `${(n / 1024).toFixed(2)} kB`;
console.log(`dist/hip-trial-widgets.js: ${kB(code.length)} raw, ${kB(gzip)} gzip, ${kB(brotli)} brotli (budget ${kB(BUDGET_BROTLI)} brotli)`);
if (brotli > BUDGET_BROTLI) {
  console.error(`Over budget by ${kB(brotli - BUDGET_BROTLI)}.`);
  process.exit(1);
}
