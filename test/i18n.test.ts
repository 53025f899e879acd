import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { HipTrialSummary } from '../src/index.js';
import { TrialElement } from '../src/elements/trial-element.js';
import { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from '../src/i18n/locale.js';
import { sourceLocale } from '../src/i18n/source.js';
import { de } from '../src/i18n/catalogs/de.js';
import { en } from '../src/i18n/catalogs/en.js';
import { fr } from '../src/i18n/catalogs/fr.js';
import { nl } from '../src/i18n/catalogs/nl.js';
import type { Formatters } from '../src/i18n/intl-format.js';
import { SECTIONS, type Catalog } from '../src/i18n/types.js';
import { citation, trial } from '../src/trial/facts.js';
import { captureWarnings, fold, shadow, visibleText } from './helpers.js';
import { POLICY } from './wording-policy.js';

interface Expected {
  tag: string;
  /** Figures as a reader of that language sees them (whitespace folded to one space). */
  figures: string[];
  /** Wordings the study contradicts: "after six years", "advanced" (the policy's list). */
  never: readonly string[];
  /** A word that proves the language. */
  word: string;
}

const expected: Record<LanguageCode, Expected> = {
  nl: {
    tag: 'nl-BE',
    figures: ['109 mensen', '55 en een groep van 54', '22 van de 55', '31 van de 54', '40%', '57%', '5,4 jaar', '3,5 jaar', '3,5 tot 6 jaar', '12 weken', '2 tot 3 keer per week'],
    never: POLICY.nl.contradicted,
    word: 'kinesitherapeut',
  },
  fr: {
    tag: 'fr',
    figures: ['109 personnes', '55 et un groupe de 54', '22 personnes sur 55', '31 personnes sur 54', '40 %', '57 %', '5,4 ans', '3,5 ans', '3,5 à 6 ans', '12 semaines', '2 à 3 séances encadrées par semaine'],
    never: POLICY.fr.contradicted,
    word: 'kinésithérapeute',
  },
  de: {
    tag: 'de',
    figures: ['109 Menschen', 'mit 55 und eine mit 54', '22 von 55', '31 von 54', '40 %', '57 %', '5,4 Jahre', '3,5 Jahre', '3,5 bis 6 Jahre', '12 Wochen', '2- bis 3-mal pro Woche'],
    never: POLICY.de.contradicted,
    word: 'Physiotherapeut',
  },
  en: {
    tag: 'en-GB',
    figures: ['109 people', 'one group of 55 people and one of 54', '22 of 55', '31 of 54', '40%', '57%', '5.4 years', '3.5 years', '3.5 to 6 years', '12 weeks', '2 to 3 times a week'],
    never: POLICY.en.contradicted,
    word: 'physiotherapist',
  },
};

const catalogs: Record<LanguageCode, Catalog> = { nl, fr, de, en };
const textsOf = (code: LanguageCode) => sourceLocale(code).texts;
const titleIn = (code: LanguageCode) => fold(textsOf(code).title);

async function render(lang: string | null, section = '') {
  const el = await fixture<HipTrialSummary>(
    lang === null
      ? html`<hip-trial-summary section=${section}></hip-trial-summary>`
      : html`<hip-trial-summary lang=${lang} section=${section}></hip-trial-summary>`,
  );
  await el.updateComplete;
  return el;
}
const base = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
const titleOf = (el: Element) => visibleText(shadow(el).querySelector('[part~="title"]'));

/** The regions a catalog words or spells differently (nl-NL, de-CH, en-US), the Belgian one, and none. */
const REGIONS = [undefined, 'NL', 'CH', 'US', 'BE'];

/** Every string of every regional variant of a language's catalog, with the given formatters. */
const stringsOfEveryVariant = (code: LanguageCode, f: Formatters, sample?: string) =>
  REGIONS.map((region) => allStrings(catalogs[code]({ trial, citation, f }, region), sample));

/** Every string of a catalog, functions called with `sample` for each of their parameters. */
function allStrings(value: unknown, sample = 'YEAR'): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (...args: string[]) => string;
    return [String(fn(...Array<string>(Math.max(1, fn.length)).fill(sample)))];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap((v) => allStrings(v, sample));
  return [];
}

