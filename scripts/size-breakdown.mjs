// Where the bundle's bytes go: builds the module as `npm run build` does, maps every byte of the
// minified output back to its source, and prints per part the raw bytes and the brotli bytes it adds
// (the bundle compressed with and without that part). Usage: npm run size:breakdown
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { SourceMapConsumer } from 'source-map';
import configs, { foldTemplateWhitespace } from '../rollup.config.mjs';
import { brotli, kib } from './measure.mjs';

const kB = (n) => kib(n).padStart(6);

const TEXT = /^text: /;
// The finished content (scripts/texts.mjs) holds one variant a line: "nl-BE": '…', "nl-NL": ["nl-BE", '…'].
const textLines = readFileSync(new URL('../src/i18n/texts.generated.ts', import.meta.url), 'utf8').split('\n');
const part = (source, line) => {
  if (!source) return 'other';
  if (/node_modules\/(lit|@lit|lit-html|lit-element)\//.test(source)) return 'Lit';
  if (/texts\.generated\.ts$/.test(source)) {
    const variant = textLines[line - 1]?.match(/^\s*"([\w-]+)": (\[)?/);
    return variant ? `text: ${variant[1]}${variant[2] ? ' (changes only)' : ''}` : 'language resolution';
  }
  if (/templates\//.test(source)) return 'chart and footer templates';
  if (/elements\//.test(source)) return 'elements';
  if (/trial\/facts/.test(source)) return 'facts';
  if (/i18n\//.test(source)) return 'language resolution';
  if (/embed\//.test(source)) return 'iframe messages';
  if (/attributes\.ts$/.test(source)) return 'attribute checking';
  return 'registration, Trusted Types policy';
};

/** Where each source's css`` templates are, as [line, column] ranges (1-based lines, 0-based columns). */
function cssRanges(content) {
  const ranges = [];
  const position = (index) => {
    const before = content.slice(0, index).split('\n');
    return [before.length, before.at(-1).length];
  };
  for (const m of content.matchAll(/\bcss\s*`[^`]*`/g)) ranges.push([position(m.index), position(m.index + m[0].length)]);
  return ranges;
}
const inside = ([line, column], [[l1, c1], [l2, c2]]) => (line > l1 || (line === l1 && column >= c1)) && (line < l2 || (line === l2 && column < c2));

// The bundle's own configuration; the last step that folds line breaks keeps no source map, so it is
// applied below, to the code and its byte owners alike.
const { input, plugins, output: options } = configs[0];
const mapped = plugins.filter((p) => p.name !== 'fold-template-whitespace');
const bundle = await rollup({ input, plugins: mapped, onwarn: (w, warn) => w.code !== 'SOURCEMAP_BROKEN' && warn(w) });
const { output } = await bundle.generate({ ...options, sourcemap: true });
const chunk = output.find((o) => o.fileName === 'hip-trial-widgets.js');
const { map } = chunk;
// Without the map's comment, which dist/ does not have.
const mappedCode = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');

const owner0 = new Array(mappedCode.length).fill('other');
await SourceMapConsumer.with(map, null, (consumer) => {
  const lineStart = [0];
  for (let i = 0; i < mappedCode.length; i++) if (mappedCode[i] === '\n') lineStart.push(i + 1);
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m));
  // CSS is counted as styles wherever it sits (chart styles, the footer's, the bar chart's reservation).
  const css = new Map();
  const isCss = (m) => {
    if (!m.source || /node_modules/.test(m.source)) return false;
    if (!css.has(m.source)) css.set(m.source, cssRanges(consumer.sourceContentFor(m.source, true) ?? ''));
    return css.get(m.source).some((range) => inside([m.originalLine, m.originalColumn], range));
  };
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const from = lineStart[m.generatedLine - 1] + m.generatedColumn;
    const to = next ? lineStart[next.generatedLine - 1] + next.generatedColumn : mappedCode.length;
    owner0.fill(isCss(m) ? 'styles (CSS)' : part(m.source, m.originalLine), from, to);
  });
});

// Then the fold the build does last (its line breaks in templates become one space), byte owners kept.
const fold = foldTemplateWhitespace().renderChunk;
const kept = [];
mappedCode.replace(/\n\s*|[^]/g, (text, at) => {
  kept.push([text.startsWith('\n') ? fold(text).code : text, owner0[at]]);
  return '';
});
// Rollup ends the file with a line break (brotli happens to be 53 B smaller with it).
kept.push(['\n', 'other']);
const code = kept.map(([text]) => text).join('');
const owner = kept.flatMap(([text, name]) => Array(text.length).fill(name));
if (code !== `${fold(mappedCode).code}\n`) throw new Error('the fold here differs from the build\'s');
const total = brotli(code);
let built = null;
try {
  built = readFileSync(new URL('../dist/hip-trial-widgets.js', import.meta.url), 'utf8');
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
// Raw sizes in bytes (UTF-8), as the file has them, not in string units.
const bytes = (text) => Buffer.byteLength(text);
console.log(`hip-trial-widgets.js: ${kB(bytes(code))} KiB raw, ${kB(total)} KiB brotli${code === built ? ', byte for byte as in dist/' : ', NOT as in dist/ (run npm run build first)'}`);
console.log(`${'part'.padEnd(44)}    raw KiB adds KiB brotli`);
const parts = [...new Set(owner)];
const rows = parts.map((name) => {
  let mine = '';
  let without = '';
  for (let i = 0; i < code.length; i++) owner[i] === name ? (mine += code[i]) : (without += code[i]);
  const raw = bytes(mine);
  return { name, raw, adds: total - brotli(without) };
});
for (const { name, raw, adds } of rows.sort((a, b) => b.adds - a.adds)) console.log(`${name.padEnd(44)}  ${kB(raw)}  ${kB(adds)}`);

// The floor is Lit and the text (every variant's finished words and figures, as JSON) compressed
// together; everything else is what the code adds to it. Budget (issue 14): under 5 KiB.
const only = (keep) => {
  let kept = '';
  for (let i = 0; i < code.length; i++) if (keep(owner[i])) kept += code[i];
  return kept;
};
const floor = brotli(only((name) => name === 'Lit' || TEXT.test(name)));
const lit = brotli(only((name) => name === 'Lit'));
const beyond = total - floor;
console.log(`\nLit alone ${kB(lit)} KiB; Lit and the text together ${kB(floor)} KiB brotli; everything beyond Lit and the text adds ${kB(beyond)} KiB (${beyond.toLocaleString('en')} B): ${beyond < 5 * 1024 ? 'under' : 'over'} the 5 KiB budget.`);
