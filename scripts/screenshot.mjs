// Screenshots of a page in Debian's Chromium, to look at what readers see.
// Usage: node scripts/screenshot.mjs URL OUT.png [width=1280] [light|dark] [forced|-] [css selector]
import { chromium } from 'playwright-core';

const [url, out, width = '1280', scheme = 'light', forcedArg, selector] = process.argv.slice(2);
const forced = forcedArg === 'forced';
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme,
  forcedColors: forced ? 'active' : 'none' });
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
