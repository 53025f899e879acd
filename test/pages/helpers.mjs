// Shared by the page-level tests: Debian's Chromium driven by playwright-core, and local servers.
import { chromium } from 'playwright-core';
export { startServer } from '../../scripts/serve.mjs';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Waits until every widget on the page has rendered its shadow content. */
export async function widgetsRendered(page, selector = 'hip-trial-summary, outcome-bars, outcome-icons, trial-fact-box') {
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((el) => el.shadowRoot?.querySelector('[part~="base"]')),
    selector,
  );
  // A summary renders in steps, title first; updateComplete resolves after the last.
  await page.evaluate((sel) => Promise.all([...document.querySelectorAll(sel)].map((el) => el.updateComplete)), selector);
  return page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
}
