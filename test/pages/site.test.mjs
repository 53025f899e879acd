// What a site sees: the demo pages under a strict CSP with Trusted Types, the requests the widgets
// make (none beyond the module), no cookies or storage, and the embed routes across origins.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startServer, widgetsRendered } from './helpers.mjs';

let browser, site, other, otherRoot, third;

before(async () => {
  browser = await launch();
  site = await startServer();
  otherRoot = await mkdtemp(join(tmpdir(), 'hip-trial-other-site-'));
  // Another site, with its own origin and a CSP that allows scripts and frames from ours only.
  other = await startServer({
    root: otherRoot,
    csp: `default-src 'self'; script-src 'self' ${site.origin}; frame-src ${site.origin} http://127.0.0.1:*; style-src 'self' 'unsafe-inline'; img-src data:; require-trusted-types-for 'script'`,
  });
  // A third origin, where a marked iframe may navigate after its embed loaded.
  third = await startServer();
});
after(async () => {
  await browser?.close();
  site?.server.close();
  other?.server.close();
  third?.server.close();
});

describe('demo pages under a strict Content-Security-Policy with Trusted Types', () => {
  for (const path of ['/demo/', '/demo/bars.html', '/demo/icons.html', '/demo/factbox.html', '/demo/builder.html']) {
    it(`${path}: renders, breaks no policy, requests nothing beyond the page's own files`, async () => {
      const page = await browser.newPage();
      const problems = [];
      const requests = [];
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => requests.push(new URL(r.url())));
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      const count = await widgetsRendered(page);
      assert.ok(count >= 1, 'at least one widget');
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(problems, []);
      const foreign = requests.filter((u) => u.origin !== site.origin && u.protocol !== 'data:');
      assert.deepEqual(foreign.map(String), [], 'no request leaves the site');
      const fromWidgets = requests.filter((u) => !/^\/(demo\/|dist\/(hip-trial-widgets(@[\d.]+)?|embed-meta|static-html)\.js$)/.test(u.pathname));
      assert.deepEqual(fromWidgets.map(String), [], 'only the page, its CSS and scripts, and the module');
      assert.equal(await page.evaluate(() => document.cookie), '');
      assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
      await page.close();
    });
  }
});