/** These tests change <html lang>; each gets the page's own value back afterwards. */
function restoreHtmlLangAfterEach(): void {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });
}

describe('languages', () => {
  it('exports the supported languages with their own names', () => {
    expect(LANGUAGES).to.deep.equal([
      { code: 'nl', name: 'Nederlands' },
      { code: 'fr', name: 'Français' },
      { code: 'de', name: 'Deutsch' },
      { code: 'en', name: 'English' },
    ]);
  });

  for (const code of LANGUAGE_CODES) {
    const want = expected[code];
    describe(code, () => {
      it('renders every section in that language, under its own heading', async () => {
        const texts = textsOf(code);
        for (const slug of SECTIONS) {
          const el = await render(code, slug);
          expect(base(el).getAttribute('lang')).to.equal(want.tag);
          const heading = shadow(el).querySelector(`[data-section="${slug}"] [part~="heading"]`);
          expect(visibleText(heading)).to.equal(fold(texts.sections[slug].heading));
          expect(visibleText(shadow(el).querySelector(`[data-section="${slug}"]`)).length).to.be.greaterThan(40);
        }
      });

      it('shows every figure formatted for that language', async () => {
        const text = visibleText(base(await render(code)));
        for (const figure of want.figures) expect(text, figure).to.contain(figure);
        expect(text).to.contain(want.word);
      });

      it('never says what the study contradicts, in any text, chart or regional variant', async () => {
        const renders = [
          await render(code),
          await fixture(html`<hip-trial-summary lang=${code} section="results" chart="icons"></hip-trial-summary>`),
          await fixture(html`<hip-trial-summary lang=${code} section="results" chart="factbox"></hip-trial-summary>`),
          await fixture(html`<outcome-bars lang=${code} outcome="time"></outcome-bars>`),
          await fixture(html`<outcome-bars lang=${code}></outcome-bars>`),
          await fixture(html`<outcome-icons lang=${code}></outcome-icons>`),
          await fixture(html`<trial-fact-box lang=${code}></trial-fact-box>`),
        ];
        const texts = renders.map((el) => fold(shadow(el).textContent ?? ''));
        texts.push(...stringsOfEveryVariant(code, sourceLocale(code).f).flat().map(fold));
        expect(texts.join(' ').length).to.be.greaterThan(3000);
        for (const text of texts) {
          for (const wrong of want.never) expect(text.toLowerCase(), text).not.to.contain(wrong.toLowerCase());
        }
      });

      it('keeps a number and its unit on one line', async () => {
        const raw = shadow(await render(code, 'results')).textContent ?? '';
        const percent = sourceLocale(code).f.percent(0.4);
        expect(raw).to.contain(percent);
        // Where the language puts a space before %, it is a no-break space: "40" never ends a line.
        if (/\s%/.test(percent)) expect(percent).to.match(/\d[\u00a0\u202f]%$/);
        expect(raw).not.to.match(/\d %/);
      });

      it('does not mix in another language', async () => {
        const text = visibleText(base(await render(code)));
        const own = new Set(allStrings(textsOf(code)));
        for (const other of LANGUAGE_CODES.filter((c) => c !== code)) {
          const t = textsOf(other);
          const markers = [t.title, t.lead, t.disclaimer, ...SECTIONS.map((s) => t.sections[s].heading), t.labels.corrections]
            .filter((s) => !own.has(s))
            .map(fold);
          for (const marker of markers) expect(text, `${other} text in a ${code} render`).not.to.contain(marker);
        }
      });

      it('passes axe', async () => {
        await expect(await render(code)).to.be.accessible();
      });

      it('has every text, none empty', () => {
        for (const strings of stringsOfEveryVariant(code, sourceLocale(code).f)) {
          expect(strings.length).to.be.greaterThan(40);
          for (const s of strings) expect(s.trim(), 'an empty text').not.to.equal('');
        }
      });

      it('types no figure: every number comes from the facts through a formatter', () => {
        const hidden = '#';
        const blind: Formatters = {
          locale: code,
          count: () => hidden,
          decimal: () => hidden,
          percent: () => hidden,
          years: () => hidden,
          ratio: () => hidden,
          weeks: () => hidden,
          months: () => hidden,
          monthOfYear: () => hidden,
          calendarYear: () => hidden,
          plural: (_n, one) => one,
        };
        // Functions get '#' for every parameter, so what they add around it is checked too.
        for (const strings of stringsOfEveryVariant(code, blind, hidden)) {
          expect(strings.length).to.be.greaterThan(40);
          for (const s of strings) expect(s, 'a digit typed into a text').not.to.match(/\d/);
        }
      });
    });
  }
});

