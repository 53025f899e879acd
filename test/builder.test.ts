import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import {
  attributesFor,
  iframeSnippet,
  normalizeModuleUrl,
  reserveStyle,
  scriptSnippet,
  shortcodeSnippet,
  staticSnippet,
  STUDY_URL,
  TEXT_LANGUAGES,
  UI,
  UI_LANGUAGES,
  uiLanguageFor,
} from '../demo/builder-lib.js';
import { staticHtml } from '../src/static/html.js';
import { CHARTS, OUTCOMES, SECTIONS } from '../src/index.js';
import { shadow, visibleText } from './helpers.js';

const meta = (await import(new URL('../dist/embed-meta.js', import.meta.url).href)) as { file: string; integrity: string; version: string };
const moduleUrl = new URL(`../dist/${meta.file}`, import.meta.url).href;

const parse = (snippet: string) => new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html').body;

const choices = [
  { tag: 'hip-trial-summary', lang: 'fr', sections: ['results', 'meaning'], chart: 'icons', headingLevel: '3', outcome: 'surgery', theme: 'auto' },
  { tag: 'hip-trial-summary', lang: 'nl', sections: [], chart: 'bars', headingLevel: '2', outcome: 'surgery', theme: 'dark' },
  { tag: 'outcome-bars', lang: 'de', sections: [], chart: 'bars', headingLevel: '2', outcome: 'time', theme: 'light' },
  { tag: 'outcome-icons', lang: 'en', sections: ['aim'], chart: 'factbox', headingLevel: '5', outcome: 'time', theme: 'auto' },
  { tag: 'trial-fact-box', lang: 'nl', sections: [], chart: 'none', headingLevel: '2', outcome: 'surgery', theme: 'auto' },
];

