// The embed builder page: choices in, live preview and two ready snippets out.
import { LANGUAGES, SECTIONS, CHARTS, OUTCOMES } from '../dist/hip-trial-widgets.js';
import { file, integrity, version } from '../dist/embed-meta.js';
import { CHART_LABELS, ELEMENTS, OUTCOME_LABELS, SECTION_LABELS, attributesFor, iframeSnippet, scriptSnippet } from './builder-lib.js';

const form = document.querySelector('#builder');
const preview = document.querySelector('#preview');
const status = document.querySelector('#status');
const moduleInput = form.elements.namedItem('module');
moduleInput.value = new URL(`../dist/${file}`, location.href).href;
document.querySelector('#version').textContent = version;

function option(select, value, label, selected) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  o.selected = selected;
  select.append(o);
}
function radios(container, name, items, checked) {
  for (const { value, label } of items) {
    const wrap = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.checked = value === checked;
    wrap.append(input, ` ${label}`);
    container.append(wrap);
  }
}

radios(document.querySelector('#element-choice'), 'tag', ELEMENTS.map((e) => ({ value: e.tag, label: e.name })), 'hip-trial-summary');
for (const { code, name } of LANGUAGES) option(form.elements.namedItem('lang'), code, name, code === 'nl');
for (const c of CHARTS) option(form.elements.namedItem('chart'), c, CHART_LABELS[c] ?? c, c === 'bars');
for (const o of OUTCOMES) option(form.elements.namedItem('outcome'), o, OUTCOME_LABELS[o] ?? o, o === 'surgery');
// Levels 2 to 5: with 6 the section headings would be ARIA level 7, which heading keys do not reach.
for (const l of [2, 3, 4, 5]) option(form.elements.namedItem('headingLevel'), String(l), l === 2 ? `h${l} (standaard)` : `h${l}`, l === 2);
const sectionBox = document.querySelector('#sections');
for (const s of SECTIONS) {
  const wrap = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = 'sections';
  input.value = s;
  wrap.append(input, ` ${SECTION_LABELS[s] ?? s}`);
  sectionBox.append(wrap);
}

function choice() {
  const data = new FormData(form);
  return {
    tag: data.get('tag'),
    lang: data.get('lang'),
    sections: data.getAll('sections'),
    chart: data.get('chart'),
    headingLevel: data.get('headingLevel'),
    outcome: data.get('outcome'),
    theme: data.get('theme'),
  };
}

function update() {
  const c = choice();
  for (const el of form.querySelectorAll('[data-for]')) el.hidden = !el.dataset.for.split(' ').includes(c.tag);
  const element = document.createElement(c.tag);
  for (const [name, value] of attributesFor(c)) element.setAttribute(name, value);
  preview.replaceChildren(element);
  const moduleUrl = moduleInput.value.trim();
  document.querySelector('#script-snippet').value = scriptSnippet(c, moduleUrl, integrity);
  document.querySelector('#iframe-snippet').value = iframeSnippet(c, new URL('embed.html', new URL(moduleUrl, location.href)).href);
}

async function copy(button) {
  const area = document.getElementById(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = 'Gekopieerd. Plak de code in uw pagina.';
  } catch {
    // No clipboard access (an older browser, or permission refused): select it for Ctrl+C.
    area.focus();
    area.select();
    status.textContent = 'De code is geselecteerd. Druk op Ctrl+C (of Cmd+C) om te kopiëren.';
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button));
update();
