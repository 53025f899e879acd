import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { HipTrialSummary } from '../src/index.js';
import { emulateMedia, shadow } from './helpers.js';

// A reader prints the summary to take to the doctor: on paper it is black on white whatever the
// theme, without the box, and with the professionals' figures although they were never opened.
// Chromium emulates the print media type here; Firefox and WebKit skip and say why.
describe('printing', () => {
  afterEach(async () => {
    await emulateMedia([]);
  });

  const summary = async (theme: string) => {
    const el = await fixture<HipTrialSummary>(html`<hip-trial-summary lang="fr" theme=${theme}></hip-trial-summary>`);
    await el.updateComplete;
    return el;
  };
  const professionals = (el: Element) => {
    const details = shadow(el).querySelector<HTMLDetailsElement>('[part~="details"]')!;
    const first = details.querySelector('summary ~ *')!;
    return { details, shown: first.checkVisibility(), height: first.getBoundingClientRect().height };
  };

  it('the closed professionals’ section prints its figures, and stays closed on screen', async function () {
    const el = await summary('auto');
    const screen = professionals(el);
    expect(screen.details.open).to.equal(false);
    expect(screen.shown, 'on screen the closed section hides its figures').to.equal(false);
    expect(screen.details.innerText).not.to.match(/0,56/);
    if (!(await emulateMedia([], 'print'))) this.skip();
    const paper = professionals(el);
    expect(paper.details.open, 'printing opens nothing').to.equal(false);
    expect(paper.shown).to.equal(true);
    expect(paper.height).to.be.greaterThan(10);
    expect(paper.details.innerText, 'the figures are on the paper').to.match(/0,56/);
  });

  for (const theme of ['dark', 'light', 'auto']) {
    it(`theme="${theme}" prints black text on the paper, without the box, the bars in the light palette`, async function () {
      const el = await summary(theme);
      if (!(await emulateMedia([], 'print'))) this.skip();
      const base = getComputedStyle(shadow(el).querySelector('[part~="base"]')!);
      expect(base.color).to.equal('rgb(0, 0, 0)');
      expect(base.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(base.borderTopWidth).to.equal('0px');
      expect(base.paddingTop).to.equal('0px');
      const fills = [...shadow(el).querySelectorAll('.bar')].map((bar) => getComputedStyle(bar).fill);
      expect(fills).to.deep.equal(['rgb(31, 95, 163)', 'rgb(166, 75, 0)']);
      const disclaimer = getComputedStyle(shadow(el).querySelector('[part~="disclaimer"]')!);
      expect(disclaimer.borderTopStyle, 'the disclaimer keeps a box on paper').to.equal('solid');
    });
  }
});
