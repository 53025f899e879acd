// Puppeteer drives Debian's Chromium (/usr/bin/chromium) in the tests; it must not download its own
// browser at `npm install` (this machine, and many CI sandboxes, cannot reach Google's servers).
/** @type {import('puppeteer').Configuration} */
module.exports = { skipDownload: true };
