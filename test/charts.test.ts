import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { HipTrialSummary, OutcomeBars } from '../src/index.js';
import { LANGUAGE_CODES, type LanguageCode } from '../src/i18n/locale.js';
import { sourceLocale } from '../src/i18n/source.js';
import { per100WithHipReplacement, trial } from '../src/trial/facts.js';
import { captureWarnings, contrast, emulateMedia, fold, shadow, visibleText } from './helpers.js';

/** Figures as a reader of each language sees them (white space folded). */
const figures: Record<LanguageCode, { surgery: [string, string]; time: [string, string]; per100: [string, string]; counts: [string, string] }> = {
  nl: { surgery: ['22 van de 55 (40%)', '31 van de 54 (57%)'], time: ['5,4 jaar (geschat)', '3,5 jaar (geschat)'], per100: ['40 van de 100', '57 van de 100'], counts: ['22 van de 55', '31 van de 54'] },
  fr: { surgery: ['22 sur 55 (40 %)', '31 sur 54 (57 %)'], time: ['5,4 ans (estimation)', '3,5 ans (estimation)'], per100: ['40 sur 100', '57 sur 100'], counts: ['22 sur 55', '31 sur 54'] },
  de: { surgery: ['22 von 55 (40 %)', '31 von 54 (57 %)'], time: ['5,4 Jahre (geschätzt)', '3,5 Jahre (geschätzt)'], per100: ['40 von 100', '57 von 100'], counts: ['22 von 55', '31 von 54'] },
  en: { surgery: ['22 of 55 (40%)', '31 of 54 (57%)'], time: ['5.4 years (estimated)', '3.5 years (estimated)'], per100: ['40 of 100', '57 of 100'], counts: ['22 of 55', '31 of 54'] },
};
const timeFrame: Record<LanguageCode, string> = { nl: '3,5 tot 6 jaar', fr: '3,5 à 6 ans', de: '3,5 bis 6 Jahre', en: '3.5 to 6 years' };

/** Ends the entrance animations, so geometry is measured at rest. */
function settleAnimations(el: Element) {
  for (const a of shadow(el).getAnimations?.() ?? []) a.finish();
}

