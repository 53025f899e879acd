import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { shadow, TAGS } from './helpers.js';

/**
 * A page 320 px wide with a 32 px root font (400 % zoom of a 1280 px window, or a reader's large
 * text), in its own frame so the frame is the viewport: the widgets in an article column and in a
 * padded inset box, as a news site (and the demo) places them.
 */
async function zoomedPage(lang: string, extraCss = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 320px; height: 640px; border: 0';
  const widgets = TAGS.map((tag) => `<${tag} lang="${lang}"></${tag}>`).join('');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta name="viewport" content="width=device-width">
<style>
  :root { font-size: 32px; line-height: 1.55; }
  body { margin: 0; }
  .article { max-width: 46rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 5vw, 2rem) 3rem; }
  .inset { margin: 2rem 0; padding: 1rem; border-top: 4px solid; }
  ${extraCss}
</style>
<script type="module" src="/src/index.ts"></script></head>
<body><main class="article">${widgets}<aside class="inset">${widgets}</aside></main></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('trial-fact-box');
  await Promise.all([...frame.contentDocument!.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(TAGS.join(','))].map((el) => el.updateComplete));
  for (const el of frame.contentDocument!.querySelectorAll(TAGS.join(','))) for (const a of el.shadowRoot!.getAnimations()) a.finish();
  return frame;
}

/** Every element's box and the widest thing inside it, in CSS pixels. */
function widths(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  return [...doc.querySelectorAll(TAGS.join(','))].map((el) => {
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    // Visually hidden text is clipped to 1 px: its boxes overflow nothing a reader sees.
    const shown = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => !n.closest('.sr-only'));
    const right = Math.max(...shown.map((n) => n.getBoundingClientRect().right));
    return { where: `${el.localName}${el.closest('.inset') ? ' in the inset' : ' in the column'}`, scroll: base.scrollWidth, client: base.clientWidth, right };
  });
}

describe('reflow at 320 px with a 32 px root font', () => {
  for (const lang of ['nl', 'en', 'de']) {
    it(`${lang}: no element forces horizontal scrolling, in the article column or the inset box`, async () => {
      const frame = await zoomedPage(lang);
      try {
        const doc = frame.contentDocument!.documentElement;
        const viewport = doc.clientWidth;
        const found = widths(frame);
        expect(found).to.have.length(8);
        const over = found.filter((w) => w.scroll > w.client || w.right > viewport + 0.5).map((w) => `${w.where}: ${w.scroll} px in ${w.client} px, reaching ${w.right.toFixed(1)} of ${viewport}`);
        expect(over).to.deep.equal([]);
        expect(doc.scrollWidth, 'the page').to.equal(viewport);
        // Legend symbols keep their size in the narrowest box.
        for (const icons of frame.contentDocument!.querySelectorAll('outcome-icons')) {
          const svg = icons.shadowRoot!.querySelector('.legend svg')!;
          const size = Number.parseFloat(frame.contentWindow!.getComputedStyle(svg).fontSize) * 1.4;
          expect(svg.getBoundingClientRect().width).to.be.closeTo(size, 0.5);
        }
      } finally {
        frame.remove();
      }
    });
  }

  it('de: with a reader\'s text spacing (WCAG 1.4.12) nothing is cut or pushed sideways either', async () => {
    const frame = await zoomedPage('de', '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    try {
      const doc = frame.contentDocument!.documentElement;
      expect(widths(frame).filter((w) => w.scroll > w.client || w.right > doc.clientWidth + 0.5)).to.deep.equal([]);
      expect(doc.scrollWidth).to.equal(doc.clientWidth);
    } finally {
      frame.remove();
    }
  });
});

describe('text spacing a site or reader sets reaches the text inside', () => {
  const px = (v: string) => Number.parseFloat(v);

  async function styled(css: string) {
    const wrapper = await fixture(html`<div>
      <style>${css}</style>
      <hip-trial-summary lang="de" section="intro results" chart="icons"></hip-trial-summary>
    </div>`);
    const el = wrapper.querySelector('hip-trial-summary')!;
    await el.updateComplete;
    const root = shadow(el);
    const pick = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    return { el, root, pick, parts: ['.title', '.heading', '.lead', 'section p', '.legend li', '.disclaimer'].map(pick) };
  }

  it('a reader stylesheet (line height, letter and word spacing on every element) is inherited by headings, text and charts', async () => {
    const { el, parts } = await styled('* { line-height: 2.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }');
    const host = getComputedStyle(el);
    for (const style of parts) {
      expect(px(style.lineHeight)).to.be.closeTo(2.5 * px(style.fontSize), 0.5);
      expect(style.letterSpacing).to.equal(host.letterSpacing);
      expect(style.wordSpacing).to.equal(host.wordSpacing);
    }
  });

  it('--hip-trial-line-height and --hip-trial-paragraph-spacing, set once on the page, reach every paragraph and heading', async () => {
    const { parts, pick } = await styled(':root { --hip-trial-line-height: 2; --hip-trial-paragraph-spacing: 2em; }');
    for (const style of parts) expect(px(style.lineHeight)).to.be.closeTo(2 * px(style.fontSize), 0.5);
    for (const selector of ['.lead', 'section p', '.disclaimer']) {
      const style = pick(selector);
      expect(px(style.marginBlockEnd), selector).to.be.closeTo(2 * px(style.fontSize), 0.5);
    }
  });

  it('by default, paragraphs are 0.75em apart and lines 1.6', async () => {
    const { pick } = await styled('');
    const p = pick('section p');
    expect(px(p.marginBlockEnd)).to.be.closeTo(0.75 * px(p.fontSize), 0.5);
    expect(px(p.lineHeight)).to.be.closeTo(1.6 * px(p.fontSize), 0.5);
  });

  it('long words may hyphenate: hyphens auto, with the language of the text', async () => {
    const { root, pick } = await styled('');
    for (const selector of ['section p', '.legend li', '.array .name', '.disclaimer']) {
      expect(pick(selector).hyphens, selector).to.equal('auto');
      expect(root.querySelector(selector)!.closest('[lang]')!.getAttribute('lang')).to.equal('de');
    }
  });
});