describe('a CMS editor: from the builder to a snippet pasted on another site', () => {
  it('copies the snippet, pastes it on a plain page of another origin, and the widget works (SRI, CORS)', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.origin}/demo/builder.html`, { waitUntil: 'networkidle' });
    await page.getByLabel('Staafdiagram').check();
    await page.locator('#lang').selectOption('fr');
    await page.getByLabel('Welke uitkomst?').selectOption('time');
    await page.getByLabel('Altijd licht').check();
    await widgetsRendered(page, '#preview outcome-bars');
    assert.match(await page.locator('#preview outcome-bars').evaluate((el) => el.shadowRoot.textContent), /5,4\s*ans/);
    await page.locator('[data-copy="script-snippet"]').click();
    await page.getByText('Gekopieerd').waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(snippet, /integrity="sha384-/);
    assert.match(snippet, /<outcome-bars lang="fr" outcome="time" theme="light">/);
    await context.close();

    await writeFile(join(otherRoot, 'article.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body><h1>Arthrose</h1><p>Texte de l’article.</p>
${snippet}
</body></html>`);
    const reader = await browser.newPage();
    const problems = [];
    reader.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await reader.goto(`${other.origin}/article.html`, { waitUntil: 'networkidle' });
    await widgetsRendered(reader, 'outcome-bars');
    const text = await reader.locator('outcome-bars').evaluate((el) => el.shadowRoot.querySelector('figure').innerText);
    assert.match(text, /5,4\s*ans/);
    assert.match(text, /3,5\s*ans/);
    assert.deepEqual(problems, []);
    await reader.close();
  });

  it('with a tampered module the integrity check blocks it, and the fallback text stays', async () => {
    await writeFile(join(otherRoot, 'tampered.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>x</title></head><body>
<script type="module" src="${site.origin}/dist/hip-trial-widgets.js" integrity="sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" crossorigin="anonymous"></script>
<hip-trial-summary lang="nl"><p id="fallback">Oefentherapie stelt een nieuwe heup mogelijk uit.</p></hip-trial-summary></body></html>`);
    const page = await browser.newPage();
    await page.goto(`${other.origin}/tampered.html`, { waitUntil: 'networkidle' });
    assert.equal(await page.evaluate(() => customElements.get('hip-trial-summary')), undefined);
    assert.ok(await page.locator('#fallback').isVisible());
    await page.close();
  });
});

describe('the script-free route across origins', () => {
  it('an iframe of embed.html on another site is resized when that site loads embed-host.js', async () => {
    await writeFile(join(otherRoot, 'framed.html'), `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Framed</title>
<script type="module" src="${site.origin}/dist/embed-host.js"></script></head><body>
<iframe src="${site.origin}/dist/embed.html?element=trial-fact-box&amp;lang=de" title="Studie" loading="lazy" width="100%" height="200" data-hip-trial-embed></iframe>
</body></html>`);
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(`${other.origin}/framed.html`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('iframe').height !== '200');
    const height = Number(await page.evaluate(() => document.querySelector('iframe').height));
    const inner = await page.frameLocator('iframe').locator('trial-fact-box').evaluate((el) => ({
      text: el.shadowRoot.querySelector('table').innerText,
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    }));
    assert.match(inner.text, /5,4\s*Jahre/);
    assert.ok(Math.abs(height - inner.height) <= 2, `iframe ${height} px for content ${inner.height} px`);
    await page.close();
  });

  it('where the CMS strips scripts, the iframe keeps its starting height and still shows the widget', async () => {
    await writeFile(join(otherRoot, 'stripped.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stripped</title></head><body>
<iframe src="${site.origin}/dist/embed.html?element=outcome-icons&amp;lang=en" title="Trial" width="100%" height="900" data-hip-trial-embed></iframe>
</body></html>`);
    const page = await browser.newPage();
    await page.goto(`${other.origin}/stripped.html`, { waitUntil: 'networkidle' });
    await page.frameLocator('iframe').locator('outcome-icons').evaluate((el) => el.updateComplete);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').height), '900');
    await page.close();
  });

  /** Every height the page's iframes are given, in order (set up before the page's own scripts run). */
  const recordHeights = (page) =>
    page.addInitScript(() => {
      window.__heights = [];
      new MutationObserver((records) => records.forEach((r) => window.__heights.push(r.target.getAttribute('height'))))
        .observe(document, { subtree: true, attributes: true, attributeFilter: ['height'] });
    });

  it('embed-host.js arriving after the embed rendered asks for the height, and the iframe is resized', async () => {
    await writeFile(join(otherRoot, 'late.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Late</title></head><body>
<iframe src="${site.origin}/dist/embed.html?element=trial-fact-box&amp;lang=nl" title="Studie" width="100%" height="120" data-hip-trial-embed></iframe>
</body></html>`);
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(`${other.origin}/late.html`, { waitUntil: 'networkidle' });
    const embed = page.frameLocator('iframe');
    await embed.locator('trial-fact-box table').waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').height), '120', 'no script yet: the embed’s reports went unheard');
    // The elements' module does not size iframes: only the host script does, here late, as from a slow CDN.
    await page.evaluate((url) => import(url), `${site.origin}/dist/hip-trial-widgets.js`);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').height), '120', 'the elements’ module leaves iframes alone');
    await page.evaluate((url) => import(url), `${site.origin}/dist/embed-host.js`);
    await page.waitForFunction(() => document.querySelector('iframe').height !== '120', null, { timeout: 5000 });
    const height = Number(await page.evaluate(() => document.querySelector('iframe').height));
    const content = await embed.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    assert.ok(content > 300 && Math.abs(height - content) <= 2, `iframe ${height} px for content ${content} px`);
    await page.close();
  });

  it('from the iframe’s own origin, only exactly { type, height } is obeyed: not with an extra key, not an Array', async () => {
    await writeFile(join(otherRoot, 'forged.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forged</title>
<script type="module" src="${site.origin}/dist/embed-host.js"></script></head><body>
<iframe src="${site.origin}/test/pages/fixtures/poster.html?height=345&amp;forged" title="Poster" width="100%" height="120" data-hip-trial-embed></iframe>
</body></html>`);
    const page = await browser.newPage();
    await recordHeights(page);
    await page.goto(`${other.origin}/forged.html`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => window.__heights.includes('345'));
    await page.waitForTimeout(200);
    assert.deepEqual([...new Set(await page.evaluate(() => window.__heights))], ['345'], 'never 346 (extra key) or 347 (Array)');
    await page.close();
  });

  it('after a marked iframe navigates to another origin, that origin’s messages change nothing', async () => {
    await writeFile(join(otherRoot, 'navigated.html'), `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Navigated</title>
<script type="module" src="${site.origin}/dist/embed-host.js"></script></head><body>
<iframe src="${site.origin}/dist/embed.html?element=outcome-icons&amp;lang=de" title="Studie" width="100%" height="120" data-hip-trial-embed></iframe>
</body></html>`);
    const page = await browser.newPage();
    await recordHeights(page);
    await page.goto(`${other.origin}/navigated.html`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('iframe').height !== '120');
    const resized = await page.evaluate(() => document.querySelector('iframe').height);
    // The iframe's window goes to a third origin (its src attribute stays), which posts a well-formed message.
    const foreign = `${third.origin}/test/pages/fixtures/poster.html?height=777`;
    await page.evaluate((url) => new Promise((resolve) => {
      const frame = document.querySelector('iframe');
      frame.addEventListener('load', resolve, { once: true });
      frame.contentWindow.location.href = url;
    }), foreign);
    const poster = page.frames().find((f) => f.url() === foreign);
    await poster.waitForSelector('body[data-posted]');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').height), resized);
    assert.ok(!(await page.evaluate(() => window.__heights)).includes('777'), 'the foreign origin never set a height');
    await page.close();
  });
});
