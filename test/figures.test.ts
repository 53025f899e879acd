import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { variantContent, matchLanguage, variantOf } from '../src/i18n/locale.js';
import { sourceContents, variantFor, VARIANTS } from '../src/i18n/source.js';
import { CONTENT } from '../src/i18n/texts.generated.js';
import { CHARTS } from '../src/attributes.js';
import { captureWarnings, shadow, visibleText } from './helpers.js';

// The content is finished at build time (scripts/texts.mjs runs the catalogs with Node's Intl) and the
// bundle carries it as data. These tests run the same catalogs with this browser's Intl and hold the
// bundle's content to it, figure for figure, in every variant.
const TAGS_OF_PAGE = ['nl', 'nl-BE', 'nl-NL', 'fr', 'fr-BE', 'de', 'de-AT', 'en', 'en-GB', 'en-US', 'en-AU'];

/** Every string in a piece of content, with where it is. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('finished content', () => {
  it('has the content of each locale variant the catalogs write', () => {
    expect(Object.keys(CONTENT)).to.have.members(VARIANTS.map((v) => v.tag));
    expect(VARIANTS.map((v) => v.tag)).to.have.members(['nl-BE', 'nl-NL', 'fr', 'de', 'de-CH', 'en-GB', 'en-US']);
  });

  it('is what the catalogs write with this browser’s Intl, in every variant', () => {
    const here = sourceContents();
    for (const { tag } of VARIANTS) expect(variantContent(tag), tag).to.deep.equal(here[tag]);
  });

  it('gives a region its own variant where it has one, else its language’s, and keeps its tag', () => {
    expect(['nl-BE', 'nl-NL', 'nl-SR', 'fr-BE', 'fr-CH', 'de-AT', 'de-CH', 'en-US', 'en-AU', 'xx-YY'].map(variantOf)).to.deep.equal([
      'nl-BE', 'nl-NL', 'nl-BE', 'fr', 'fr', 'de', 'de-CH', 'en-US', 'en-GB', 'en-GB',
    ]);
    // The build's list of variants picks alike.
    expect(['nl-SR', 'fr-BE', 'en-US', 'xx-YY'].map((tag) => variantFor(tag).tag)).to.deep.equal(['nl-BE', 'fr', 'en-US', 'en-GB']);
    const frBE = matchLanguage('fr-BE').locale;
    expect(frBE.tag).to.equal('fr-BE');
    expect(frBE.content).to.equal(variantContent('fr'));
    expect(frBE.content.bars.time.rows[0].value).to.contain('5,4\u00a0ans');
  });

  it('binds each number to its unit with a no-break space', () => {
    const unit = /\d[ \t](jaar|jaren|weken|maanden|ans|an|semaines|mois|Jahre|Jahren|Wochen|Monate|Monaten|years|weeks|months|%)(?!\p{L})/u;
    for (const { tag } of VARIANTS) {
      const all = strings(variantContent(tag));
      expect(all.length, tag).to.be.greaterThan(100);
      for (const [path, s] of all) expect(s, `${tag}${path}`).not.to.match(unit);
    }
  });

  for (const lang of TAGS_OF_PAGE) {
    it(`${lang}: every element and option renders, without a warning`, async () => {
      const warnings = captureWarnings();
      try {
        const els = await fixture<HTMLElement>(html`<div lang=${lang}>
          ${CHARTS.map((chart) => html`<hip-trial-summary chart=${chart}></hip-trial-summary>`)}
          <outcome-bars outcome="surgery"></outcome-bars><outcome-bars outcome="time"></outcome-bars>
          <outcome-icons></outcome-icons><trial-fact-box></trial-fact-box>
        </div>`);
        const widgets = [...els.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
        await Promise.all(widgets.map((w) => w.updateComplete));
        for (const w of widgets) expect(visibleText(shadow(w).querySelector('[part~="base"]')), w.localName).to.not.equal('');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  }
});
