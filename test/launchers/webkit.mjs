/**
 * A @web/test-runner launcher for WebKitGTK, the engine of Safari, from Debian's packages.
 *
 * Why it exists: Playwright's WebKit cannot be downloaded here, and @web/test-runner-webdriver
 * expects a WebDriver server that is already running. This module starts WebKitWebDriver (which
 * drives WebKitGTK's MiniBrowser) on a free port, and Xvfb when there is no display (WebKitGTK has
 * no headless mode), waits until the driver answers, and stops both when the run ends.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const MINIBROWSER = process.env.WEBKIT_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER = process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display and resolves with ":N" once it is ready. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.once('error', (e) => reject(new Error(`Xvfb could not start (apt-get install xvfb): ${e.message}`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
  });
}

async function waitForDriver(port, child) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok && (await res.json()).value?.ready !== false) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 20 s');
}

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        // webdriverio 9 asks for WebDriver BiDi by default, which WebKitWebDriver does not offer.
        'wdio:enforceWebDriverClassic': true,
      },
    });
  }

  async initialize(config) {
    let display = process.env.DISPLAY;
    if (!display) {
      this.xvfb = await startXvfb();
      display = this.xvfb.display;
    }
    const port = await freePort();
    this.driverProcess = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    });
    this.driverProcess.once('error', (e) => {
      console.error(`WebKitWebDriver could not start (apt-get install webkit2gtk-driver): ${e.message}`);
    });
    await waitForDriver(port, this.driverProcess);
    this.options.port = port;
    // One top-level page at a time, as a reader has it: no test files side by side in iframes.
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.driverProcess?.kill();
    this.xvfb?.process.kill();
  }
}

export function webkitLauncher() {
  return new WebKitGtkLauncher();
}
