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

export default {
  files: 'test/**/*.test.ts',
  // Test what ships: Lit's production build, not its dev mode.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  // The first axe run in Firefox or WebKit on a busy 2-core machine can take more than 2 s.
  testFramework: { config: { timeout: 10000 } },
  browsers: wanted.map((engine) => launchers[engine]()),
};
