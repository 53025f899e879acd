// Language changes the browser tests cannot make without losing their own page: document.open() and
// write() give the page a new <html>; a change of its lang must still re-render the widgets it holds,
// and only those whose language changed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, widgetsRendered } from './helpers.mjs';

let browser, site;
before(async () => {
  browser = await launch();
  // document.write() is a Trusted Types sink: this page is the site's own, without them.
  site = await startServer({ csp: "default-src 'self'; img-src data:" });
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

describe('after document.open() and write()', () => {
  it('a change of the new <html lang> re-renders the widgets that inherit it, and an unrelated change none', async () => {
    const page = await browser.newPage();
    const thrown = [];
    page.on('pageerror', (e) => thrown.push(e.message));
    await page.goto(`${site.origin}/test/pages/fixtures/document-open.html`, { waitUntil: 'networkidle' });
    await widgetsRendered(page);
    await page.evaluate(() => {
      document.open();
      document.write(`<!doctype html><html lang="nl"><head><title>After document.open()</title></head><body>
        <trial-fact-box id="inherits"></trial-fact-box>
        <div lang="fr"><outcome-bars id="closer"></outcome-bars><span id="unrelated" lang="fr">x</span></div>
        <outcome-icons id="own" lang="en"></outcome-icons></body></html>`);
      document.close();
    });
    await widgetsRendered(page);
    // Count the renders of each widget from here on.
    await page.evaluate(() => {
      window.renders = {};
      for (const tag of ['trial-fact-box', 'outcome-bars', 'outcome-icons']) {
        const proto = customElements.get(tag).prototype;
        const render = proto.render;
        proto.render = function () {
          window.renders[this.id] = (window.renders[this.id] ?? 0) + 1;
          return render.call(this);
        };
      }
    });
    const langs = () => page.evaluate(() => Object.fromEntries(
      [...document.querySelectorAll('[id]')].filter((el) => el.shadowRoot)
        .map((el) => [el.id, el.shadowRoot.querySelector('[part~="base"]').getAttribute('lang')])));
    const settle = () => page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    assert.deepEqual(await langs(), { inherits: 'nl-BE', closer: 'fr', own: 'en-GB' });

    await page.evaluate(() => { document.documentElement.lang = 'de'; });
    await settle();
    assert.deepEqual(await langs(), { inherits: 'de', closer: 'fr', own: 'en-GB' });
    assert.deepEqual(await page.evaluate(() => window.renders), { inherits: 1 });

    await page.evaluate(() => { document.getElementById('unrelated').lang = 'nl'; });
    await settle();
    assert.deepEqual(await page.evaluate(() => window.renders), { inherits: 1 }, 'an unrelated change re-renders none');
    assert.deepEqual(thrown, []);
    await page.close();
  });
});
