// A real WordPress for the plugin's tests: Debian's wordpress package (6.1) on PHP's built-in server,
// a MariaDB server of its own in a temporary folder, both on 127.0.0.1 only, started here and stopped
// after. Our plugin is installed from the zip the build writes, as a site would; Twenty Twenty-Three
// is the theme; one user of each role gets an application password for the REST API.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const zipFile = fileURLToPath(new URL('../../dist/hip-trial-widgets-wordpress.zip', import.meta.url));

/** What is missing for a real WordPress here, or null: the tests say it and skip. */
export function missing() {
  const needs = {
    '/usr/share/wordpress/wp-settings.php': 'wordpress',
    '/usr/share/wordpress/wp-content/themes/twentytwentythree/style.css': 'wordpress-theme-twentytwentythree',
    '/usr/sbin/mariadbd': 'mariadb-server',
    '/usr/bin/php': 'php-cli',
    '/usr/bin/unzip': 'unzip',
  };
  const absent = Object.entries(needs).filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg);
  if (absent.length) return `apt-get install -y --no-install-recommends ${absent.join(' ')} php-mysql`;
  if (process.getuid?.() !== 0) return 'runs as root only (it writes /etc/wordpress/config-*.php, as Debian’s package configures a site)';
  return null;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(check, what, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts MariaDB, WordPress and the plugin; returns the site's origin, its users and stop(). */
export async function startWordPress() {
  const dir = await mkdtemp(join(tmpdir(), 'hip-trial-wp-'));
  const children = [];
  const name = `hiptrial${process.pid}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const stop = async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)))));
    await rm(config, { force: true });
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // The database: its own data folder, socket and port; nothing shared with a system server.
    const dbPort = await freePort();
    const socket = join(dir, 'mysql.sock');
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db']);
    const db = spawn('mariadbd', ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root', `--socket=${socket}`, `--port=${dbPort}`,
      '--bind-address=127.0.0.1', `--pid-file=${join(dir, 'db.pid')}`, '--skip-log-bin'], { stdio: 'ignore' });
    children.push(db);
    await waitFor(async () => (await run('mariadb', ['--no-defaults', '-uroot', `--socket=${socket}`, '-e', 'SELECT 1'])).stdout, 'MariaDB');
    await run('mariadb', ['--no-defaults', '-uroot', `--socket=${socket}`, '-e',
      "CREATE DATABASE wp; CREATE USER 'wp'@'127.0.0.1' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'127.0.0.1';"]);

    // wp-content of the test's own: the theme from Debian's package, our plugin from the built zip.
    const content = join(dir, 'wp-content');
    await mkdir(join(content, 'themes'), { recursive: true });
    await mkdir(join(content, 'plugins'), { recursive: true });
    await mkdir(join(content, 'mu-plugins'), { recursive: true });
    await symlink('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(content, 'themes', 'twentytwentythree'));
    await run('unzip', ['-q', zipFile, '-d', join(content, 'plugins')]);
    // Application passwords over plain HTTP on loopback, for the REST API; nothing else changes.
    await writeFile(join(content, 'mu-plugins', 'test-site.php'), "<?php\nadd_filter( 'wp_is_application_passwords_available', '__return_true' );\n");

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    await writeFile(config, `<?php
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp'); define('DB_HOST', '127.0.0.1:${dbPort}');
define('WP_HOME', '${origin}'); define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', '${content}'); define('WP_CONTENT_URL', '${origin}/wp-content');
define('AUTH_KEY', '${name}a'); define('SECURE_AUTH_KEY', '${name}b'); define('LOGGED_IN_KEY', '${name}c'); define('NONCE_KEY', '${name}d');
define('AUTH_SALT', '${name}e'); define('SECURE_AUTH_SALT', '${name}f'); define('LOGGED_IN_SALT', '${name}g'); define('NONCE_SALT', '${name}h');
define('WP_HTTP_BLOCK_EXTERNAL', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true); define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}'); define('WP_DEBUG_DISPLAY', false);
$table_prefix = 'wp_';
`);
    const env = { ...process.env, HIP_WP_CONFIG: name, HIP_WP_CONTENT: content };
    const { stdout } = await run('php', [join(here, 'install.php'), origin], { env });
    const users = JSON.parse(stdout.slice(stdout.indexOf('{')));
    // Workers, so the block editor's many scripts load side by side, not one after another (PHP 7.4+).
    const web = spawn('php', ['-S', `127.0.0.1:${port}`, join(here, 'router.php')], {
      env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: 'ignore',
      cwd: '/usr/share/wordpress',
    });
    children.push(web);
    await waitFor(async () => (await fetch(`${origin}/wp-json/`)).ok, 'WordPress');
    return { origin, users, debugLog: join(dir, 'debug.log'), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A REST API call as one user (application password). */
export async function rest(site, role, path, { method = 'GET', body } = {}) {
  const { login, password } = site.users[role];
  const response = await fetch(`${site.origin}/wp-json${path}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path} as ${role}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}
