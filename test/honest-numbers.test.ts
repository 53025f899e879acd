import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { HipTrialSummary } from '../src/index.js';
import { sourceLocale } from '../src/i18n/source.js';
import { SECTIONS, type Texts } from '../src/i18n/types.js';
import { citation, doiUrl, trial } from '../src/trial/facts.js';
import { fold, shadow, visibleText } from './helpers.js';
import { languageOf, POLICY, VARIANTS } from './wording-policy.js';

/** The absolute difference as a reader weighs it, worked out here from the raw counts, not from the code. */
const { exercise: ex, educationOnly: ed } = trial;
const FEWER_PER_100 = Math.round((ed.hipReplacements / ed.people - ex.hipReplacements / ex.people) * 100);

const locale = (tag: string) => sourceLocale(tag);
const sentences = (text: string) => fold(text).split(/(?<=[.!?])\s+/);

/** Every string of a catalog, functions called with placeholder arguments. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...a: string[]) => string)(...Array<string>(5).fill('x')))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/** The source section's corrections, where the article's own word "average" is named. */
const corrections = (texts: Texts) => texts.sections.source.body.filter((b) => typeof b !== 'string').flat().map(fold);

/** Whether an element is hidden from readers: a closed details' content is not rendered. */
const hidden = (el: Element) => (typeof el.checkVisibility === 'function' ? !el.checkVisibility() : el.getClientRects().length === 0);

async function renders(tag: string) {
  return {
    summary: await fixture<HipTrialSummary>(html`<hip-trial-summary lang=${tag}></hip-trial-summary>`),
    icons: await fixture(html`<hip-trial-summary lang=${tag} section="results" chart="icons"></hip-trial-summary>`),
    factbox: await fixture(html`<trial-fact-box lang=${tag}></trial-fact-box>`),
    surgeryBars: await fixture(html`<outcome-bars lang=${tag}></outcome-bars>`),
    timeBars: await fixture(html`<outcome-bars lang=${tag} outcome="time"></outcome-bars>`),
    iconArrays: await fixture(html`<outcome-icons lang=${tag}></outcome-icons>`),
  };
}

