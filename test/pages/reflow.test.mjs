// The demo pages as a reader with large text or 400 % zoom meets them (320 px wide, 32 px root font),
// and the builder's own colours and choices, in light and dark mode.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, widgetsRendered } from './helpers.mjs';

let browser, site;
before(async () => {
  browser = await launch();
  site = await startServer();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

const PAGES = ['/demo/', '/demo/bars.html', '/demo/icons.html', '/demo/factbox.html', '/demo/builder.html'];

describe('demo pages at 320 px with a 32 px root font', () => {
  for (const lang of ['nl', 'en', 'de']) {
    it(`${lang}: no page scrolls sideways`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
      const over = [];
      for (const path of PAGES) {
        await page.goto(`${site.origin}${path}?lang=${lang}`, { waitUntil: 'networkidle' });
        await widgetsRendered(page);
        // The builder has no language picker: set the preview's language as an editor would.
        if (path.endsWith('builder.html')) await page.locator('#lang').selectOption(lang);
        const { scroll, client, widest } = await page.evaluate(async () => {
          document.documentElement.style.fontSize = '32px';
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const doc = document.documentElement;
          const widest = [...document.querySelectorAll('body *')]
            .map((el) => ({ el: el.localName + (el.className ? `.${String(el.className).split(' ')[0]}` : ''), right: el.getBoundingClientRect().right }))
            .sort((a, b) => b.right - a.right)[0];
          return { scroll: doc.scrollWidth, client: doc.clientWidth, widest };
        });
        if (scroll > client) over.push(`${path}: ${scroll} px in ${client} px (widest: ${widest.el}, ${Math.round(widest.right)} px)`);
      }
      await page.close();
      assert.deepEqual(over, []);
    });
  }
});

/** WCAG contrast of two computed rgb() colours. */
function ratio(a, b) {
  const lum = (css) => {
    const [r, g, bl] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the embed builder', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`${colorScheme} mode: its text, links, buttons and focus ring stand out (text 4.5:1, the rest 3:1)`, async () => {
      const page = await browser.newPage({ colorScheme });
      await page.goto(`${site.origin}/demo/builder.html`, { waitUntil: 'networkidle' });
      await widgetsRendered(page);
      const pairs = await page.evaluate(() => {
        const style = (sel) => getComputedStyle(document.querySelector(sel));
        const page = getComputedStyle(document.documentElement).backgroundColor;
        const button = style('.snippets button');
        const pairs = [
          ['body text', style('main').color, page, 4.5],
          ['brand text', style('.brand span').color, page, 4.5],
          ['link', style('.masthead a').color, page, 4.5],
          ['copy button text', button.color, button.backgroundColor, 4.5],
          ['copy button on the page', button.backgroundColor, page, 3],
          ['status', style('#status').color, page, 4.5],
        ];
        const input = document.querySelector('#module');
        input.focus();
        pairs.push(['focus ring', getComputedStyle(input).outlineColor, page, 3]);
        return pairs;
      });
      const low = pairs.filter(([, a, b, min]) => !(ratio(a, b) >= min)).map(([what, a, b]) => `${what}: ${a} on ${b}, ${ratio(a, b).toFixed(2)}:1`);
      assert.deepEqual(low, []);
      await page.close();
    });
  }

  it('offers title levels 2 to 5 (6 would put section headings at ARIA level 7)', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/demo/builder.html`, { waitUntil: 'networkidle' });
    const levels = await page.locator('#headingLevel option').evaluateAll((options) => options.map((o) => o.value));
    assert.deepEqual(levels, ['2', '3', '4', '5']);
    await page.close();
  });
});
