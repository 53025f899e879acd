// Run first by `npm test` (as `pretest`): are the browsers the tests drive on this machine? They
// come from Debian's packages. When some are missing and we run as root with apt-get, install them;
// otherwise stop at once, naming the one command to run. Looks where the tests look: the same
// environment variables (CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER, WEBKIT_MINIBROWSER), the same
// default paths, Xvfb on PATH when there is no DISPLAY; BROWSERS picks the engines as for the tests.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const env = process.env;
const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (name) => (env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, name)));

/** What each engine needs: [what is looked for, is it there, the Debian package that provides it]. */
function needs(engine) {
  const chromium = env.CHROME_PATH || '/usr/bin/chromium';
  const firefox = env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  const driver = env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver';
  const miniBrowser = env.WEBKIT_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  return {
    chromium: [[chromium, () => executable(chromium), 'chromium']],
    firefox: [[firefox, () => executable(firefox), 'firefox-esr']],
    webkit: [
      [driver, () => executable(driver), 'webkit2gtk-driver'],
      [miniBrowser, () => executable(miniBrowser), 'webkit2gtk-driver'],
      ...(env.DISPLAY ? [] : [['Xvfb (no DISPLAY is set)', () => onPath('Xvfb'), 'xvfb']]),
    ],
  }[engine];
}

const engines = (env.BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
// The page-level tests always drive Chromium.
const wanted = [...new Set(['chromium', ...engines])].filter((e) => ['chromium', 'firefox', 'webkit'].includes(e));
const checks = wanted.flatMap(needs);
const missing = () => checks.filter(([, there]) => !there());
const packagesOf = (list) => [...new Set(list.map(([, , pkg]) => pkg))];

let absent = missing();
if (absent.length === 0) process.exit(0);

const root = process.getuid?.() === 0;
const install = (packages) => `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
const command = (packages) => `${root ? '' : 'sudo '}apt-get update && ${root ? '' : 'sudo '}${install(packages)}`;
const say = (lines) => console.error(['', ...lines, ''].join('\n'));

if (root && onPath('apt-get')) {
  const packages = packagesOf(absent);
  console.log(`The tests need Debian packages not installed here: ${packages.join(' ')}. Installing them (${install(packages)}).`);
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  const ok = run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  absent = missing();
  if (ok && absent.length === 0) process.exit(0);
  say([`npm test: ${ok ? 'after apt-get, still missing' : 'apt-get failed; missing'}: ${absent.map(([what]) => what).join(', ')}.`,
    `Run: ${command(packagesOf(absent))}`]);
  process.exit(1);
}

say([
  `npm test: the browsers the tests drive are missing: ${absent.map(([what]) => what).join(', ')}.`,
  'Install them with:',
  '',
  `  ${command(packagesOf(absent))}`,
  '',
  'Elsewhere, point CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER at your own, or choose engines with BROWSERS=chromium.',
]);
process.exit(1);
