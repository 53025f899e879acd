import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { webkitLauncher } from './test/launchers/webkit.mjs';
import { generateTexts } from './scripts/texts.mjs';

// The finished content the source imports is generated (gitignored): make it before serving src/.
await generateTexts();

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
 * prefers-color-scheme) and the media type (print) through the DevTools protocol, which only Chromium speaks here; answers
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
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features: payload?.features ?? [] });
      return { supported: true };
    } catch (error) {
      return { supported: false, reason: `${session.browser.name}: no DevTools protocol (${String(error?.message || error?.name || 'unsupported')})` };
    }
  },
};

/**
 * `ax-tree`: Chromium's accessibility tree under the first element matching `selector` (light DOM),
 * shadow content included, from the DevTools protocol's `Accessibility.getFullAXTree`. Ignored nodes
 * (aria-hidden, display: none) and unnamed generic wrappers are folded into their parents, inline text
 * boxes dropped, so a test sees what a screen reader is given: { role, name, level?, children }.
 * Firefox and WebKit answer { supported: false, reason }.
 */
const FOLDED = new Set(['generic', 'none', 'presentation', 'LineBreak']);
const axTree = {
  name: 'ax-tree',
  async executeCommand({ command, payload, session }) {
    if (command !== 'ax-tree') return undefined;
    if (session.browser.type !== 'puppeteer') return { supported: false, reason: `${session.browser.name} has no accessibility protocol here` };
    let client;
    try {
      const page = session.browser.getPage(session.id);
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      client = cdpSessions.get(page);
      await client.send('Accessibility.enable');
    } catch (error) {
      return { supported: false, reason: `${session.browser.name}: no DevTools protocol (${String(error?.message || error?.name || 'unsupported')})` };
    }
    const { root } = await client.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: payload.selector });
    if (!nodeId) throw new Error(`ax-tree: nothing matches ${payload.selector}`);
    const { node } = await client.send('DOM.describeNode', { nodeId });
    const { nodes } = await client.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (!start) throw new Error(`ax-tree: ${payload.selector} is not in the accessibility tree`);
    const walk = (n) => {
      const children = (n.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap(walk);
      const role = n.role?.value;
      const name = n.name?.value ?? '';
      if (role === 'InlineTextBox') return [];
      if (n.ignored || (FOLDED.has(role) && !name)) return children;
      const level = n.properties?.find((p) => p.name === 'level')?.value?.value;
      return [{ role, name, ...(level === undefined ? {} : { level }), children }];
    };
    return { supported: true, tree: walk({ ...start, ignored: true }) };
  },
};

export default {
  files: 'test/**/*.test.ts',
  // Test what ships: Lit's production build, not its dev mode.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), mediaFeatures, axTree],
  // The first axe run in Firefox or WebKit on a busy 2-core machine can take more than 2 s.
  testFramework: { config: { timeout: 10000 } },
  browsers: wanted.map((engine) => launchers[engine]()),
};
