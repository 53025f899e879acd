// What size-breakdown.mjs measures with: brotli as a server would compress the module, and the unit it prints.
import { brotliCompressSync, constants } from 'node:zlib';

/** Brotli bytes at the highest quality, as a CDN serves a static file. */
export const brotli = (data) => brotliCompressSync(typeof data === 'string' ? Buffer.from(data) : data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Bytes in kB of 1,024 bytes (KiB), two decimals. */
export const kib = (n) => (n / 1024).toFixed(2);
