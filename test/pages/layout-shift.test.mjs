// No layout shift with the snippet the README recommends: the page is measured with the very CSS
// the README shows (read from it), on a phone and a desktop, with the module fast and slow.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startServer, widgetsRendered } from './helpers.mjs';
import { ELEMENTS, reserveStyle, scriptSnippet } from '../../demo/builder-lib.js';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const recommended = readme.match(/<!-- recommended-css -->\s*```html\n([\s\S]*?)```/)?.[1];

let browser, site, other, root;
before(async () => {
  browser = await launch();
  site = await startServer();
  root = await mkdtemp(join(tmpdir(), 'hip-trial-cls-'));
  other = await startServer({ root, csp: "default-src 'self' 'unsafe-inline' http://127.0.0.1:*" });
});
after(async () => {
  await browser?.close();
  site?.server.close();
  other?.server.close();
});

const paragraph = '<p>A paragraph of the article around the widget, long enough to wrap over a few lines on a phone and on a desktop alike.</p>';

const widget = (tag, attrs) =>
  `<${tag} lang="nl" ${attrs}><p>Oefentherapie stelt een nieuwe heup mogelijk uit. <a href="https://doi.org/10.1136/annrheumdis-2013-203628">Lees de studie</a></p></${tag}>`;

/** The cumulative layout shift of an article with `head` in its head and `body` between its paragraphs. */
async function cls(head, width, delay, body) {
  const name = `page-${Math.random().toString(36).slice(2)}.html`;
  await writeFile(join(root, name), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,"><title>Artikel</title>${head}</head><body><h1>Oefenen en een nieuwe heup</h1>${paragraph.repeat(2)}
${body}
${paragraph.repeat(6)}</body></html>`);
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.route('**/hip-trial-widgets*.js', async (route) => {
    await new Promise((r) => setTimeout(r, delay));
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${other.origin}/${name}`);
  await widgetsRendered(page);
  await page.waitForTimeout(300);
  const value = await page.evaluate(() => window.__cls);
  await page.close();
  return value;
}

describe('layout shift', () => {
  it('the README recommends a snippet (module in <head>, space reserved for the widgets)', () => {
    assert.ok(recommended, 'README.md has a block after <!-- recommended-css -->');
    assert.match(recommended, /:not\(:defined\)/);
  });

  for (const [tag, attrs] of [['hip-trial-summary', 'section="results"'], ['hip-trial-summary', ''], ['outcome-bars', ''], ['outcome-icons', ''], ['trial-fact-box', '']]) {
    for (const width of [375, 1280]) {
      for (const delay of [0, 800]) {
        it(`<${tag}${attrs ? ` ${attrs}` : ''}> at ${width} px, module after ${delay} ms: no layout shift`, async () => {
          const head = recommended.replaceAll('https://YOUR-HOST/hip-trial-widgets/dist', `${site.origin}/dist`).replace(/ integrity="[^"]*"/g, '');
          const shift = await cls(head, width, delay, widget(tag, attrs));
          // For the record, the same page without the reserved space (measured once per size).
          const bare = delay ? '' : `, ${(await cls(`<script type="module" src="${site.origin}/dist/hip-trial-widgets.js"></script>`, width, delay, widget(tag, attrs))).toFixed(4)} without it`;
          console.log(`CLS <${tag}${attrs ? ` ${attrs}` : ''}> ${width} px, module +${delay} ms: ${shift.toFixed(4)} with the README snippet${bare}`);
          assert.ok(shift < 0.001, `CLS ${shift}`);
        });
      }
    }
  }

  // A CMS editor pastes the builder's snippet into the body of an article: script, style and element together.
  it('the builder keeps the same room as the README: the same media queries and heights', () => {
    const conditions = (css) => [...css.matchAll(/@media \(([^)]*)\)|min-height: ([^;}]+)/g)].map((m) => m[1] ?? m[2].trim());
    const readme = conditions(recommended);
    assert.deepEqual(readme, ['scripting: enabled', '100vh', 'min-width: 40em', '33rem', '0']);
    // The bar chart has the README's wide-screen height; the others only the first two.
    assert.deepEqual(conditions(reserveStyle('outcome-bars')), readme);
    for (const { tag } of ELEMENTS) {
      assert.ok(recommended.includes(`${tag}:not(:defined)`), tag);
      if (tag !== 'outcome-bars') assert.deepEqual(conditions(reserveStyle(tag)), [...readme.slice(0, 2), readme.at(-1)], tag);
    }
  });

  for (const { tag } of ELEMENTS) {
    for (const width of [375, 1280]) {
      it(`the builder's snippet for <${tag}>, pasted in the body, at ${width} px with the module 800 ms late: no layout shift`, async () => {
        const choice = { tag, lang: 'nl', sections: tag === 'hip-trial-summary' ? ['results'] : [], chart: 'bars', headingLevel: '2', outcome: 'surgery', theme: 'auto' };
        const pasted = scriptSnippet(choice, `${site.origin}/dist/hip-trial-widgets.js`, 'x').replace(/ integrity="[^"]*"/, '');
        const shift = await cls('', width, 800, pasted);
        console.log(`CLS builder snippet <${tag}> ${width} px, module +800 ms: ${shift.toFixed(4)}`);
        assert.ok(shift < 0.001, `CLS ${shift}`);
      });
    }
  }
});
