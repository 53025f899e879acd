// scripts/check-browsers.mjs, run first by `npm test`, on a machine made to look fresh: the browsers
// pointed at paths that do not exist, and PATH a folder without Xvfb (and with or without a fake apt-get).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/check-browsers.mjs', import.meta.url));
const root = process.getuid?.() === 0;
const ALL = 'chromium firefox-esr webkit2gtk-driver xvfb';

/** Runs the check with only these variables (no DISPLAY), and reports its exit code, output and time. */
function check(env, asUser) {
  const started = Date.now();
  // As root, `asUser` runs it as the unprivileged user "nobody" (uid 65534) through util-linux's setpriv.
  const [file, args] = asUser
    ? ['/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, script]]
    : [process.execPath, [script]];
  const run = spawnSync(file, args, {
    encoding: 'utf8',
    timeout: 20000,
    env: {
      CHROME_PATH: '/nonexistent/chromium',
      FIREFOX_PATH: '/nonexistent/firefox-esr',
      WEBKIT_WEBDRIVER: '/nonexistent/WebKitWebDriver',
      WEBKIT_MINIBROWSER: '/nonexistent/MiniBrowser',
      ...env,
    },
  });
  return { status: run.status, out: run.stdout + run.stderr, ms: Date.now() - started };
}

describe('npm test on a machine without the browsers', () => {
  it('without apt-get, stops within seconds naming the exact command to run', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'hip-trial-path-'));
    const { status, out, ms } = check({ PATH: empty });
    assert.equal(status, 1);
    assert.ok(ms < 5000, `took ${ms} ms`);
    const sudo = root ? '' : 'sudo ';
    assert.ok(out.includes(`${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${ALL}`), out);
    assert.match(out, /\/nonexistent\/chromium/);
  });

  it('names only what the chosen engines need (BROWSERS=chromium: chromium)', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'hip-trial-path-'));
    const { status, out } = check({ PATH: empty, BROWSERS: 'chromium' });
    assert.equal(status, 1);
    assert.match(out, /apt-get install -y --no-install-recommends chromium\n/);
  });

  it('passes at once when everything is there (this machine, as the tests see it)', () => {
    const started = Date.now();
    const { status, stdout, stderr } = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    assert.equal(status, 0, stdout + stderr);
    assert.ok(Date.now() - started < 5000);
  });

  it('as root with apt-get, installs the missing packages itself (a fake apt-get records the calls)', { skip: !root && 'not running as root' }, async () => {
    const bin = await mkdtemp(join(tmpdir(), 'hip-trial-apt-'));
    const log = join(bin, 'calls.log');
    await writeFile(join(bin, 'apt-get'), `#!/bin/sh\necho "$*" >> ${log}\n`);
    await chmod(join(bin, 'apt-get'), 0o755);
    const { status, out } = check({ PATH: bin });
    assert.deepEqual((await readFile(log, 'utf8')).trim().split('\n'), ['update -qq', `install -y -qq --no-install-recommends ${ALL}`]);
    // The fake installs nothing: the check says so and names the command, rather than running the tests.
    assert.equal(status, 1);
    assert.match(out, /still missing/);
    assert.ok(out.includes(`apt-get install -y --no-install-recommends ${ALL}`), out);
  });

  it('not root, with apt-get: installs nothing, and names the command with sudo', { skip: !(root && existsSync('/usr/bin/setpriv')) && 'needs root and setpriv to become another user' }, async () => {
    const bin = await mkdtemp(join(tmpdir(), 'hip-trial-apt-'));
    await chmod(bin, 0o755);
    const called = join(tmpdir(), `hip-trial-apt-called-${process.pid}`);
    await writeFile(join(bin, 'apt-get'), `#!/bin/sh\ntouch ${called}\nexit 1\n`);
    await chmod(join(bin, 'apt-get'), 0o755);
    const { status, out, ms } = check({ PATH: bin }, true);
    assert.equal(status, 1);
    assert.ok(ms < 5000, `took ${ms} ms`);
    assert.ok(out.includes(`sudo apt-get update && sudo apt-get install -y --no-install-recommends ${ALL}`), out);
    assert.doesNotMatch(out, /Installing/);
    assert.equal(existsSync(called), false, 'apt-get was not run');
  });
});
