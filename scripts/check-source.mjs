// House rules no type-checker sees: nothing that can break or spy on a host page, and no figure
// typed into a catalog (figures come from the facts module, formatted with Intl).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat().filter((f) => f.endsWith('.ts'));
}

const stripComments = (code) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const forbidden = [
  [/\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/, 'HTML from strings'],
  [/\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeStatic\b/, "Lit's unsafe directives"],
  [/\beval\s*\(|new\s+Function\b|setTimeout\s*\(\s*['"`]/, 'code from strings'],
  [/\bfetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|\bimport\s*\(/, 'a network request'],
  [/localStorage|sessionStorage|indexedDB|document\.cookie|caches\./, 'storage or cookies'],
  [/document\.head|document\.adoptedStyleSheets/, 'styles outside the shadow root'],
];

const problems = [];
for (const file of await files(src)) {
  const code = stripComments(await readFile(file, 'utf8'));
  const name = relative(root, file);
  code.split('\n').forEach((line, i) => {
    for (const [pattern, what] of forbidden) if (pattern.test(line)) problems.push(`${name}:${i + 1}: ${what}: ${line.trim()}`);
  });
  if (file.includes(`${join('i18n', 'catalogs')}`)) {
    // Remove interpolations and the import lines; any digit left was typed into a text.
    const texts = code.replace(/^import .*$/gm, '').replace(/\$\{[^}]*\}/g, '').replace(/\\u[0-9a-fA-F]{4}/g, '');
    texts.split('\n').forEach((line, i) => {
      if (/\d/.test(line)) problems.push(`${name}:${i + 1}: a figure typed into a catalog: ${line.trim()}`);
    });
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s).`);
  process.exit(1);
}
console.log('check-source: no unsafe HTML, eval, network, storage or typed figures in src/.');