describe('honest numbers', () => {
  it('the absolute difference from the counts is about 17 in 100', () => {
    expect(FEWER_PER_100).to.equal(17);
  });

  for (const tag of VARIANTS) {
    const policy = POLICY[languageOf(tag)];
    describe(tag, () => {
      it('calls every median an estimate, in the same sentence or row', async () => {
        const { f } = locale(tag);
        const medians = [f.years(ex.medianYearsToHipReplacement), f.years(ed.medianYearsToHipReplacement)];
        const r = await renders(tag);
        const checked: string[] = [];
        const check = (unit: string) => {
          if (!medians.some((m) => fold(unit).includes(fold(m)))) return;
          checked.push(unit);
          expect(unit, 'a median without its estimate word').to.match(policy.estimate);
        };
        // The summary's text, section by section, sentence by sentence (the source note included).
        for (const section of shadow(r.summary).querySelectorAll('section p, section li')) sentences((section as HTMLElement).innerText).forEach(check);
        // The fact box: each row, and each sentence of the note under it.
        for (const row of shadow(r.factbox).querySelectorAll('tr')) check(row.textContent ?? '');
        sentences(visibleText(shadow(r.factbox).querySelector('.note'))).forEach(check);
        // The time bars: each bar with its value (each a row of the chart's table for screen readers), the caption.
        for (const bar of shadow(r.timeBars).querySelectorAll('.bar-group')) check(bar.textContent ?? '');
        for (const row of shadow(r.timeBars).querySelectorAll('[role="row"]')) check(row.textContent ?? '');
        sentences(visibleText(shadow(r.timeBars).querySelector('figcaption'))).forEach(check);
        // Results, estimate note, source note, fact box row and note, two bars, two table rows, caption.
        expect(checked.length, checked.join('\n')).to.be.at.least(10);
      });

      it('says why half by the estimated years and 40 % during follow-up are both true', () => {
        const { texts, f } = locale(tag);
        const note = texts.charts.estimateNote;
        expect(note).to.match(policy.estimate);
        expect(note).to.contain(f.years(ex.medianYearsToHipReplacement));
        expect(note).to.contain(f.percent(ex.hipReplacements / ex.people));
        expect(texts.sections.results.body).to.include(note);
      });

      it('puts the absolute difference from the counts beside the shares: results, surgery bars, icon arrays, fact box', async () => {
        const { texts, f } = locale(tag);
        const difference = texts.charts.difference;
        expect(difference).to.contain(f.count(FEWER_PER_100)).and.to.contain(f.count(100));
        const r = await renders(tag);
        const results = visibleText(shadow(r.summary).querySelector('[data-section="results"]'));
        expect(results).to.contain(fold(difference));
        expect(results, 'the shares stand in the same section').to.contain(fold(f.percent(ex.hipReplacements / ex.people)));
        expect(visibleText(shadow(r.surgeryBars).querySelector('figcaption'))).to.contain(fold(difference));
        expect(visibleText(shadow(r.iconArrays).querySelector('figcaption'))).to.contain(fold(difference));
        expect(visibleText(shadow(r.icons).querySelector('figcaption'))).to.contain(fold(difference));
        const row = [...shadow(r.factbox).querySelectorAll('tbody tr')].find((tr) => visibleText(tr.querySelector('th')) === texts.charts.rows.difference);
        expect(row, 'a fact-box row for the difference').to.exist;
        expect(fold(row!.textContent ?? '')).to.contain(fold(difference));
      });

      it('claims nothing the study does not support, in any text or render', async () => {
        const { texts } = locale(tag);
        const strings = allStrings(texts).map(fold);
        const r = await renders(tag);
        const rendered = Object.values(r).map((el) => fold(shadow(el).textContent ?? ''));
        expect(rendered.join(' ').length).to.be.greaterThan(5000);
        const notes = corrections(texts);
        for (const text of [...strings, ...rendered]) {
          for (const wrong of policy.overclaims) expect(text, `"${wrong}" in: ${text}`).not.to.match(wrong);
          for (const wrong of policy.contradicted) expect(text.toLowerCase(), text).not.to.contain(wrong.toLowerCase());
          // The article's "average" may be named only in the correction that says it was wrong.
          const outside = notes.reduce((rest, note) => rest.split(note).join(' '), text);
          expect(outside.toLowerCase(), text).not.to.contain(policy.average);
        }
        expect(notes[0].toLowerCase(), 'the correction names the article’s average').to.contain(policy.average);
        expect(texts.title, 'the title says may').to.match(policy.may);
        expect(texts.lead, 'the key message says may').to.match(policy.may);
      });

      it('names each group one way in the text, every chart and the fact box', async () => {
        const { texts } = locale(tag);
        const [exercise, educationOnly] = [texts.charts.exercise, texts.charts.educationOnly].map(fold);
        const r = await renders(tag);
        const head = [...shadow(r.factbox).querySelectorAll('thead th')].slice(1).map((th) => visibleText(th));
        expect(head).to.deep.equal([exercise, educationOnly]);
        const barNames = [...shadow(r.surgeryBars).querySelectorAll('.bar-group .name')].map((n) => visibleText(n));
        expect(barNames).to.deep.equal([exercise, educationOnly]);
        const arrayNames = [...shadow(r.iconArrays).querySelectorAll('.array .name')].map((n) => visibleText(n));
        expect(arrayNames).to.deep.equal([exercise, educationOnly]);
        const results = visibleText(shadow(r.summary).querySelector('[data-section="results"]')).toLowerCase();
        expect(results, 'the text uses the chart names').to.contain(exercise.toLowerCase()).and.to.contain(educationOnly.toLowerCase());
        expect(visibleText(shadow(r.summary).querySelector('[part~="base"]'))).to.match(policy.therapy);
      });

      it('says how current the evidence is and what the trial first asked', () => {
        const { texts, f } = locale(tag);
        const reliability = texts.sections.reliability.body.join(' ');
        for (const year of [trial.enrolledFromYear, trial.enrolledToYear, citation.onlineYear]) expect(reliability).to.contain(f.calendarYear(year));
        expect(reliability).to.contain(f.percent(trial.responseRateAtFollowUp));
        expect(reliability).to.contain(f.count(trial.people));
        expect(texts.sections.aim.body.join(' ')).to.contain(f.months(trial.originalMainOutcomeMonths));
      });

      it('names the study link in words and keeps the DOI visible as text', async () => {
        const { texts } = locale(tag);
        for (const el of Object.values(await renders(tag))) {
          const links = [...shadow(el).querySelectorAll('a')];
          expect(links.length).to.be.at.least(1);
          for (const a of links) {
            expect(a.getAttribute('href')).to.equal(doiUrl);
            expect(visibleText(a)).to.equal(texts.labels.readStudy);
            expect(visibleText(a)).not.to.match(/https?:|doi\.org|\d{2}\.\d{4}/);
          }
          expect(visibleText(shadow(el).querySelector('[part~="base"]'))).to.contain(citation.doi);
        }
      });
    });
  }

  describe('French typography', () => {
    it('puts a no-break space before every : ; ? ! a French reader sees, in every element and section', async () => {
      const r = await renders('fr');
      let checked = 0;
      for (const el of Object.values(r)) {
        const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // English titles and names keep English typography.
          if ((node.parentElement?.closest('[lang]') as HTMLElement | null)?.lang.startsWith('en')) continue;
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/[:;?!]/g)) {
            checked += 1;
            const before = text[match.index! - 1];
            expect(before, `"${text.slice(Math.max(0, match.index! - 20), match.index! + 1)}"`).to.match(/[\u00a0\u202f]/);
          }
        }
      }
      expect(checked, 'colons and question marks were found to check').to.be.greaterThan(30);
    });
  });

  describe('region words', () => {
    it('nl-NL names the oefentherapeut beside the fysiotherapeut; Flemish the kinesitherapeut', () => {
      const nlNL = allStrings(locale('nl-NL').texts).join(' ');
      expect(nlNL).to.contain('oefentherapeut').and.to.contain('fysiotherapeut').and.not.to.contain('kinesitherapeut');
      expect(allStrings(locale('nl').texts).join(' ')).to.contain('kinesitherapeut');
    });
  });
});