describe('region variants', () => {
  it('nl-NL uses the Netherlands’ words, nl and nl-BE the Flemish ones', async () => {
    const nlNL = visibleText(base(await render('nl-NL')));
    expect(nlNL).to.contain('fysiotherapeut').and.not.to.contain('kinesitherapeut');
    expect(nlNL).to.contain('informatiebijeenkomsten').and.not.to.contain('infosessies');
    expect(nlNL).to.contain('Heeft u');
    for (const flemish of ['nl', 'nl-BE']) {
      const text = visibleText(base(await render(flemish)));
      expect(text).to.contain('kinesitherapeut').and.not.to.contain('fysiotherapeut');
      expect(text).to.contain('Hebt u');
    }
  });

  it('de-CH writes ss, never ß, with the figures Swiss German text writes (5,4 Jahre, 40 %)', async () => {
    const swiss = visibleText(base(await render('de-CH')));
    const german = visibleText(base(await render('de')));
    expect(german).to.contain('ß');
    expect(swiss).not.to.contain('ß');
    expect(swiss).to.contain('grosse Operation').and.to.contain('5,4 Jahre').and.to.contain('40 %');
    expect(swiss.replace(/ss/g, 'ß')).to.equal(german.replace(/ss/g, 'ß'));
    expect(base(await render('de-CH')).getAttribute('lang')).to.equal('de-CH');
  });

  it('en-US uses American words, en-GB British ones', async () => {
    const us = visibleText(base(await render('en-US')));
    expect(us).to.contain('physical therapist').and.to.contain('randomized').and.to.contain('exercise program ');
    const gb = visibleText(base(await render('en-GB')));
    expect(gb).to.contain('physiotherapist').and.to.contain('randomised').and.to.contain('exercise programme');
  });

  for (const [tag, code, rendered] of [
    ['fr-BE', 'fr', 'fr-BE'],
    ['de-AT', 'de', 'de-AT'],
    ['en-GB', 'en', 'en-GB'],
    ['nl-be', 'nl', 'nl-BE'],
    ['FR', 'fr', 'fr'],
  ] as const) {
    it(`${tag} renders ${code} and is marked lang="${rendered}"`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(tag);
        expect(base(el).getAttribute('lang')).to.equal(rendered);
        expect(titleOf(el)).to.equal(titleIn(code));
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  }
});

describe('language resolution', () => {
  restoreHtmlLangAfterEach();

  it('uses the element’s own lang before its ancestors’', async () => {
    const wrapper = await fixture(html`<div lang="de"><hip-trial-summary lang="fr"></hip-trial-summary></div>`);
    const el = wrapper.querySelector('hip-trial-summary')!;
    await el.updateComplete;
    expect(titleOf(el)).to.equal(titleIn('fr'));
  });

  it('uses the nearest ancestor’s lang', async () => {
    const wrapper = await fixture(html`<section lang="nl"><div lang="de"><p><hip-trial-summary></hip-trial-summary></p></div></section>`);
    const el = wrapper.querySelector('hip-trial-summary')!;
    await el.updateComplete;
    expect(titleOf(el)).to.equal(titleIn('de'));
  });

  it('finds the lang of a host element across a shadow root', async () => {
    const host = await fixture(html`<div lang="fr"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('hip-trial-summary');
    root.append(el);
    await el.updateComplete;
    expect(titleOf(el)).to.equal(titleIn('fr'));
  });

  it('uses <html lang> when nothing closer says', async () => {
    document.documentElement.setAttribute('lang', 'de-CH');
    const el = await render(null);
    expect(titleOf(el)).to.equal(titleIn('de'));
    expect(base(el).getAttribute('lang')).to.equal('de-CH');
  });

  it('falls back to English, without a warning, when no lang is set anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    const warnings = captureWarnings();
    try {
      const el = await render(null);
      expect(titleOf(el)).to.equal(titleIn('en'));
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  for (const bad of ['', 'xx', '123', 'fr_BE', 'es', 'zh-Hant-TW']) {
    it(`lang="${bad}" renders English and warns once, naming it and the supported languages`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(bad);
        expect(titleOf(el)).to.equal(titleIn('en'));
        expect(base(el).getAttribute('lang')).to.equal('en-GB');
        el.section = 'results';
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`"${bad}"`).and.to.contain('"nl", "fr", "de", "en"');
      } finally {
        warnings.restore();
      }
    });
  }

  it('an unsupported <html lang> also falls back to English with one warning', async () => {
    document.documentElement.setAttribute('lang', 'es');
    const warnings = captureWarnings();
    try {
      const el = await render(null);
      expect(titleOf(el)).to.equal(titleIn('en'));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"es"');
    } finally {
      warnings.restore();
    }
  });
});

describe('live language changes', () => {
  restoreHtmlLangAfterEach();

  /** Waits for the MutationObserver's notice and the re-render it asks for. */
  const settle = async (el: HipTrialSummary) => {
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  };

  it('re-renders when the element’s own lang changes', async () => {
    const el = await render('nl');
    el.setAttribute('lang', 'fr');
    await settle(el);
    expect(titleOf(el)).to.equal(titleIn('fr'));
    expect(base(el).getAttribute('lang')).to.equal('fr');
    el.lang = 'de';
    await settle(el);
    expect(titleOf(el)).to.equal(titleIn('de'));
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const wrapper = await fixture(html`<div lang="nl"><hip-trial-summary></hip-trial-summary></div>`);
    const el = wrapper.querySelector('hip-trial-summary')!;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'en');
    await settle(el);
    expect(titleOf(el)).to.equal(titleIn('en'));
  });

  it('re-renders when <html lang> changes', async () => {
    document.documentElement.setAttribute('lang', 'nl');
    const el = await render(null);
    expect(titleOf(el)).to.equal(titleIn('nl'));
    document.documentElement.setAttribute('lang', 'fr-BE');
    await settle(el);
    expect(titleOf(el)).to.equal(titleIn('fr'));
  });

  describe('anywhere on the page, and only where it matters', () => {
    /** Counts every render of every element of the library, per element, until restored. */
    let renders: Map<Element, number>;
    let restore: () => void;
    beforeEach(() => {
      renders = new Map();
      const proto = TrialElement.prototype as unknown as { update(changed: unknown): void };
      const own = Object.getOwnPropertyDescriptor(proto, 'update');
      const inherited = Object.getPrototypeOf(proto).update as (changed: unknown) => void;
      proto.update = function (this: Element, changed: unknown) {
        renders.set(this, (renders.get(this) ?? 0) + 1);
        inherited.call(this, changed);
      };
      restore = () => (own ? Object.defineProperty(proto, 'update', own) : delete (proto as Partial<typeof proto>).update);
    });
    afterEach(() => restore());

    /** Lets every MutationObserver notice and every re-render it asked for finish. */
    const settleAll = async (...els: Element[]) => {
      await new Promise((r) => setTimeout(r, 20));
      await Promise.all(els.map((el) => (el as TrialElement).updateComplete));
    };
    const total = () => [...renders.values()].reduce((a, b) => a + b, 0);
    const langOf = (el: Element) => base(el).getAttribute('lang');

    /** A site's own component whose shadow root holds <div lang="nl"><trial-fact-box>. */
    class SiteCard extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'open' });
        const div = document.createElement('div');
        div.lang = 'nl';
        div.append(document.createElement('trial-fact-box'));
        root.append(div);
      }
    }
    if (!customElements.get('site-card')) customElements.define('site-card', SiteCard);

    async function page() {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr">
        <site-card></site-card>
        <section lang="de"><outcome-bars></outcome-bars></section>
        <outcome-icons></outcome-icons>
        <p><span lang="en">unrelated</span></p>
      </div>`);
      const card = wrapper.querySelector('site-card')!;
      const inCard = card.shadowRoot!.querySelector('trial-fact-box')!;
      const bars = wrapper.querySelector('outcome-bars')!;
      const icons = wrapper.querySelector('outcome-icons')!;
      const all = [inCard, bars, icons];
      await settleAll(...all);
      renders.clear();
      return { wrapper, card, inCard, bars, icons, all };
    }

    it('an ancestor’s lang inside another component’s shadow root re-renders that element only (1 render)', async () => {
      const { card, inCard, bars, icons, all } = await page();
      expect(langOf(inCard)).to.equal('nl-BE');
      (card.shadowRoot!.querySelector('div') as HTMLElement).lang = 'de';
      await settleAll(...all);
      expect(langOf(inCard)).to.equal('de');
      expect([renders.get(inCard) ?? 0, renders.get(bars) ?? 0, renders.get(icons) ?? 0]).to.deep.equal([1, 0, 0]);
    });

    it('an unrelated lang change re-renders none (0 renders)', async () => {
      const { wrapper, all } = await page();
      wrapper.querySelector('span')!.lang = 'nl';
      wrapper.querySelector('p')!.lang = 'de';
      document.body.querySelectorAll('span').forEach((s) => s.setAttribute('lang', 'de'));
      await settleAll(...all);
      expect(total()).to.equal(0);
    });

    it('an ancestor’s change that a closer lang overrides re-renders none; setting the same value re-renders none', async () => {
      const { wrapper, card, all } = await page();
      document.documentElement.lang = 'en';
      card.setAttribute('lang', 'en');
      wrapper.setAttribute('lang', 'fr');
      await settleAll(...all);
      // Only <outcome-icons> inherits from the wrapper, and its value did not change.
      expect(total()).to.equal(0);
    });

    it('a change of the ancestor an element inherits from re-renders exactly the elements that inherit it', async () => {
      const { wrapper, inCard, bars, icons, all } = await page();
      wrapper.lang = 'en-US';
      await settleAll(...all);
      expect(langOf(icons)).to.equal('en-US');
      expect([renders.get(inCard) ?? 0, renders.get(bars) ?? 0, renders.get(icons) ?? 0]).to.deep.equal([0, 0, 1]);
      // The site card itself has no lang: removing the div's makes the fact box inherit en-US through it.
      (inCard.parentElement as HTMLElement).removeAttribute('lang');
      await settleAll(...all);
      expect(langOf(inCard)).to.equal('en-US');
      expect([renders.get(inCard) ?? 0, renders.get(bars) ?? 0, renders.get(icons) ?? 0]).to.deep.equal([1, 0, 1]);
    });

    it('an element moved under another language re-renders in it, and then watches its new ancestors', async () => {
      const { wrapper, bars, all } = await page();
      const target = document.createElement('div');
      target.lang = 'nl';
      wrapper.append(target);
      target.append(bars);
      await settleAll(...all);
      expect(langOf(bars)).to.equal('nl-BE');
      target.lang = 'fr';
      await settleAll(...all);
      expect(langOf(bars)).to.equal('fr');
      expect(renders.get(bars)).to.equal(2);
    });
  });
});
