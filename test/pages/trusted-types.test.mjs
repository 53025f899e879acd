// Trusted Types as a security-minded site sets them: the bundle creates its own named policy
// ("hip-trial-widgets"), so the README's directive is all a site adds; two copies, or another copy
// of Lit beside ours, never throw; and a site whose allow-list lacks our name keeps the fallback text
// and gets one console error naming the directive to add.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startServer, widgetsRendered } from './helpers.mjs';

const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
/** The one-line directive the README tells a site to add. */
const DIRECTIVE = "trusted-types hip-trial-widgets 'allow-duplicates'";
const FALLBACK = 'Bewegingstherapie kan een nieuwe heup uitstellen.';

let browser, site, other, root;
/** The page's Trusted Types directives, by page name: the other site sends them with its strict CSP. */
const trustedTypes = {};

before(async () => {
  browser = await launch();
  site = await startServer();
  root = await mkdtemp(join(tmpdir(), 'hip-trial-tt-'));
  // Another library built on Lit, as a site might have: Lit's own file, rendering a template.
  await copyFile(new URL('../../node_modules/lit-html/lit-html.js', import.meta.url), join(root, 'lit-html.js'));
  await writeFile(join(root, 'other-lit.js'), `import { html, render } from './lit-html.js';
render(html\`<p id="other-lit">\${'Another Lit component'}</p>\`, document.getElementById('other'));\n`);
  other = await startServer({
    root,
    csp: (path) => `default-src 'self'; script-src 'self' ${site.origin}; style-src 'self'; img-src data:; object-src 'none'; ` +
      `require-trusted-types-for 'script'; ${trustedTypes[path] ?? ''}`,
  });
});
after(async () => {
  await browser?.close();
  site?.server.close();
  other?.server.close();
});

/** Writes a page with these scripts (in this order) and this trusted-types directive, opens it, and records what it says. */
async function open(name, { scripts, directive }) {
  trustedTypes[`/${name}`] = directive;
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n');
  await writeFile(join(root, name), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>TT</title><link rel="icon" href="data:,">
${tags}</head><body><div id="other"></div>
<hip-trial-summary section="results"><p id="fallback">${FALLBACK}</p></hip-trial-summary>
<trial-fact-box></trial-fact-box></body></html>`);
  const page = await browser.newPage();
  const said = { errors: [], warnings: [], thrown: [] };
  page.on('console', (m) => m.type() === 'error' ? said.errors.push(m.text()) : m.type() === 'warning' && said.warnings.push(m.text()));
  page.on('pageerror', (e) => said.thrown.push(e.message));
  await page.goto(`${other.origin}/${name}`, { waitUntil: 'networkidle' });
  return { page, said };
}

const module = () => `${site.origin}/dist/hip-trial-widgets.js`;
const pinnedCopy = () => `${site.origin}/dist/hip-trial-widgets@${version}.js`;

describe('Trusted Types with the README’s directive', () => {
  it('the README gives the directive and the names of the policies', () => {
    assert.ok(readme.includes(DIRECTIVE), `README names "${DIRECTIVE}"`);
    assert.match(readme, /require-trusted-types-for 'script'/);
  });

  it('the demo server sends it', async () => {
    const response = await fetch(`${site.origin}/demo/`);
    assert.ok(response.headers.get('content-security-policy').includes(DIRECTIVE));
  });

  it('one copy renders, with no error and no policy violation', async () => {
    const { page, said } = await open('one.html', { scripts: [module()], directive: DIRECTIVE });
    assert.equal(await widgetsRendered(page), 2);
    assert.deepEqual(said, { errors: [], warnings: [], thrown: [] });
    await page.close();
  });

  it('two copies (two script tags, two files) never throw: the second skips its tags with one warning', async () => {
    const { page, said } = await open('two.html', { scripts: [module(), pinnedCopy()], directive: DIRECTIVE });
    assert.equal(await widgetsRendered(page), 2);
    assert.deepEqual(said.thrown, []);
    assert.deepEqual(said.errors, []);
    assert.equal(said.warnings.length, 1);
    assert.match(said.warnings[0], /already defined/);
    await page.close();
  });

  it("two copies without 'allow-duplicates' still never throw, and the widgets render", async () => {
    const { page, said } = await open('two-strict.html', { scripts: [module(), pinnedCopy()], directive: 'trusted-types hip-trial-widgets' });
    assert.equal(await widgetsRendered(page), 2);
    assert.deepEqual(said.thrown, []);
    // The browser reports the refused duplicate itself; the module adds no error of its own.
    assert.deepEqual(said.errors.filter((e) => e.startsWith('hip-trial-widgets')), []);
    await page.close();
  });

  for (const order of ['before', 'after']) {
    it(`beside another copy of Lit loaded ${order} ours (its policy "lit-html" listed too, no 'allow-duplicates'), both render and nothing throws`, async () => {
      const scripts = order === 'before' ? ['/other-lit.js', module()] : [module(), '/other-lit.js'];
      const { page, said } = await open(`lit-${order}.html`, { scripts, directive: 'trusted-types lit-html hip-trial-widgets' });
      assert.equal(await widgetsRendered(page), 2);
      await page.locator('#other-lit').waitFor();
      assert.deepEqual(said, { errors: [], warnings: [], thrown: [] });
      await page.close();
    });
  }
});

describe('a site whose trusted-types list lacks our name', () => {
  for (const [directive, copies] of [["trusted-types 'none'", 1], ['trusted-types lit-html', 2]]) {
    it(`${directive}, ${copies} ${copies > 1 ? 'copies' : 'copy'}: readers keep the full fallback text; one console error names the directive to add`, async () => {
      const scripts = copies > 1 ? [module(), pinnedCopy()] : [module()];
      const { page, said } = await open(`refused-${copies}.html`, { scripts, directive });
      await page.waitForTimeout(200);
      assert.deepEqual(said.thrown, []);
      assert.equal(await page.evaluate(() => customElements.get('hip-trial-summary')), undefined);
      assert.equal(await page.evaluate(() => document.querySelector('hip-trial-summary').shadowRoot), null);
      assert.ok(await page.locator('#fallback').isVisible());
      assert.equal(await page.locator('#fallback').innerText(), FALLBACK);
      const fromUs = said.errors.filter((e) => e.startsWith('hip-trial-widgets'));
      assert.equal(fromUs.length, 1, said.errors.join('\n'));
      assert.ok(fromUs[0].includes(DIRECTIVE), fromUs[0]);
      // To the site's own directive, as the README says: a second trusted-types directive would be ignored.
      assert.match(fromUs[0], /the page's trusted-types directive/, fromUs[0]);
      // Any other error is the browser's own report of the refused policy.
      for (const e of said.errors.filter((m) => !m.startsWith('hip-trial-widgets'))) assert.match(e, /TrustedTypePolicy named 'hip-trial-widgets' violates/);
      await page.close();
    });
  }
});
