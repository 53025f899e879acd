import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings, shadow, TAGS } from './helpers.js';

/** An element on a right-to-left page (an Arabic site), in a box wider than the widget's own. */
async function onRtlPage(tag: string, lang: string | null) {
  const wrapper = await fixture(html`<div lang="ar" dir="rtl" style="width: 1000px"></div>`);
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  if (lang) el.setAttribute('lang', lang);
  if (tag === 'hip-trial-summary') el.setAttribute('section', 'results');
  wrapper.append(el);
  await el.updateComplete;
  for (const a of shadow(el).getAnimations()) a.finish();
  return el;
}

/** Where the paragraph's closing full stop is drawn, against the letter before it (bidi moves a final neutral). */
function fullStop(p: Element) {
  const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent!))!;
  const at = text.textContent!.lastIndexOf('.');
  const box = (i: number) => {
    const range = document.createRange();
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    return range.getBoundingClientRect();
  };
  return { stop: box(at), before: box(at - 1) };
}

describe('on a right-to-left page', () => {
  for (const tag of TAGS) {
    for (const lang of ['fr', 'nl', 'de', 'en']) {
      it(`<${tag} lang="${lang}"> reads left to right, in order, and sits where the page's flow puts it`, async () => {
        const el = await onRtlPage(tag, lang);
        const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
        expect(base.getAttribute('dir')).to.equal('ltr');
        expect(getComputedStyle(base).direction).to.equal('ltr');
        // "…ask your doctor." ends with its full stop on the right, not in front of the sentence.
        const { stop, before } = fullStop(shadow(el).querySelector('[part~="disclaimer"]')!);
        expect(stop.left).to.be.at.least(before.right - 1);
        // The page's flow puts a narrower box on its right, as it would any block.
        const host = el.getBoundingClientRect();
        const box = base.getBoundingClientRect();
        expect(box.width).to.be.lessThan(host.width);
        expect(box.right).to.be.closeTo(host.right, 1);
      });
    }
  }

  for (const outcome of ['surgery', 'time']) {
    it(`<outcome-bars outcome="${outcome}">: bars and scale run the same way, from zero on the left`, async () => {
      const el = await onRtlPage('outcome-bars', 'fr');
      el.setAttribute('outcome', outcome);
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      for (const a of shadow(el).getAnimations()) a.finish();
      const root = shadow(el);
      const [zero, end] = [...root.querySelectorAll('.scale span')].map((s) => s.getBoundingClientRect());
      expect(zero.left, 'zero on the left').to.be.lessThan(end.left);
      for (const group of root.querySelectorAll('.bar-group')) {
        const track = group.querySelector('.bg')!.getBoundingClientRect();
        const bar = group.querySelector('.bar')!.getBoundingClientRect();
        expect(bar.left, 'each bar grows from the left, where the scale starts').to.be.closeTo(track.left, 0.5);
        expect(track.left).to.be.closeTo(zero.left, 1);
        const name = group.querySelector('.name')!.getBoundingClientRect();
        const value = group.querySelector('.value')!.getBoundingClientRect();
        expect(name.left, 'the name before its value').to.be.lessThan(value.left);
      }
    });
  }

  it('an element with no lang of its own on an Arabic page speaks English, left to right, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await onRtlPage('outcome-icons', null);
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.lang).to.equal('en-GB');
      expect(getComputedStyle(base).direction).to.equal('ltr');
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
