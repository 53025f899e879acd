// The embed builder as CMS editors use it: in their own language, with a keyboard only, on a phone,
// and the snippets it writes failing safe (a module that never comes leaves no gap; an iframe that
// follows the host page, not the reader's dark mode).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startServer } from './helpers.mjs';
import { RESERVE_SECONDS, UI, UI_LANGUAGES, iframeSnippet, scriptSnippet } from '../../demo/builder-lib.js';

let browser, site, other, root;
before(async () => {
  browser = await launch();
  site = await startServer();
  root = await mkdtemp(join(tmpdir(), 'hip-trial-builder-'));
  other = await startServer({ root, csp: "default-src 'self' 'unsafe-inline' http://127.0.0.1:*" });
});
after(async () => {
  await browser?.close();
  site?.server.close();
  other?.server.close();
});

describe('the embed builder, for every editor', () => {
  for (const code of UI_LANGUAGES) {
    it(`${code}: works with a keyboard alone, and speaks ${UI[code].name} throughout`, async () => {
      const ui = UI[code];
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      await page.goto(`${site.origin}/demo/builder.html`, { waitUntil: 'networkidle' });
      // Choose the page's language from the keyboard: focus the picker, then arrow keys.
      await page.focus('#ui-lang');
      const index = UI_LANGUAGES.indexOf(code);
      await page.keyboard.press('Home');
      for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
      assert.equal(await page.locator('h1').innerText(), ui.title);
      assert.equal(await page.evaluate(() => document.documentElement.lang), code);
      for (const key of ['elementLegend', 'textLanguage', 'themeLegend', 'snippets', 'preview']) {
        assert.ok((await page.locator('main').innerText()).includes(ui[key]), `${key} in ${code}`);
      }
      // Tab into the element choice and pick the bar chart with the arrow keys.
      await page.focus('input[name="tag"][value="hip-trial-summary"]');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.locator('input[name="tag"]:checked').getAttribute('value'), 'outcome-bars');
      await page.waitForFunction(() => document.querySelector('#preview outcome-bars')?.shadowRoot?.querySelector('[part~="base"]'));
      assert.ok(await page.locator('label', { hasText: ui.outcome }).isVisible(), 'the bars’ own choice appears');
      // A wrong address, typed: said in words, marked invalid, and the snippets that need it wait.
      await page.focus('#module');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('/dist/hip-trial-widgets.js');
      assert.equal(await page.getAttribute('#module', 'aria-invalid'), 'true');
      assert.equal(await page.locator('#module-note').innerText(), ui.problems.relative);
      assert.equal(await page.locator('[data-copy="script-snippet"]').isDisabled(), true);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('https://cdn.example.org/hip/dist');
      assert.equal(await page.getAttribute('#module', 'aria-invalid'), 'false');
      assert.match(await page.inputValue('#script-snippet'), /src="https:\/\/cdn\.example\.org\/hip\/dist\/hip-trial-widgets@[\d.]+\.js"/);
      // The four routes, each said in the editor's language; copy one with Enter.
      for (const [title] of Object.values(ui.routes)) assert.ok((await page.locator('#routes').innerText()).includes(title));
      assert.match(await page.inputValue('#plugin-snippet'), /^\[hip_trial element="outcome-bars" lang="nl"\]$/);
      await page.focus('[data-copy="static-snippet"]');
      await page.keyboard.press('Enter');
      await page.locator('#status', { hasText: ui.copied }).waitFor();
      assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^<div class="hip-trial-static" lang="nl-BE"/);
      await context.close();
    });
  }

  it('on a phone the preview comes before the code; on a desktop it stands beside it', async () => {
    for (const [width, phone] of [[375, true], [1280, false]]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.origin}/demo/builder.html`, { waitUntil: 'networkidle' });
      const box = (sel) => page.locator(sel).boundingBox();
      const [form, preview, snippets] = [await box('#builder'), await box('.preview'), await box('.snippets')];
      if (phone) {
        assert.ok(form.y < preview.y && preview.y < snippets.y, `form ${form.y}, preview ${preview.y}, code ${snippets.y}`);
      } else {
        assert.ok(preview.x > form.x + form.width - 1, 'the preview beside the choices');
        assert.ok(snippets.y > form.y, 'the code under the choices');
      }
      await page.close();
    }
  });
});

describe('snippets that fail safe', () => {
  it(`a module that never comes: the room is given back after ${RESERVE_SECONDS} s and the full fallback text shows`, async () => {
    const choice = { tag: 'hip-trial-summary', lang: 'nl', sections: ['results'], chart: 'bars', headingLevel: '2', outcome: 'surgery', theme: 'auto' };
    const snippet = scriptSnippet(choice, `${site.origin}/dist/not-there.js`, 'sha384-x');
    await writeFile(join(root, 'gone.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>x</title><link rel="icon" href="data:,"></head>
<body><p>Boven.</p>${snippet}<p id="below">Onder.</p></body></html>`);
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${other.origin}/gone.html`);
    const measure = () =>
      page.evaluate(() => ({
        element: document.querySelector('hip-trial-summary').getBoundingClientRect().height,
        fallback: document.querySelector('.hip-trial-static').getBoundingClientRect().height,
        text: document.querySelector('.hip-trial-static').scrollHeight,
      }));
    const waiting = await measure();
    assert.ok(waiting.element >= 799, `room kept while waiting: ${waiting.element} px`);
    assert.equal(waiting.fallback, 0, 'the fallback is folded while the room is kept');
    await page.waitForTimeout(RESERVE_SECONDS * 1000 + 600);
    const released = await measure();
    assert.ok(released.fallback > 300, `the fallback shows: ${released.fallback} px`);
    assert.ok(Math.abs(released.element - released.fallback) < 2, `no blank gap: element ${released.element} px, text ${released.fallback} px`);
    assert.ok(await page.locator('#below').isVisible());
    await page.close();
  });

  it('an iframe on a page without embed-host.js starts tall enough for a phone: nothing is cut off', async () => {
    const choices = [
      { tag: 'hip-trial-summary', lang: 'de', sections: [], chart: 'bars' },
      { tag: 'hip-trial-summary', lang: 'fr', sections: ['results', 'reliability'], chart: 'factbox' },
      { tag: 'outcome-bars', lang: 'nl', sections: [], outcome: 'time' },
      { tag: 'outcome-icons', lang: 'de', sections: [] },
      { tag: 'trial-fact-box', lang: 'en', sections: [] },
    ];
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    for (const choice of choices) {
      await writeFile(join(root, 'phone.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>x</title></head>
<body style="margin:0">${iframeSnippet(choice, `${site.origin}/dist/embed.html`)}</body></html>`);
      await page.goto(`${other.origin}/phone.html`, { waitUntil: 'networkidle' });
      const frame = page.frames().find((f) => f.url().includes('embed.html'));
      await frame.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'), choice.tag);
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const height = Number(await page.evaluate(() => document.querySelector('iframe').height));
      assert.ok(content <= height, `${JSON.stringify(choice)}: ${content} px of content in a ${height} px frame`);
    }
    await page.close();
  });

  it('an iframe follows the host page, not the reader’s dark mode: transparent and light inside', async () => {
    await writeFile(join(root, 'framed.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head>
<body style="background:#fff"><iframe src="${site.origin}/dist/embed.html?element=outcome-icons&amp;lang=en" title="t" width="100%" height="900" style="border: 0" data-hip-trial-embed></iframe></body></html>`);
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${other.origin}/framed.html`, { waitUntil: 'networkidle' });
    const frame = page.frames().find((f) => f.url().includes('embed.html'));
    await frame.waitForFunction(() => document.querySelector('outcome-icons')?.shadowRoot?.querySelector('[part~="base"]'));
    const inside = await frame.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return { background: style.backgroundColor, scheme: style.colorScheme, body: getComputedStyle(document.body).backgroundColor };
    });
    assert.deepEqual(inside, { background: 'rgba(0, 0, 0, 0)', scheme: 'light', body: 'rgba(0, 0, 0, 0)' });
    await page.close();
  });
});
