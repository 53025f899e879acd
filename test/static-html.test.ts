import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { SECTIONS } from '../src/i18n/types.js';
import { composeStatic, escapeHtml, staticFragments, staticHtml, STATIC_ELEMENTS } from '../src/static/html.js';
import { fold, shadow } from './helpers.js';
import { VARIANTS } from './wording-policy.js';

/** The static HTML parsed as a page would (DOMParser: tests only, never in src). */
const parse = (markup: string) => new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body;

/**
 * Text as a reader gets it: every text node, hidden or not (a closed details holds text too), with a
 * space between nodes so block boundaries count once, white space folded, none before closing punctuation.
 */
function text(node: Node | null): string {
  const parts: string[] = [];
  if (node) {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) parts.push(t.textContent ?? '');
  }
  return fold(parts.join(' ')).replace(/ (?=[.,)])/g, '').replace(/\( /g, '(');
}

/** What WordPress keeps for an Author (kses, wp_kses_allowed_html('post')), as far as the static route uses it. */
const ALLOWED: Record<string, string[]> = {
  div: ['class', 'lang', 'dir'],
  section: [],
  h2: [], h3: [], h4: [], h5: [], h6: [],
  p: [], ul: [], li: [], strong: [], cite: ['lang'], span: ['lang'],
  a: ['href'],
  details: [], summary: [],
  table: [], caption: [], thead: [], tbody: [], tr: [], th: ['scope'], td: ['colspan'],
};

describe('static HTML (one source of text, three outputs)', () => {
  for (const lang of VARIANTS) {
    it(`${lang}: every section says what the element shows`, async () => {
      for (const slug of SECTIONS) {
        const el = await fixture(html`<hip-trial-summary lang=${lang} section=${slug} chart="none"></hip-trial-summary>`);
        const widget = shadow(el).querySelector('[part~="base"]')!;
        const page = parse(staticHtml({ element: 'hip-trial-summary', lang, section: slug, chart: 'none' }));
        const box = page.querySelector('.hip-trial-static')!;
        expect(box.getAttribute('lang')).to.equal(widget.getAttribute('lang'));
        expect(text(box), `${lang} ${slug}`).to.equal(text(widget));
      }
    });

    it(`${lang}: each chart's names, values, captions and notes are in the static table or list`, async () => {
      const cases = [
        [html`<outcome-bars lang=${lang}></outcome-bars>`, { element: 'outcome-bars', lang }],
        [html`<outcome-bars lang=${lang} outcome="time"></outcome-bars>`, { element: 'outcome-bars', lang, outcome: 'time' }],
        [html`<outcome-icons lang=${lang}></outcome-icons>`, { element: 'outcome-icons', lang }],
        [html`<trial-fact-box lang=${lang}></trial-fact-box>`, { element: 'trial-fact-box', lang }],
      ] as const;
      for (const [template, options] of cases) {
        const root = shadow(await fixture(template));
        const page = text(parse(staticHtml(options)));
        const said = [...root.querySelectorAll('figcaption span, .name, .value, caption, th, td > strong, .count, .note, [part~="disclaimer"]')]
          .map((n) => text(n).replace(/^\((.*)\)$/, '$1'))
          .filter(Boolean);
        expect(said.length, options.element).to.be.greaterThan(5);
        for (const piece of said) expect(page, `${options.element}: "${piece}"`).to.contain(piece);
        for (const label of [...root.querySelectorAll('[role="img"]')].map((n) => fold(n.getAttribute('aria-label') ?? ''))) {
          expect(page).to.contain(label);
        }
      }
    });
  }

  it('uses only what WordPress keeps for an Author: no script, style, SVG, custom element or inline style', () => {
    const seen = new Set<string>();
    for (const lang of VARIANTS) {
      for (const element of STATIC_ELEMENTS) {
        for (const chart of ['bars', 'icons', 'factbox']) {
          const box = parse(staticHtml({ element, lang, chart, 'heading-level': '2' }));
          for (const node of box.querySelectorAll('*')) {
            const tag = node.localName;
            seen.add(tag);
            expect(ALLOWED, `<${tag}>`).to.have.property(tag);
            for (const { name } of node.attributes) expect(ALLOWED[tag], `<${tag} ${name}>`).to.include(name);
          }
        }
      }
    }
    expect([...seen]).to.include.members(['table', 'details', 'h3', 'a', 'ul']);
  });

  it('puts headings at the chosen level, never deeper than h6, and the sections one below', () => {
    for (const [level, title, section] of [['2', 'h2', 'h3'], ['4', 'h4', 'h5'], ['6', 'h6', 'h6'], ['9', 'h2', 'h3'], ['x', 'h2', 'h3']]) {
      const box = parse(staticHtml({ element: 'hip-trial-summary', lang: 'nl', section: 'aim', 'heading-level': level }));
      expect(box.querySelector('.hip-trial-static > :first-child')!.localName, level).to.equal(title);
      expect(box.querySelector('section > :first-child')!.localName, level).to.equal(section);
    }
  });

  it('falls back like the element for wrong values, and always carries the disclaimer and the study', () => {
    const bad = parse(staticHtml({ element: 'hip-trial-sumary', lang: 'xx', section: 'reslts', chart: 'pie', outcome: 'years' }));
    const good = parse(staticHtml({ element: 'hip-trial-summary', lang: 'en' }));
    expect(text(bad)).to.equal(text(good));
    for (const element of STATIC_ELEMENTS) {
      const box = parse(staticHtml({ element, lang: 'de' }));
      expect(text(box)).to.contain('Diese Informationen ersetzen keinen ärztlichen Rat');
      expect(box.querySelector('a[href="https://doi.org/10.1136/annrheumdis-2013-203628"]')).to.exist;
    }
  });

  it('keeps the requested region in lang, with its language’s words', () => {
    const box = parse(composeStatic(staticFragments('fr-BE'), { element: 'outcome-icons' })).querySelector('.hip-trial-static')!;
    expect(box.getAttribute('lang')).to.equal('fr-BE');
    expect(text(box)).to.contain('Sur 100 personnes');
  });

  it('escapes text for content and attributes', () => {
    expect(escapeHtml('<a href="x">Q&A</a>')).to.equal('&lt;a href=&quot;x&quot;&gt;Q&amp;A&lt;/a&gt;');
  });
});
