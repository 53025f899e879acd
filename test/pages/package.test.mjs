// The npm package as a site gets it: packed, checked by publint and arethetypeswrong, installed into
// an empty folder, bundled by the site's bundler, and run in a browser page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { launch, startServer, widgetsRendered } from './helpers.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(repo, 'node_modules', '.bin', name);
let work, tarball, browser, server;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'hip-trial-package-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo });
  tarball = join(work, JSON.parse(stdout)[0].filename);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.server.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('ships the bundle, the npm entries, types, embed page and its host script, and manifest, and no sources or tests', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.trim().split('\n');
    for (const f of ['package/dist/hip-trial-widgets.js', 'package/dist/npm/index.js', 'package/dist/npm/classes.js',
      'package/dist/types/index.d.ts', 'package/dist/types/classes.d.ts', 'package/dist/embed.html', 'package/dist/custom-elements.json', 'package/README.md',
      'package/dist/embed-host.js', 'package/dist/types/embed/host-page.d.ts']) {
      assert.ok(files.includes(f), `${f} in the tarball`);
    }
    assert.deepEqual(files.filter((f) => /^package\/(src|test|demo)\//.test(f)), []);
  });

  it('publint finds nothing, strict', async () => {
    const { stdout } = await run(bin('publint'), ['--strict', tarball], { cwd: repo });
    assert.doesNotMatch(stdout, /warning|error|suggestion/i, stdout);
  });

  it('arethetypeswrong finds nothing (an ES-module-only package)', async () => {
    // embed.html is exported as a file for bundlers to copy, not a module: no types to find there.
    const { stdout } = await run(bin('attw'), [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './embed.html'], { cwd: repo });
    // attw exits non-zero on a problem; the CommonJS ones are listed as "(ignored per resolution)".
    const problems = stdout.split('\n').filter((line) => /\/docs\/problems\//.test(line) && !line.startsWith('(ignored'));
    assert.deepEqual(problems, [], stdout);
  });

  it('installs into an empty folder, bundles with the site’s bundler, and runs in a page', async () => {
    const site = join(work, 'site');
    await run('mkdir', ['-p', site]);
    await writeFile(join(site, 'package.json'), JSON.stringify({ name: 'a-site', private: true, type: 'module' }));
    await run('npm', ['install', '--no-audit', '--no-fund', tarball], { cwd: site });
    await writeFile(join(site, 'main.js'), `import 'hip-trial-widgets';
import { OutcomeBars, LANGUAGES } from 'hip-trial-widgets/classes';
// The class-only entry: a tag of the site's own, when ours collides.
customElements.define('site-bars', class extends OutcomeBars {});
document.body.dataset.languages = LANGUAGES.map((l) => l.code).join(' ');
`);
    await build({ entryPoints: [join(site, 'main.js')], bundle: true, format: 'esm', outfile: join(site, 'out.js'), absWorkingDir: site, logLevel: 'silent' });
    // The site also copies the self-contained file to its static folder, as a snippet would load it.
    await run('cp', [join(site, 'node_modules/hip-trial-widgets/dist/hip-trial-widgets.js'), join(site, 'widgets.js')]);
    await writeFile(join(site, 'index.html'), `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Site</title>
<script type="module" src="./out.js"></script></head><body><hip-trial-summary section="results"></hip-trial-summary><site-bars outcome="time"></site-bars>
<script type="module" src="./widgets.js"></script></body></html>`);
    // Its bundler's Lit creates Lit's own policy, "lit-html"; the snippet's file creates ours: the site lists both (README).
    server = await startServer({
      root: site,
      csp: "default-src 'self'; img-src data:; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html hip-trial-widgets 'allow-duplicates'",
    });
    const page = await browser.newPage();
    const warnings = [];
    page.on('console', (m) => ['warning', 'error'].includes(m.type()) && warnings.push(m.text()));
    await page.goto(`${server.origin}/index.html`, { waitUntil: 'networkidle' });
    assert.equal(await widgetsRendered(page, 'hip-trial-summary, site-bars'), 2);
    assert.match(await page.locator('site-bars').evaluate((el) => el.shadowRoot.textContent), /5,4\s*Jahre/);
    assert.match(await page.locator('hip-trial-summary').evaluate((el) => el.shadowRoot.textContent), /22 von 55/);
    assert.equal(await page.evaluate(() => document.body.dataset.languages), 'nl fr de en');
    // The bundle loaded as well: a second copy, skipped with one warning, not an exception.
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /already defined/);
    const installed = await readdir(join(site, 'node_modules'));
    assert.ok(installed.includes('lit'), 'lit comes as a dependency');
    await page.close();
  });
});
