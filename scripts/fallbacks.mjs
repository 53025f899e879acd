// The fallback inside each widget of the demo pages, the README's example and the embed page: what a
// reader sees before, or without, JavaScript. Written from the catalogs by the static renderer
// (src/static/html.ts), never by hand: the demo pages get each element's full static text (as the
// builder's snippet has it), the README's example and the embed page one paragraph (the title and
// the study link). Usage: npm run fallbacks     rewrites them
//                         node scripts/fallbacks.mjs --check   lists what is out of date, exit 1 if any
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { attributesOf, loadSource } from './content.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TAGS = 'hip-trial-summary|outcome-bars|outcome-icons|trial-fact-box';
// A widget whose opening and closing tags each stand on a line of their own (or the whole element on
// one line): mentions of a tag inside a sentence are left alone.
const WIDGET = new RegExp(`^([ \\t]*)<(${TAGS})((?:\\s[^>]*)?)>(?:[ \\t]*\\n[\\s\\S]*?^[ \\t]*|.*?)</\\2>[ \\t]*$`, 'gm');

/** Every file with fallbacks, and how each is written. */
async function targets() {
  const { staticHtml, shortFallback } = await loadSource('src/static/html.ts');
  const demo = (await readdir(`${root}demo`)).filter((f) => f.endsWith('.html')).map((f) => `demo/${f}`);
  const widgets = (fallback) => (text) =>
    text.replace(WIDGET, (_, indent, element, attrs) => {
      const options = { element, ...attributesOf(attrs) };
      return `${indent}<${element}${attrs}>\n${indent}  ${fallback(options)}\n${indent}</${element}>`;
    });
  return [
    ...demo.filter((f) => !f.endsWith('builder.html')).map((file) => [file, widgets((options) => staticHtml(options))]),
    ['README.md', widgets((options) => shortFallback(options.lang ?? 'en'))],
    ['src/embed/embed.html', (text) => text.replace(/(<main id="widget">\n)[\s\S]*?(\n\s*<\/main>)/, (_, open, close) => `${open}      ${shortFallback('en', true)}${close}`)],
  ];
}

export async function staleFallbacks({ write = false } = {}) {
  const stale = [];
  for (const [file, rewrite] of await targets()) {
    const path = `${root}${file}`;
    const text = await readFile(path, 'utf8');
    const next = rewrite(text);
    if (next === text) continue;
    stale.push(file);
    if (write) await writeFile(path, next);
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const stale = await staleFallbacks({ write: !check });
  if (check && stale.length) {
    console.error(`Fallbacks out of date (run npm run fallbacks): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(stale.length ? `${check ? 'out of date' : 'rewritten'}: ${stale.join(', ')}` : 'every fallback is as the catalogs write it');
}
