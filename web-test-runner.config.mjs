import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { webkitLauncher } from './test/launchers/webkit.mjs';

// BROWSERS=chromium (or firefox, webkit, or a comma list) for a quick local loop; all three by default.
const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS || ENGINES.join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((e) => !ENGINES.includes(e));
if (unknown.length) throw new Error(`BROWSERS: unknown engine(s) ${unknown.join(', ')}; use ${ENGINES.join(', ')}`);

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: () => webkitLauncher(),
};

/**
 * `media-features`: emulates CSS media features (forced-colors, prefers-reduced-motion,
 * prefers-color-scheme) through the DevTools protocol, which only Chromium speaks here; answers
 * { supported: false, reason } in Firefox and WebKit, so a test can say why it skips there.
 */
const cdpSessions = new WeakMap();
const mediaFeatures = {
  name: 'media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'media-features') return undefined;
    if (session.browser.type !== 'puppeteer') return { supported: false, reason: `${session.browser.name} has no media emulation here` };
    try {
      // Puppeteer's own emulateMediaFeatures refuses forced-colors; the DevTools protocol takes it.
      // Firefox over WebDriver BiDi has no CDP: there the call throws and the test skips, saying so.
      const page = session.browser.getPage(session.id);
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      return { supported: true };
    } catch (error) {
      return { supported: false, reason: `${session.browser.name}: no DevTools protocol (${String(error?.message || error?.name || 'unsupported')})` };
    }
  },
};

export default {
  files: 'test/**/*.test.ts',
  // Test what ships: Lit's production build, not its dev mode.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), mediaFeatures],
  // The first axe run in Firefox or WebKit on a busy 2-core machine can take more than 2 s.
  testFramework: { config: { timeout: 10000 } },
  browsers: wanted.map((engine) => launchers[engine]()),
};
