// The demo's language switcher, built from the module's own list of languages.
// An external file, so the page keeps its strict Content-Security-Policy (no inline script).
import { LANGUAGES } from '../dist/hip-trial-widgets.js';

const widgets = () => document.querySelectorAll('hip-trial-summary, outcome-bars, outcome-icons, trial-fact-box');
const picker = document.querySelector('#language-picker');
const wanted = new URLSearchParams(location.search).get('lang');

function choose(code) {
  for (const el of widgets()) el.setAttribute('lang', code);
}

if (picker) {
  const current = LANGUAGES.some((l) => l.code === wanted) ? wanted : 'nl';
  for (const { code, name } of LANGUAGES) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'widget-language';
    input.value = code;
    input.checked = code === current;
    input.addEventListener('change', () => choose(code));
    const text = document.createElement('span');
    text.lang = code;
    text.textContent = name;
    label.append(input, text);
    picker.append(label);
  }
  choose(current);
}
