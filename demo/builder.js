// The embed builder page: choices in, live preview and four ready snippets out, in the editor's language.
import { SECTIONS, CHARTS, OUTCOMES } from '../dist/hip-trial-widgets.js';
import { file, integrity, version } from '../dist/embed-meta.js';
import {
  ELEMENTS,
  TEXT_LANGUAGES,
  UI,
  UI_LANGUAGES,
  attributesFor,
  iframeSnippet,
  normalizeModuleUrl,
  scriptSnippet,
  shortcodeSnippet,
  staticSnippet,
  uiLanguageFor,
} from './builder-lib.js';

const form = document.querySelector('#builder');
const preview = document.querySelector('#preview');
const status = document.querySelector('#status');
const routes = document.querySelector('#routes');
const moduleInput = form.elements.namedItem('module');
const moduleNote = document.querySelector('#module-note');
const uiSelect = document.querySelector('#ui-lang');
moduleInput.value = new URL('../dist/', location.href).href;
document.querySelector('#version').textContent = version;

let ui = UI[uiLanguageFor(document.documentElement.lang)];

const make = (tag, props = {}, children = []) => {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
};
const option = (value, label, selected) => make('option', { value, textContent: label, selected });
const choiceLabel = (type, name, value, label, checked) =>
  make('label', {}, [make('input', { type, name, value, checked }), ` ${label}`]);

/** The choices' widgets, built again in the editor's language; what was chosen stays chosen. */
function buildChoices(keep) {
  document.querySelector('#element-choice').replaceChildren(
    document.querySelector('#element-choice legend'),
    ...ELEMENTS.map(({ tag }) => choiceLabel('radio', 'tag', tag, ui.elements[tag], tag === keep.tag)),
  );
  form.elements.namedItem('lang').replaceChildren(...TEXT_LANGUAGES.map(({ code, name }) => option(code, name, code === keep.lang)));
  document.querySelector('#sections').replaceChildren(
    document.querySelector('#sections legend'),
    ...SECTIONS.map((s) => choiceLabel('checkbox', 'sections', s, ui.sections[s], keep.sections.includes(s))),
  );
  form.elements.namedItem('chart').replaceChildren(...CHARTS.map((c) => option(c, c === 'bars' ? `${ui.charts[c]} (${ui.byDefault})` : ui.charts[c], c === keep.chart)));
  form.elements.namedItem('outcome').replaceChildren(...OUTCOMES.map((o) => option(o, o === 'surgery' ? `${ui.outcomes[o]} (${ui.byDefault})` : ui.outcomes[o], o === keep.outcome)));
  // Levels 2 to 5: with 6 the section headings would be ARIA level 7, which heading keys do not reach.
  form.elements.namedItem('headingLevel').replaceChildren(...[2, 3, 4, 5].map((l) => option(String(l), l === 2 ? `h${l} (${ui.byDefault})` : `h${l}`, String(l) === keep.headingLevel)));
  document.querySelector('#theme-choice').replaceChildren(
    document.querySelector('#theme-choice legend'),
    ...['auto', 'light', 'dark'].map((t) => choiceLabel('radio', 'theme', t, ui.themes[t], t === keep.theme)),
  );
}

/** The page's own words, in the editor's language. */
function applyLanguage(code) {
  ui = UI[code];
  document.documentElement.lang = code;
  document.title = `${ui.title} – hip-trial-widgets`;
  for (const el of document.querySelectorAll('[data-ui]')) el.textContent = ui[el.dataset.ui];
  const keep = choice();
  buildChoices(keep);
  buildRoutes();
  update();
}

function choice() {
  const data = new FormData(form);
  return {
    tag: data.get('tag') ?? 'hip-trial-summary',
    lang: data.get('lang') ?? 'nl',
    sections: data.getAll('sections'),
    chart: data.get('chart') ?? 'bars',
    headingLevel: data.get('headingLevel') ?? '2',
    outcome: data.get('outcome') ?? 'surgery',
    theme: data.get('theme') ?? 'auto',
  };
}

const ROUTES = ['plugin', 'script', 'static', 'iframe'];

/** The four routes, built once per interface language: their titles, when to use them, the code and a copy button. */
function buildRoutes() {
  routes.replaceChildren(
    ...ROUTES.map((key) => {
      const [title] = ui.routes[key];
      const id = `${key}-snippet`;
      const area = make('textarea', { id, readOnly: true, rows: key === 'plugin' ? 2 : 8, spellcheck: false });
      area.setAttribute('aria-describedby', `${key}-when`);
      const button = make('button', { type: 'button', textContent: ui.copy });
      button.dataset.copy = id;
      return make('div', { className: 'route' }, [
        make('h3', {}, [make('label', { htmlFor: id, textContent: title })]),
        make('p', { id: `${key}-when`, className: 'when' }),
        area,
        make('p', {}, [button]),
      ]);
    }),
  );
}

/** A route's code, changed in place so a keyboard user's focus stays where it is; null when the address is wrong. */
function setRoute(key, code) {
  document.getElementById(`${key}-snippet`).value = code ?? '';
  document.querySelector(`[data-copy="${key}-snippet"]`).disabled = code === null;
  const [, when] = ui.routes[key];
  document.getElementById(`${key}-when`).textContent = code === null ? `${when} ${ui.fixAddress}` : when;
}

function update() {
  const c = choice();
  for (const el of form.querySelectorAll('[data-for]')) el.hidden = !el.dataset.for.split(' ').includes(c.tag);
  const element = document.createElement(c.tag);
  for (const [name, value] of attributesFor(c)) element.setAttribute(name, value);
  preview.replaceChildren(element);

  const address = normalizeModuleUrl(moduleInput.value, file);
  moduleInput.setAttribute('aria-invalid', String(Boolean(address.problem)));
  moduleNote.className = `field-note${address.problem ? ' problem' : ''}`;
  moduleNote.textContent = address.problem ? ui.problems[address.problem] : `${ui.uses} ${address.url}${address.local ? ` ${ui.localhost}` : ''}`;
  setRoute('plugin', shortcodeSnippet(c));
  setRoute('script', address.url ? scriptSnippet(c, address.url, integrity) : null);
  setRoute('static', staticSnippet(c));
  setRoute('iframe', address.url ? iframeSnippet(c, new URL('embed.html', address.url).href, ui) : null);
}

async function copy(button) {
  const area = document.getElementById(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = ui.copied;
  } catch {
    // No clipboard access (an older browser, or permission refused): select it for Ctrl+C.
    area.focus();
    area.select();
    status.textContent = ui.selected;
  }
}

uiSelect.replaceChildren(...UI_LANGUAGES.map((code) => option(code, UI[code].name, code === uiLanguageFor(document.documentElement.lang))));
uiSelect.addEventListener('change', () => applyLanguage(uiSelect.value));
form.addEventListener('input', update);
form.addEventListener('change', update);
routes.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  if (button) copy(button);
});
buildChoices({ tag: 'hip-trial-summary', lang: 'nl', sections: [], chart: 'bars', headingLevel: '2', outcome: 'surgery', theme: 'auto' });
applyLanguage(uiLanguageFor(document.documentElement.lang));
