import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { InvalidDetail } from '../src/elements/trial-element.js';
import { captureWarnings, emulateMedia, shadow, TAGS } from './helpers.js';

async function make(tag: string, attrs: Record<string, string>) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const wrapper = await fixture(html`<div style="background: rgb(255, 255, 255); color: rgb(17, 17, 17)"></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}
const base = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="base"]')!;

describe('theme', () => {
  afterEach(async () => {
    await emulateMedia([]);
  });

  for (const tag of TAGS) {
    it(`<${tag} theme="dark"> paints its own dark surface on a light page`, async () => {
      const el = await make(tag, { lang: 'en', theme: 'dark', chart: 'bars' });
      expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgb(21, 23, 26)');
      expect(getComputedStyle(base(el)).color).to.equal('rgb(236, 235, 232)');
      await expect(el).to.be.accessible();
    });

    it(`<${tag} theme="auto"> blends into the page: transparent, the page's text colour`, async () => {
      const el = await make(tag, { lang: 'en' });
      expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(base(el)).color).to.equal('rgb(17, 17, 17)');
    });
  }

  it('theme="dark" switches the chart colours to the dark palette', async () => {
    const el = await make('outcome-bars', { lang: 'en', theme: 'dark' });
    expect(getComputedStyle(shadow(el).querySelector('.exercise .bar')!).fill).to.equal('rgb(142, 197, 255)');
  });

  it('theme="light" and "dark" set their palette whatever the reader\'s setting; auto keeps one that holds on both', async function () {
    if (!(await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }]))) this.skip();
    const fill = (el: Element) => getComputedStyle(shadow(el).querySelector('.exercise .bar')!).fill;
    const auto = await make('outcome-bars', { lang: 'en' });
    expect(fill(auto), 'auto does not follow the reader: the page may be light').to.equal('rgb(58, 123, 213)');
    const light = await make('outcome-bars', { lang: 'en', theme: 'light' });
    expect(fill(light)).to.equal('rgb(31, 95, 163)');
    expect(getComputedStyle(base(light)).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia([{ name: 'prefers-color-scheme', value: 'light' }]);
    expect(fill(await make('outcome-bars', { lang: 'en', theme: 'dark' }))).to.equal('rgb(142, 197, 255)');
    expect(fill(await make('outcome-bars', { lang: 'en' })), 'the same in light mode').to.equal('rgb(58, 123, 213)');
  });

  for (const bad of ['drak', 'Dark mode', '']) {
    it(`theme="${bad}" warns once, falls back to auto and says so in an event`, async () => {
      const warnings = captureWarnings();
      try {
        const events: InvalidDetail[] = [];
        const listener = (e: Event) => events.push((e as CustomEvent<InvalidDetail>).detail);
        document.addEventListener('hip-trial-invalid', listener);
        const el = await make('trial-fact-box', { lang: 'en', theme: bad });
        el.setAttribute('lang', 'fr');
        await el.updateComplete;
        document.removeEventListener('hip-trial-invalid', listener);
        expect(base(el).dataset.theme).to.equal('auto');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`theme "${bad}"`).and.to.contain('"auto", "light", "dark"');
        expect(events).to.deep.equal([{ attribute: 'theme', value: bad, valid: ['auto', 'light', 'dark'], used: 'auto' }]);
      } finally {
        warnings.restore();
      }
    });
  }

  it('THEME="DARK" in any case is accepted', async () => {
    const el = await make('outcome-icons', { lang: 'en', theme: 'DARK' });
    expect(base(el).dataset.theme).to.equal('dark');
  });
});

describe('hip-trial-invalid event', () => {
  it('bubbles out of the shadow root to the page, with what was wrong and what is used', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('hip-trial-summary');
      el.setAttribute('lang', 'nl');
      el.setAttribute('section', 'results reslts');
      setTimeout(() => wrapper.append(el));
      const event = (await oneEvent(wrapper, 'hip-trial-invalid')) as CustomEvent<InvalidDetail>;
      expect(event.composed).to.equal(true);
      expect(event.detail.attribute).to.equal('section');
      expect(event.detail.value).to.equal('reslts');
      expect(event.detail.used).to.equal('results');
      expect(event.detail.valid).to.include('results');
    } finally {
      warnings.restore();
    }
  });
});