describe('the professionals section', () => {
  const figures: Record<string, string[]> = {
    nl: ['0,56', '0,32', '0,96', '95%', '41%', '25%', 'april 2005', 'oktober 2007', '16 maanden', '94%'],
    fr: ['0,56', '0,32', '0,96', '95 %', '41 %', '25 %', 'avril 2005', 'octobre 2007', '16 mois', '94 %'],
    de: ['0,56', '0,32', '0,96', '95 %', '41 %', '25 %', 'April 2005', 'Oktober 2007', '16 Monate', '94 %'],
    en: ['0.56', '0.32', '0.96', '95%', '41%', '25%', 'April 2005', 'October 2007', '16 months', '94%'],
  };

  it('is in "all", right after reliability', async () => {
    expect(SECTIONS.indexOf('professionals')).to.equal(SECTIONS.indexOf('reliability') + 1);
    const el = await fixture<HipTrialSummary>(html`<hip-trial-summary lang="en"></hip-trial-summary>`);
    const order = [...shadow(el).querySelectorAll<HTMLElement>('[data-section]')].map((s) => s.dataset.section);
    expect(order).to.deep.equal([...SECTIONS]);
  });

  for (const [code, want] of Object.entries(figures)) {
    it(`${code}: closed by default, its summary line says what is inside, figures formatted for ${code}`, async () => {
      const el = await fixture<HipTrialSummary>(html`<hip-trial-summary lang=${code} section="professionals"></hip-trial-summary>`);
      const details = shadow(el).querySelector<HTMLDetailsElement>('details[part~="details"]')!;
      expect(details, 'a native details element').to.exist;
      expect(details.open).to.equal(false);
      const summary = details.querySelector('summary')!;
      expect(visibleText(summary)).to.equal(fold(locale(code).texts.sections.professionals.toggle));
      expect(visibleText(summary)).to.match(/hazard/i);
      const firstParagraph = details.querySelector('p')!;
      expect(hidden(firstParagraph), 'hidden while closed').to.equal(true);
      const inside = fold(details.textContent ?? '');
      for (const figure of want) expect(inside, figure).to.contain(figure);
      // A section heading stays a real heading outside the disclosure.
      expect(shadow(el).querySelector('[data-section="professionals"] [part~="heading"]')!.closest('details')).to.equal(null);
    });
  }

  it('opens with the keyboard, and passes axe closed and open', async () => {
    const el = await fixture<HipTrialSummary>(html`<hip-trial-summary lang="nl" section="professionals"></hip-trial-summary>`);
    await expect(el).to.be.accessible();
    const details = shadow(el).querySelector<HTMLDetailsElement>('details')!;
    details.querySelector('summary')!.focus();
    expect(shadow(el).activeElement, 'the summary line takes focus').to.equal(details.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(details.open, 'Enter opens it').to.equal(true);
    expect(hidden(details.querySelector('p')!), 'its text shows').to.equal(false);
    await expect(el).to.be.accessible();
  });
});
