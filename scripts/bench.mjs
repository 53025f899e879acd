// Benchmark: a page with 100 <hip-trial-summary> elements against the very same DOM as static HTML
// (declarative shadow roots with the same styles), in Debian's Chromium. Prints the median time from
// navigation to everything laid out, and the ratio (target: at most 1.5).
// Usage: node scripts/bench.mjs [count=100] [runs=9]
import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, startServer } from '../test/pages/helpers.mjs';

const count = Number(process.argv[2] ?? 100);
const runs = Number(process.argv[3] ?? 9);
const repo = fileURLToPath(new URL('..', import.meta.url));
const root = await mkdtemp(join(tmpdir(), 'hip-trial-bench-'));
await cp(join(repo, 'dist/hip-trial-widgets.js'), join(root, 'hip-trial-widgets.js'));

const paragraph = '<p>An article paragraph between the summaries, as on a real page.</p>';
const done = `<script type="module" src="./done.js"></script>`;
// Both pages end the same way: wait for the elements (if any are custom), force layout, then the next frame.
await writeFile(join(root, 'done.js'), `
const els = [...document.querySelectorAll('hip-trial-summary')];
await Promise.all(els.map((e) => e.updateComplete));
document.body.offsetHeight;
requestAnimationFrame(() => setTimeout(() => { window.__done = performance.now(); }));
`);
const page = (body, head = '') => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>${head}</head><body>${body}${done}</body></html>`;
const langs = ['nl', 'fr', 'de', 'en'];
const elements = Array.from({ length: count }, (_, i) => `<hip-trial-summary lang="${langs[i % 4]}" ${i % 2 ? 'section="results"' : ''}></hip-trial-summary>${paragraph}`);
await writeFile(join(root, 'widgets.html'), page(elements.join('\n'), '<script type="module" src="./hip-trial-widgets.js"></script>'));

const server = await startServer({ root, csp: "default-src 'self' 'unsafe-inline'" });
const browser = await launch();

// The static twin: render once, then write each element's shadow DOM out as declarative shadow DOM.
const tab = await browser.newPage();
await tab.goto(`${server.origin}/widgets.html`);
await tab.waitForFunction(() => window.__done);
const statics = await tab.evaluate(() =>
  [...document.querySelectorAll('hip-trial-summary')].map((el) => {
    const css = [...el.shadowRoot.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
    return `<hip-trial-summary${attrs}><template shadowrootmode="open"><style>${css}</style>${el.shadowRoot.innerHTML}</template></hip-trial-summary>`;
  }),
);
await tab.close();
await writeFile(join(root, 'static.html'), page(statics.map((s) => `${s}${paragraph}`).join('\n')));

async function measure(name) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(`${server.origin}/${name}.html`);
  await p.waitForFunction(() => window.__done, null, { timeout: 30000 });
  const result = await p.evaluate(() => window.__done);
  await context.close();
  return result;
}

const times = { widgets: [], static: [] };
for (let i = 0; i < runs + 1; i++) {
  for (const name of i % 2 ? ['static', 'widgets'] : ['widgets', 'static']) {
    const t = await measure(name);
    if (i > 0) times[name].push(t); // the first round warms the disk cache and the browser
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const w = median(times.widgets);
const s = median(times.static);
console.log(`${count} summaries, median of ${runs} runs in Chromium: widgets ${w.toFixed(0)} ms, same DOM as static HTML ${s.toFixed(0)} ms, ratio ${(w / s).toFixed(2)} (target at most 1.50)`);
await browser.close();
server.server.close();
