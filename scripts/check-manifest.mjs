// The custom-elements manifest is public API: every element must list its tag, attributes, custom
// properties, parts and events, and the README must document each of them.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../dist/custom-elements.json', import.meta.url), 'utf8'));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const expected = {
  'hip-trial-summary': ['section', 'heading-level', 'chart', 'lang', 'theme'],
  'outcome-bars': ['outcome', 'lang', 'theme'],
  'outcome-icons': ['lang', 'theme'],
  'trial-fact-box': ['lang', 'theme'],
};

const problems = [];
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
for (const [tag, attributes] of Object.entries(expected)) {
  const el = elements.find((d) => d.tagName === tag);
  if (!el) {
    problems.push(`<${tag}>: no declaration with this tagName`);
    continue;
  }
  const names = (el.attributes ?? []).map((a) => a.name);
  for (const a of attributes) if (!names.includes(a)) problems.push(`<${tag}>: attribute "${a}" missing`);
  if (!el.cssProperties?.length) problems.push(`<${tag}>: no custom properties`);
  if (!el.cssParts?.length) problems.push(`<${tag}>: no parts`);
  if (!el.events?.some((e) => e.name === 'hip-trial-invalid')) problems.push(`<${tag}>: event "hip-trial-invalid" missing`);
  for (const doc of [...names, ...(el.cssProperties ?? []).map((p) => p.name), ...(el.cssParts ?? []).map((p) => p.name), ...(el.events ?? []).map((e) => e.name)]) {
    if (!readme.includes(`\`${doc}\``)) problems.push(`<${tag}>: "${doc}" is not documented in README.md`);
  }
}
if (problems.length) {
  console.error(`custom-elements.json / README:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`custom-elements.json: ${elements.length} elements, each with tag, attributes, custom properties, parts and events, all in the README.`);
