import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { HipTrialSummary } from '../src/index.js';
import { SECTIONS } from '../src/i18n/types.js';
import { shadow } from './helpers.js';

const base = (el: Element) => shadow(el).querySelector('[part~="base"]');
// Booleans, not elements, in assertions: a failing assertion then reports quickly.
const rendered = (el: Element) => base(el) !== null;

describe('render off the critical path', () => {
  it('a summary far below the fold waits (fallback shown, room kept) until it is scrolled near', async () => {
    // A page that is never idle: only coming near the viewport renders it.
    const idle = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
    Object.defineProperty(window, 'requestIdleCallback', { value: () => 0, configurable: true, writable: true });
    try {
      // The page's own reservation, as the README's style has it for [pending] (here without folding the fallback).
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <style>hip-trial-summary[pending] { display: block; min-height: 100vh; }</style>
        <div style="height: 300vh"></div>
        <hip-trial-summary lang="nl"><p id="fallback">Oefentherapie stelt een nieuwe heup mogelijk uit.</p></hip-trial-summary>
      </div>`);
      const el = wrapper.querySelector<HipTrialSummary>('hip-trial-summary')!;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(rendered(el), 'rendered while far away').to.equal(false);
      // Until it renders it carries [pending]: the fallback shows, in the room the page keeps for it.
      expect(el.hasAttribute('pending')).to.equal(true);
      expect(wrapper.querySelector<HTMLElement>('#fallback')!.offsetHeight).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height).to.be.at.least(innerHeight - 1);
      el.scrollIntoView();
      await el.updateComplete;
      expect(rendered(el)).to.equal(true);
      expect(el.hasAttribute('pending'), 'pending goes with the first render').to.equal(false);
      expect(wrapper.querySelector<HTMLElement>('#fallback')!.offsetHeight, 'the fallback is hidden once rendered').to.equal(0);
      scrollTo(0, 0);
    } finally {
      if (idle) Object.defineProperty(window, 'requestIdleCallback', idle);
      else delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    }
  });

  it('a summary far below the fold renders when the page is idle', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 300vh"></div>
      <hip-trial-summary lang="nl"><p id="fallback">Oefentherapie stelt een nieuwe heup mogelijk uit.</p></hip-trial-summary>
    </div>`);
    const el = wrapper.querySelector<HipTrialSummary>('hip-trial-summary')!;
    await el.updateComplete;
    expect(rendered(el)).to.equal(true);
    expect(el.getBoundingClientRect().top, 'still far below').to.be.greaterThan(2 * innerHeight);
  });

  it('a summary on screen renders at once, in steps: the title first, every section and the footer by updateComplete', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><hip-trial-summary lang="fr"></hip-trial-summary></div>`);
    const el = wrapper.querySelector<HipTrialSummary>('hip-trial-summary')!;
    await new Promise((resolve) => setTimeout(resolve));
    expect(rendered(el), 'rendered at once').to.equal(true);
    expect(shadow(el).querySelector('[part~="title"]') !== null).to.equal(true);
    expect(shadow(el).querySelectorAll('[part~="section"]').length, 'not every section in the first task').to.be.lessThan(SECTIONS.length);
    expect(base(el)!.classList.contains('pending'), 'the room stays reserved meanwhile').to.equal(true);
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll<HTMLElement>('[part~="section"]')].map((s) => s.dataset.section)).to.deep.equal([...SECTIONS]);
    expect(shadow(el).querySelector('[part~="disclaimer"]') !== null).to.equal(true);
    expect(base(el)!.classList.contains('pending')).to.equal(false);
  });

});
