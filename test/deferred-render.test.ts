import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { HipTrialSummary } from '../src/index.js';
import { SECTIONS } from '../src/i18n/types.js';
import { budgetLeft } from '../src/elements/when-needed.js';
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

  it('a summary on screen renders at once (the title, and as many sections as the task has time for); every section and the footer by updateComplete', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><hip-trial-summary lang="fr"></hip-trial-summary></div>`);
    const el = wrapper.querySelector<HipTrialSummary>('hip-trial-summary')!;
    expect(rendered(el), 'rendered at once').to.equal(true);
    expect(shadow(el).querySelector('[part~="title"]') !== null).to.equal(true);
    expect(shadow(el).querySelector('[part~="lead"]') !== null).to.equal(true);
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll<HTMLElement>('[part~="section"]')].map((s) => s.dataset.section)).to.deep.equal([...SECTIONS]);
    expect(shadow(el).querySelector('[part~="disclaimer"]') !== null).to.equal(true);
    expect(base(el)!.classList.contains('pending')).to.equal(false);
  });

  it('many summaries share the render work: in every frame, each one is either complete or keeps its room, and updateComplete means complete', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 24 }, (_, i) => html`<hip-trial-summary lang=${['nl', 'fr', 'de', 'en'][i % 4]}></hip-trial-summary>`)}
    </div>`);
    const els = [...wrapper.querySelectorAll<HipTrialSummary>('hip-trial-summary')];
    const seen: string[] = [];
    let frames = 0;
    let watching = true;
    // What a reader sees, frame by frame: a summary shows all its sections and its footer, or it
    // still keeps the room reserved (at least a viewport high), so nothing below moves meanwhile.
    const look = () => {
      frames++;
      for (const [i, el] of els.entries()) {
        const article = base(el);
        if (!article) continue;
        const sections = shadow(el).querySelectorAll('[part~="section"]').length;
        const footer = shadow(el).querySelector('[part~="disclaimer"]') !== null;
        if (article.classList.contains('pending')) {
          if (el.getBoundingClientRect().height < innerHeight - 1) seen.push(`#${i}: pending but lower than the viewport`);
          if (footer) seen.push(`#${i}: pending with its footer`);
        } else if (sections !== SECTIONS.length || !footer) seen.push(`#${i}: not pending with ${sections} sections`);
      }
      if (watching) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    await Promise.all(els.map((el) => el.updateComplete));
    watching = false;
    for (const el of els) {
      expect(shadow(el).querySelectorAll('[part~="section"]').length).to.equal(SECTIONS.length);
      expect(shadow(el).querySelector('[part~="disclaimer"]') !== null).to.equal(true);
      expect(base(el)!.classList.contains('pending')).to.equal(false);
      expect(el.hasAttribute('pending')).to.equal(false);
    }
    expect(seen, `over ${frames} frames`).to.deep.equal([]);
  });

  it('a summary switches language when <html lang> changes, after rendering in steps', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><hip-trial-summary></hip-trial-summary><hip-trial-summary section="results"></hip-trial-summary></div>`);
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      root.lang = 'nl';
      const els = [...wrapper.querySelectorAll<HipTrialSummary>('hip-trial-summary')];
      await Promise.all(els.map((el) => el.updateComplete));
      const dutch = els.map((el) => shadow(el).querySelector('[part~="title"]')!.textContent);
      root.lang = 'de';
      await new Promise((resolve) => setTimeout(resolve));
      await Promise.all(els.map((el) => el.updateComplete));
      for (const [i, el] of els.entries()) {
        expect(base(el)!.getAttribute('lang')).to.equal('de');
        expect(shadow(el).querySelector('[part~="title"]')!.textContent).not.to.equal(dutch[i]);
      }
      expect(shadow(els[0]).querySelectorAll('[part~="section"]').length).to.equal(SECTIONS.length);
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });
  it('a task of ours that ended long ago leaves no spent time behind: a widget inserted later starts with the full 30 ms', async () => {
    await fixture(html`<hip-trial-summary lang="de"></hip-trial-summary>`).then((el) => (el as HipTrialSummary).updateComplete);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const left = budgetLeft();
    expect(left).to.be.above(25).and.at.most(30);
  });

  it('widgets released together share the task: once their renders spend its 30 ms, the others render in later tasks', async () => {
    // A fake clock that stands still but for every render, which costs 20 ms: what is measured does not
    // depend on this machine's speed or load. (Last in this file: the readings it leaves behind are
    // ahead of the real clock's.)
    let spent = 0;
    const frozen = performance.now();
    Object.defineProperty(performance, 'now', { value: () => frozen + spent, configurable: true, writable: true });
    let inReleaseTask = false;
    const firstRenders: boolean[] = [];
    class CostlySummary extends HipTrialSummary {
      protected override render(): TemplateResult {
        if (!this.hasUpdated) firstRenders.push(inReleaseTask);
        spent += 20;
        return super.render();
      }
    }
    customElements.define('costly-summary', CostlySummary);
    // As timeouts, the next tasks come after the one that ends the release task below, in order.
    const platform = (globalThis as { scheduler?: Record<string, unknown> }).scheduler;
    if (platform) Object.defineProperty(platform, 'yield', { value: () => new Promise((resolve) => setTimeout(resolve)), configurable: true, writable: true });
    let idle: (() => void) | undefined;
    const realIdle = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
    Object.defineProperty(window, 'requestIdleCallback', { value: (callback: () => void) => ((idle = callback), 1), configurable: true, writable: true });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 300vh"></div>
        ${Array.from({ length: 6 }, () => html`<costly-summary lang="en"></costly-summary>`)}
      </div>`);
      const els = [...wrapper.querySelectorAll<HipTrialSummary>('costly-summary')];
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(els.map(rendered), 'far below the fold, none renders before the page is idle').to.deep.equal(els.map(() => false));
      expect(idle, 'one idle callback is asked for').to.be.a('function');
      // The page turns idle: one task releases all six.
      await new Promise<void>((resolve) =>
        setTimeout(() => {
          inReleaseTask = true;
          setTimeout(() => ((inReleaseTask = false), resolve()));
          idle!();
        }),
      );
      await Promise.all(els.map((el) => el.updateComplete));
      expect(firstRenders, 'two renders spend the 30 ms; the other four come in tasks of their own').to.deep.equal([true, true, false, false, false, false]);
      for (const el of els) expect(shadow(el).querySelectorAll('[part~="section"]').length).to.equal(SECTIONS.length);
    } finally {
      delete (performance as { now?: unknown }).now;
      if (platform) delete platform.yield;
      if (realIdle) Object.defineProperty(window, 'requestIdleCallback', realIdle);
      else delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    }
  });
});
