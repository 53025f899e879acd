import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { formatters, variantOf } from '../src/i18n/format.js';
import { FIGURES } from '../src/i18n/figures.generated.js';
import { CHARTS } from '../src/attributes.js';
import { captureWarnings, shadow, visibleText } from './helpers.js';

// The figures are formatted at build time (scripts/figures.mjs) and looked up at run time: these tests
// fail if a text or chart asks for a figure the build did not put in the table.
const VARIANTS = ['nl-BE', 'nl-NL', 'fr', 'de', 'en-GB', 'en-US'];
const TAGS_OF_PAGE = ['nl', 'nl-BE', 'nl-NL', 'fr', 'fr-BE', 'de', 'de-AT', 'en', 'en-GB', 'en-US', 'en-AU'];

describe('figures table', () => {
  it('has a table for each locale variant the catalogs write', () => {
    expect(Object.keys(FIGURES)).to.have.members(VARIANTS);
    for (const tag of VARIANTS) expect(Object.keys(FIGURES[tag]).length, tag).to.be.greaterThan(20);
  });

  it('uses a region’s own table where it has one, else its language’s', () => {
    expect(['nl-BE', 'nl-NL', 'nl-SR', 'fr-BE', 'fr-CH', 'de-AT', 'de-CH', 'en-US', 'en-AU'].map(variantOf)).to.deep.equal([
      'nl-BE', 'nl-NL', 'nl-BE', 'fr', 'fr', 'de', 'de', 'en-US', 'en-GB',
    ]);
    // fr-BE formats as French does, and keeps its own tag.
    expect(formatters('fr-BE').years(5.4)).to.equal('5,4\u00a0ans');
    expect(formatters('fr-BE').locale).to.equal('fr-BE');
  });

  it('binds each number to its unit with a no-break space', () => {
    for (const tag of VARIANTS) {
      for (const [key, value] of Object.entries(FIGURES[tag])) {
        if (/^(years|weeks|months)\(/.test(key)) expect(value, `${tag} ${key}`).to.match(/\d\u00a0\D/);
      }
    }
  });

  it('warns once and shows the bare number for a figure the build did not see', () => {
    const warnings = captureWarnings();
    try {
      const f = formatters('de');
      expect(f.count(123456)).to.equal('123456');
      expect(f.count(123456)).to.equal('123456');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('count(123456)').and.contain('figures table of de');
    } finally {
      warnings.restore();
    }
  });

  for (const lang of TAGS_OF_PAGE) {
    it(`${lang}: every element and option renders every figure from the table`, async () => {
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
        expect(warnings.messages.filter((m) => m.includes('figures table'))).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  }
});