describe('embed builder snippets', () => {
  it('the integrity hash is the SHA-384 of the pinned file', async () => {
    expect(meta.file).to.equal(`hip-trial-widgets@${meta.version}.js`);
    const bytes = await (await fetch(moduleUrl)).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    const base64 = btoa(String.fromCharCode(...digest));
    expect(meta.integrity).to.equal(`sha384-${base64}`);
  });

  for (const choice of choices) {
    const label = `${choice.tag} ${choice.lang} ${attributesFor(choice).map(([n, v]) => `${n}=${v}`).join(' ')}`;

    it(`script snippet: ${label}`, async () => {
      const body = parse(scriptSnippet(choice, moduleUrl, meta.integrity));
      const script = body.querySelector('script')!;
      expect(script.type).to.equal('module');
      expect(script.getAttribute('src')).to.equal(moduleUrl);
      expect(script.getAttribute('src')).to.contain(`@${meta.version}.js`);
      expect(script.getAttribute('integrity')).to.equal(meta.integrity);
      expect(script.getAttribute('crossorigin')).to.equal('anonymous');
      const element = body.querySelector(choice.tag)!;
      expect([...element.attributes].map((a) => [a.name, a.value])).to.deep.equal(attributesFor(choice));
      expect(element.getAttribute('lang')).to.equal(choice.lang);
      if (choice.tag === 'hip-trial-summary' && choice.sections.length) expect(element.getAttribute('section')).to.equal(choice.sections.join(' '));
      if (choice.tag === 'outcome-bars') expect(element.getAttribute('outcome')).to.equal('time');
      if (choice.theme !== 'auto') expect(element.getAttribute('theme')).to.equal(choice.theme);
      // The fallback is the full static text of the same choice, study link included.
      const fallback = element.querySelector<HTMLElement>('.hip-trial-static')!;
      expect(fallback.textContent).to.equal(parse(staticSnippet(choice)).querySelector('.hip-trial-static')!.textContent);
      expect(fallback.querySelector(`a[href="${STUDY_URL}"]`)).to.exist;

      // Pasted into a page where the module runs, it renders in the chosen language.
      const host = await fixture(html`<div></div>`);
      host.append(element);
      await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(shadow(element).querySelector('[part~="base"]')!.getAttribute('lang')!.slice(0, 2)).to.equal(choice.lang);
      expect(fallback.getClientRects().length, 'the fallback is hidden once rendered').to.equal(0);
    });

    it(`iframe snippet: ${label}`, () => {
      const embedUrl = new URL('../dist/embed.html', import.meta.url).href;
      const frame = parse(iframeSnippet(choice, embedUrl)).querySelector('iframe')!;
      const src = new URL(frame.getAttribute('src')!);
      expect(src.pathname).to.match(/\/dist\/embed\.html$/);
      expect(src.searchParams.get('element')).to.equal(choice.tag);
      for (const [name, value] of attributesFor(choice)) expect(src.searchParams.get(name)).to.equal(value);
      expect(frame.getAttribute('title')!.length).to.be.greaterThan(10);
      expect(frame.getAttribute('loading')).to.equal('lazy');
      expect(Number(frame.getAttribute('height'))).to.be.within(300, 20000);
      expect(frame.hasAttribute('data-hip-trial-embed')).to.equal(true);
      // No inline width limit: the theme's column decides.
      expect(frame.getAttribute('style')).not.to.match(/width/);
    });
  }

  it('writes the attributes an editor chose, literally, and leaves defaults out', () => {
    const summary = scriptSnippet(choices[0], moduleUrl, meta.integrity);
    expect(summary).to.contain('<hip-trial-summary lang="fr" section="results meaning" chart="icons" heading-level="3">');
    const dark = scriptSnippet(choices[1], moduleUrl, meta.integrity);
    expect(dark).to.contain('<hip-trial-summary lang="nl" theme="dark">');
    const bars = scriptSnippet(choices[2], moduleUrl, meta.integrity);
    expect(bars).to.contain('<outcome-bars lang="de" outcome="time" theme="light">');
    // Choices that do not apply to an element are not written on it.
    expect(scriptSnippet(choices[3], moduleUrl, meta.integrity)).to.contain('<outcome-icons lang="en">');
  });

  it('keeps room for the chosen element until the module runs, with the style the README recommends', async () => {
    for (const choice of choices) {
      const body = parse(scriptSnippet(choice, moduleUrl, meta.integrity));
      const style = body.querySelector('style');
      expect(style, choice.tag).to.not.equal(null);
      expect(style!.textContent).to.contain(`${choice.tag}:not(:defined)`);
    }
    // Applied to a tag nobody defines, it reserves a screen's height; once defined, nothing.
    const host = await fixture(html`<div></div>`);
    const probe = parse(reserveStyle('late-outcome-bars')).querySelector('style')!;
    host.append(probe, document.createElement('late-outcome-bars'));
    const pending = host.querySelector('late-outcome-bars')!;
    expect(pending.getBoundingClientRect().height).to.be.greaterThan(window.innerWidth >= 640 ? 400 : window.innerHeight - 1);
    customElements.define('late-outcome-bars', class extends HTMLElement {});
    expect(pending.getBoundingClientRect().height).to.equal(0);
  });

  it('speaks the editor’s language: every interface text in nl, fr, de and en, none empty, none left in another language', () => {
    expect(UI_LANGUAGES).to.deep.equal(['nl', 'fr', 'de', 'en']);
    const keys = (value: unknown, path = ''): string[] =>
      typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, `${path}.${k}`)) : [path];
    const english = keys(UI.en).sort();
    for (const code of UI_LANGUAGES) {
      const ui = UI[code as keyof typeof UI];
      expect(keys(ui).sort(), code).to.deep.equal(english);
      for (const [values, names] of [[SECTIONS, ui.sections], [CHARTS, ui.charts], [OUTCOMES, ui.outcomes]] as const) {
        for (const value of values) expect((names as Record<string, string>)[value], `${code} ${value}`).to.be.a('string').and.not.equal(value);
      }
      if (code !== 'en') expect(ui.copy).not.to.equal(UI.en.copy);
      if (code !== 'nl') expect(ui.copy).not.to.equal(UI.nl.copy);
    }
    expect(uiLanguageFor('fr-BE')).to.equal('fr');
    expect(uiLanguageFor('nl-NL')).to.equal('nl');
    expect(uiLanguageFor('es')).to.equal('en');
    expect(TEXT_LANGUAGES.map((l) => l.code)).to.include.members(['nl', 'nl-NL', 'fr', 'de', 'en', 'en-US']);
  });

  it('takes a folder or a file address, makes it whole, and names in words what is wrong', () => {
    const file = meta.file;
    expect(normalizeModuleUrl('https://cdn.example.org/hip/dist', file)).to.deep.equal({ url: `https://cdn.example.org/hip/dist/${file}`, local: false });
    expect(normalizeModuleUrl(' https://cdn.example.org/hip/dist/ ', file).url).to.equal(`https://cdn.example.org/hip/dist/${file}`);
    expect(normalizeModuleUrl('https://cdn.example.org/x/hip-trial-widgets.js?v=1#a', file).url).to.equal('https://cdn.example.org/x/hip-trial-widgets.js');
    expect(normalizeModuleUrl('http://127.0.0.1:8000/dist', file)).to.deep.equal({ url: `http://127.0.0.1:8000/dist/${file}`, local: true });
    for (const [raw, problem] of [
      ['', 'empty'],
      ['   ', 'empty'],
      ['ask IT', 'notUrl'],
      ['/dist/hip-trial-widgets.js', 'relative'],
      ['../dist', 'relative'],
      ['cdn.example.org/hip/dist', 'noScheme'],
      ['http://cdn.example.org/dist', 'notHttps'],
      ['ftp://cdn.example.org/dist', 'notUrl'],
      ['javascript:alert(1)', 'notUrl'],
    ]) {
      expect(normalizeModuleUrl(raw, file), raw).to.deep.equal({ problem });
      for (const code of UI_LANGUAGES) expect(UI[code as keyof typeof UI].problems[problem as keyof typeof UI.en.problems], `${code} ${problem}`).to.be.a('string');
    }
  });

  it('writes the WordPress shortcode with the element’s attribute names and values', () => {
    expect(shortcodeSnippet(choices[0])).to.equal('[hip_trial element="hip-trial-summary" lang="fr" section="results meaning" chart="icons" heading-level="3"]');
    expect(shortcodeSnippet(choices[2])).to.equal('[hip_trial element="outcome-bars" lang="de" outcome="time" theme="light"]');
    expect(shortcodeSnippet({ ...choices[4], lang: 'nl"] [evil' })).to.equal('[hip_trial element="trial-fact-box" lang="nl evil"]');
  });

  it('writes the static HTML of the choice, the same as the static route', () => {
    expect(staticSnippet(choices[0])).to.equal(staticHtml({ element: 'hip-trial-summary', lang: 'fr', section: 'results meaning', chart: 'icons', 'heading-level': '3' }));
    expect(parse(staticSnippet(choices[2])).querySelector('.hip-trial-static')!.textContent).to.contain('5,4');
  });

  it('escapes a module address an editor typed', () => {
    const snippet = scriptSnippet(choices[0], 'https://example.test/a"><script>alert(1)</script>', meta.integrity);
    const body = parse(snippet);
    expect(body.querySelectorAll('script')).to.have.length(1);
    expect(body.querySelector('script')!.getAttribute('src')).to.equal('https://example.test/a"><script>alert(1)</script>');
  });
});

describe('fallback content (progressive enhancement)', () => {
  it('shows before the element is defined, and is hidden from view and screen readers after', async () => {
    const host = await fixture(html`<div>
      <late-hip-summary lang="nl" section="aim"><p>Oefentherapie stelt een nieuwe heup mogelijk uit. <a href=${STUDY_URL}>Lees de studie</a></p></late-hip-summary>
    </div>`);
    const el = host.querySelector('late-hip-summary')!;
    const fallback = el.querySelector('p')!;
    expect(fallback.getClientRects().length, 'visible before').to.be.greaterThan(0);
    expect(visibleText(el)).to.contain('Lees de studie');
    const { HipTrialSummary } = await import('../src/index.js');
    customElements.define('late-hip-summary', class extends HipTrialSummary {});
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(fallback.getClientRects().length, 'no box after').to.equal(0);
    expect(shadow(el).querySelector('slot'), 'nothing projects the fallback').to.equal(null);
    expect(visibleText(shadow(el).querySelector('[part~="title"]'))).to.contain('Oefentherapie');
    await expect(el).to.be.accessible();
  });
});