const rowsOf = (root: ParentNode) =>
  [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => visibleText(c) || (c.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('<outcome-bars>', () => {
  for (const code of LANGUAGE_CODES) {
    describe(code, () => {
      for (const outcome of ['surgery', 'time'] as const) {
        it(`outcome="${outcome}": labels and the hidden table show the figures, formatted for ${code}`, async () => {
          const el = await fixture<OutcomeBars>(html`<outcome-bars lang=${code} outcome=${outcome}></outcome-bars>`);
          const root = shadow(el);
          const values = [...root.querySelectorAll('[part~="value"]')].map((v) => visibleText(v));
          expect(values).to.deep.equal(figures[code][outcome]);
          const names = sourceLocale(code).texts.charts;
          // The visible plot is the table screen readers get (ARIA roles), named by the question.
          const plot = root.querySelector('[role="table"]')!;
          const table = [...plot.querySelectorAll('.bar-group[role="row"]')].map((row) =>
            [...row.querySelectorAll('[role="rowheader"], [role="cell"]')].map((c) => visibleText(c)),
          );
          expect(table).to.deep.equal([
            [fold(names.exercise), figures[code][outcome][0]],
            [fold(names.educationOnly), figures[code][outcome][1]],
          ]);
          const caption = visibleText(root.querySelector('figcaption'));
          expect(caption).to.contain(timeFrame[code]);
          if (outcome === 'surgery') expect(caption).to.contain('55').and.to.contain('54');
          expect(plot.closest('figure')).to.equal(root.querySelector('figure'));
          const question = root.getElementById(plot.getAttribute('aria-labelledby')!);
          expect(visibleText(question)).to.equal(visibleText(root.querySelector('.question')));
          expect(root.querySelector('table'), 'no second, hidden table').to.equal(null);
          for (const hidden of root.querySelectorAll('.plot svg, .scale')) expect(hidden.getAttribute('aria-hidden')).to.equal('true');
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  for (const [outcome, expected] of [
    ['surgery', [22 / 55, 31 / 54]],
    ['time', [5.4 / 6, 3.5 / 6]],
  ] as const) {
    it(`outcome="${outcome}": bar lengths are proportional to the values, on a scale from zero`, async () => {
      const wrapper = await fixture(html`<div style="width: 600px"><outcome-bars lang="en" outcome=${outcome}></outcome-bars></div>`);
      const el = wrapper.querySelector('outcome-bars')!;
      await el.updateComplete;
      settleAnimations(el);
      const groups = [...shadow(el).querySelectorAll('.bar-group')];
      expect(groups).to.have.length(2);
      groups.forEach((group, i) => {
        const track = group.querySelector('.bg')!.getBoundingClientRect();
        const bar = group.querySelector('.bar')!.getBoundingClientRect();
        expect(bar.left, 'bars start where the scale starts').to.be.closeTo(track.left, 0.5);
        expect(bar.width / track.width).to.be.closeTo(expected[i], 0.005);
        expect(bar.height).to.be.greaterThan(10);
      });
      const scale = [...shadow(el).querySelectorAll('.scale span')].map((s) => visibleText(s));
      expect(scale[0]).to.match(/^0\s?%?$/);
      expect(scale.at(-1), 'the scale ends at 100 % or at the longest follow-up').to.equal(outcome === 'surgery' ? '100%' : '6 years');
    });
  }

  for (const bad of ['surgry', 'TIME ', '', 'years']) {
    it(`outcome="${bad}" warns once at most and never leaves the chart blank`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<OutcomeBars>(html`<outcome-bars lang="en" outcome=${bad}></outcome-bars>`);
        el.setAttribute('lang', 'fr');
        await el.updateComplete;
        const valid = bad.trim().toLowerCase() === 'time';
        expect(shadow(el).querySelector('figure')!.dataset.outcome).to.equal(valid ? 'time' : 'surgery');
        expect(warnings.messages).to.have.length(valid ? 0 : 1);
        if (!valid) expect(warnings.messages[0]).to.contain(`"${bad}"`).and.to.contain('"surgery", "time"');
      } finally {
        warnings.restore();
      }
    });
  }
});

describe('<outcome-icons>', () => {
  for (const code of LANGUAGE_CODES) {
    it(`${code}: two arrays of 100 with 40 and 57 filled, labelled for screen readers`, async () => {
      const el = await fixture(html`<outcome-icons lang=${code}></outcome-icons>`);
      const arrays = [...shadow(el).querySelectorAll<HTMLElement>('[part~="icon-array"]')];
      expect(arrays).to.have.length(2);
      const want = [per100WithHipReplacement(trial.exercise), per100WithHipReplacement(trial.educationOnly)];
      expect(want).to.deep.equal([40, 57]);
      arrays.forEach((array, i) => {
        expect(array.querySelectorAll('path')).to.have.length(100);
        // What the reader sees: filled people (in the group's colour) and outlined ones, not class names.
        const paths = [...array.querySelectorAll('path')].map((p) => getComputedStyle(p));
        const filled = paths.filter((p) => p.fill !== 'none' && Number(p.fillOpacity) > 0);
        const outlined = paths.filter((p) => p.fill === 'none');
        expect(filled, 'filled people').to.have.length(want[i]);
        expect(outlined, 'outlined people').to.have.length(100 - want[i]);
        expect(new Set(filled.map((p) => p.fill)).size, 'one colour per group').to.equal(1);
        for (const p of outlined) expect(p.stroke).not.to.equal('none');
        expect(Number.parseFloat(outlined[0].strokeWidth)).to.be.greaterThan(0);
        expect(array.getAttribute('role')).to.equal('img');
        expect(fold(array.getAttribute('aria-label')!)).to.contain(figures[code].per100[i]).and.to.contain(timeFrame[code]);
        expect(visibleText(array)).to.contain(figures[code].per100[i]);
      });
      const groupFill = (array: Element) => getComputedStyle(array.querySelector('path.hit')!).fill;
      expect(groupFill(arrays[0]), 'the groups have their own colours').not.to.equal(groupFill(arrays[1]));
      const caption = visibleText(shadow(el).querySelector('figcaption'));
      expect(caption).to.contain(figures[code].counts[0]).and.to.contain(figures[code].counts[1]).and.to.contain(timeFrame[code]);
      await expect(el).to.be.accessible();
    });
  }

  it('fills the affected icons row by row from the bottom, grouped, never scattered', async () => {
    const el = await fixture(html`<outcome-icons lang="en"></outcome-icons>`);
    settleAnimations(el);
    for (const array of shadow(el).querySelectorAll('[part~="icon-array"]')) {
      const icons = [...array.querySelectorAll<SVGPathElement>('path')].map((p) => ({ hit: p.classList.contains('hit'), box: p.getBBox() }));
      const rowOf = (b: DOMRect) => Math.round(b.y / 10);
      const hitRows = icons.filter((i) => i.hit).map((i) => rowOf(i.box));
      const missRows = icons.filter((i) => !i.hit).map((i) => rowOf(i.box));
      // Every affected icon sits on or below every unaffected one (y grows downwards).
      expect(Math.min(...hitRows)).to.be.at.least(Math.max(...missRows) - 1);
      const partialRow = Math.min(...hitRows);
      const inPartial = icons.filter((i) => rowOf(i.box) === partialRow);
      const firstMiss = inPartial.findIndex((i) => !i.hit);
      if (firstMiss >= 0) expect(inPartial.slice(firstMiss).every((i) => !i.hit), 'filled from the left').to.equal(true);
    }
  });
});

describe('<trial-fact-box>', () => {
  for (const code of LANGUAGE_CODES) {
    it(`${code}: a real table with header cells and every outcome`, async () => {
      const el = await fixture(html`<trial-fact-box lang=${code}></trial-fact-box>`);
      const table = shadow(el).querySelector('table')!;
      const c = sourceLocale(code).texts.charts;
      expect(visibleText(table.querySelector('caption'))).to.equal(c.factBoxTitle.replace(/\s+/g, ' '));
      expect([...table.querySelectorAll('thead th[scope="col"]')]).to.have.length(3);
      expect([...table.querySelectorAll('tbody th[scope="row"]')]).to.have.length(6);
      const rows = rowsOf(table);
      expect(rows[0][1]).to.contain(figures[code].per100[0]).and.to.contain(figures[code].counts[0]);
      expect(rows[0][2]).to.contain(figures[code].per100[1]).and.to.contain(figures[code].counts[1]);
      expect(rows[1]).to.deep.equal([c.rows.difference, c.difference.replace(/\s+/g, ' ')]);
      expect(rows[2].slice(1)).to.deep.equal(figures[code].time);
      expect(rows[3][1]).to.equal(c.noDifference);
      expect(rows[4][1]).to.equal(c.noDifference);
      expect(rows[5].slice(1)).to.deep.equal([c.better, c.lessGood]);
      const under = visibleText(shadow(el).querySelector('.factbox .note'));
      expect(under).to.contain(timeFrame[code]).and.to.contain('109');
      await expect(el).to.be.accessible();
    });
  }
});

describe('<trial-fact-box> in a narrow box', () => {
  it('stacks at 320 px: each row header takes the full width and each value names its group', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><trial-fact-box lang="de"></trial-fact-box></div>`);
    const el = wrapper.querySelector('trial-fact-box')!;
    await el.updateComplete;
    const table = shadow(el).querySelector('table')!;
    const width = table.getBoundingClientRect().width;
    for (const th of table.querySelectorAll('tbody th')) expect(th.getBoundingClientRect().width).to.be.closeTo(width, 1);
    const first = table.querySelector('tbody td.exercise')!;
    expect(visibleText(first)).to.contain('Mit Bewegungstherapie').and.to.contain('40 von 100');
    expect(table.getAttribute('role')).to.equal('table');
    await expect(el).to.be.accessible();
  });

  it('stays a table side by side in a wide box, group names only in the header', async () => {
    const wrapper = await fixture(html`<div style="width: 700px"><trial-fact-box lang="de"></trial-fact-box></div>`);
    const el = wrapper.querySelector('trial-fact-box')!;
    await el.updateComplete;
    const cells = [...shadow(el).querySelectorAll('tbody tr:first-child td')];
    expect(cells[0].getBoundingClientRect().top).to.be.closeTo(cells[1].getBoundingClientRect().top, 1);
    expect(visibleText(cells[0])).not.to.contain('Mit Bewegungstherapie');
  });
});

describe('every chart element', () => {
  for (const tag of ['outcome-bars', 'outcome-icons', 'trial-fact-box']) {
    it(`<${tag}> always shows the disclaimer and the study`, async () => {
      const el = document.createElement(tag);
      el.setAttribute('lang', 'nl');
      document.body.append(el);
      try {
        await (el as OutcomeBars).updateComplete;
        expect(visibleText(shadow(el).querySelector('[part~="disclaimer"]'))).to.contain('vervangt geen medisch advies');
        expect(shadow(el).querySelector('a[href="https://doi.org/10.1136/annrheumdis-2013-203628"]')).to.exist;
      } finally {
        el.remove();
      }
    });

    it(`<${tag}> reads at 320 px with no horizontal scroll`, async () => {
      const wrapper = await fixture(html`<div style="width: 320px"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('lang', 'de');
      wrapper.append(el);
      await (el as OutcomeBars).updateComplete;
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  }

  it('bars and icons keep 3:1 contrast against a light background', async () => {
    const wrapper = await fixture(html`<div style="background: #fff; color: #111"><outcome-icons lang="en"></outcome-icons><outcome-bars lang="en"></outcome-bars></div>`);
    const bars = [...shadow(wrapper.querySelector('outcome-bars')!).querySelectorAll('.bar')];
    const hits = [...shadow(wrapper.querySelector('outcome-icons')!).querySelectorAll('.array')].map((a) => a.querySelector('.hit')!);
    for (const mark of [...bars, ...hits]) expect(contrast(getComputedStyle(mark).fill, 'rgb(255, 255, 255)')).to.be.at.least(3);
  });
});

describe('media features', () => {
  afterEach(async () => {
    await emulateMedia([]);
  });

  it('dark mode: bars and icons switch to colours with 3:1 contrast on a dark background', async function () {
    if (!(await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }]))) this.skip();
    const el = await fixture(html`<outcome-bars lang="en" style="background: #15171a; color: #eee"></outcome-bars>`);
    for (const bar of shadow(el).querySelectorAll('.bar')) {
      expect(contrast(getComputedStyle(bar).fill, 'rgb(21, 23, 26)')).to.be.at.least(3);
    }
  });

  it('forced colors: bars, icons and tracks use system colours and stay visible', async function () {
    if (!(await emulateMedia([{ name: 'forced-colors', value: 'active' }]))) this.skip();
    const wrapper = await fixture(html`<div><span style="color: CanvasText">probe</span><outcome-bars lang="en"></outcome-bars><outcome-icons lang="en"></outcome-icons></div>`);
    const canvasText = getComputedStyle(wrapper.querySelector('span')!).color;
    const bars = shadow(wrapper.querySelector('outcome-bars')!);
    for (const bar of bars.querySelectorAll('.bar')) expect(getComputedStyle(bar).fill).to.equal(canvasText);
    for (const bg of bars.querySelectorAll('.bg')) expect(getComputedStyle(bg).stroke).to.equal(canvasText);
    const icons = shadow(wrapper.querySelector('outcome-icons')!);
    expect(getComputedStyle(icons.querySelector('.hit')!).fill).to.equal(canvasText);
    expect(getComputedStyle(icons.querySelector('.miss')!).stroke).to.equal(canvasText);
  });

  it('reduced motion: the bars do not grow in; without it they do', async function () {
    if (!(await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) this.skip();
    const still = await fixture(html`<outcome-bars lang="en"></outcome-bars>`);
    expect(getComputedStyle(shadow(still).querySelector('.bar')!).animationName).to.equal('none');
    await emulateMedia([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    const moving = await fixture(html`<outcome-bars lang="en"></outcome-bars>`);
    expect(getComputedStyle(shadow(moving).querySelector('.bar')!).animationName).to.not.equal('none');
  });
});

describe('<hip-trial-summary chart>', () => {
  for (const [chart, selector] of [
    ['bars', '.bars'],
    ['icons', '.icons'],
    ['factbox', '.factbox'],
  ] as const) {
    it(`chart="${chart}" puts that picture in the results section`, async () => {
      const el = await fixture<HipTrialSummary>(html`<hip-trial-summary lang="nl" section="results" chart=${chart}></hip-trial-summary>`);
      const results = shadow(el).querySelector('[data-section="results"]')!;
      expect(results.querySelector(selector)).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('chart="icons": the legend items side by side sit on one line, symbols level', async () => {
    const wrapper = await fixture(html`<div style="width: 700px"><hip-trial-summary lang="fr" section="results" chart="icons"></hip-trial-summary></div>`);
    const el = wrapper.firstElementChild as HipTrialSummary;
    await el.updateComplete;
    const [a, b] = [...shadow(el).querySelectorAll('.legend svg')].map((svg) => svg.getBoundingClientRect());
    expect(a.top).to.be.closeTo(b.top, 0.5);
  });

  it('shows the bars by default, and no picture with chart="none"', async () => {
    const bare = await fixture<HipTrialSummary>(html`<hip-trial-summary lang="nl" section="results"></hip-trial-summary>`);
    expect(shadow(bare).querySelector('[data-section="results"] .bars')).to.exist;
    const none = await fixture<HipTrialSummary>(html`<hip-trial-summary lang="nl" section="results" chart="none"></hip-trial-summary>`);
    expect(shadow(none).querySelector('[data-section="results"] figure, [data-section="results"] table')).to.not.exist;
  });

  it('a chart appears only with the results section', async () => {
    const el = await fixture<HipTrialSummary>(html`<hip-trial-summary lang="nl" section="aim meaning" chart="icons"></hip-trial-summary>`);
    expect(shadow(el).querySelector('figure')).to.not.exist;
  });

  for (const bad of ['pie', 'BARS', '', 'fact-box']) {
    it(`chart="${bad}" warns once at most and falls back to bars`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<HipTrialSummary>(html`<hip-trial-summary lang="nl" section="results" chart=${bad}></hip-trial-summary>`);
        el.headingLevel = 3;
        await el.updateComplete;
        expect(shadow(el).querySelector('[data-section="results"] .bars')).to.exist;
        const valid = bad === 'BARS';
        expect(warnings.messages).to.have.length(valid ? 0 : 1);
        if (!valid) expect(warnings.messages[0]).to.contain(`"${bad}"`).and.to.contain('"bars", "icons", "factbox", "none"');
      } finally {
        warnings.restore();
      }
    });
  }
});
