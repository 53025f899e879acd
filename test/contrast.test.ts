import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { backgroundBehind, contrast, emulateMedia, over, parseColor, shadow, type Rgba } from './helpers.js';

/** The pages a widget meets: a white site and an always-dark one, each read in light or dark mode. */
const PAGES = { light: { bg: '#ffffff', fg: '#111111' }, dark: { bg: '#15171a', fg: '#ecebe8' } } as const;
const SYSTEMS = ['light', 'dark'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;

type Mark = { what: string; ratio: number; min: number };

/** Every colour a reader must tell apart from what is behind it, in one rendered element. */
function marks(el: Element): Mark[] {
  const root = shadow(el);
  const out: Mark[] = [];
  const add = (what: string, color: string | Rgba, behind: Rgba, min = 3) => out.push({ what, ratio: contrast(color, behind), min });
  const base = root.querySelector<HTMLElement>('[part~="base"]')!;
  const surface = backgroundBehind(base);
  add('text', getComputedStyle(base).color, surface, 4.5);
  add('accent (disclaimer rule)', getComputedStyle(root.querySelector('.disclaimer')!).borderInlineStartColor, surface);
  const heading = root.querySelector('.heading');
  if (heading) add('accent (heading rule)', getComputedStyle(heading).borderInlineStartColor, surface);
  for (const group of root.querySelectorAll('.bar-group')) {
    const bar = getComputedStyle(group.querySelector('.bar')!);
    const bg = getComputedStyle(group.querySelector('.bg')!);
    const [r, g, b] = parseColor(bg.fill);
    const track = over([r, g, b, Number(bg.fillOpacity)], surface);
    add(`bar ${group.classList[1]}`, bar.fill, surface);
    add(`bar ${group.classList[1]} on its track`, bar.fill, track);
  }
  for (const array of root.querySelectorAll('.array')) {
    add(`icons ${array.classList[1]}`, getComputedStyle(array.querySelector('.hit')!).fill, surface);
    const miss = getComputedStyle(array.querySelector('.miss')!);
    const [r, g, b] = parseColor(miss.stroke);
    add(`outlined icons ${array.classList[1]}`, over([r, g, b, Number(miss.strokeOpacity)], surface), surface);
  }
  for (const th of root.querySelectorAll('thead th.exercise, thead th.educationOnly')) add(`fact box rule ${th.className}`, getComputedStyle(th).borderBottomColor, surface);
  return out;
}

/** The focus ring of the study link: the outer ring against the page, the inner ring against the outer. */
function focusRing(el: Element): Mark[] {
  const link = shadow(el).querySelector<HTMLAnchorElement>('a[href]')!;
  link.focus();
  expect(link.matches(':focus-visible'), 'the link shows its focus ring').to.equal(true);
  const style = getComputedStyle(link);
  const inner = style.boxShadow.match(/^(rgba?\([^)]*\)|color\([^)]*\))/)?.[1];
  if (!inner) return [{ what: "focus ring (outer, on the page)", ratio: contrast(style.outlineColor, backgroundBehind(link)), min: 3 }];
  expect(inner, `an inner ring: ${style.boxShadow}`).to.be.a('string');
  const outer = style.outlineColor;
  link.blur();
  return [
    { what: 'focus ring (outer, on the page)', ratio: contrast(outer, backgroundBehind(link)), min: 3 },
    { what: 'focus ring (outer against inner)', ratio: contrast(outer, parseColor(inner!)), min: 3 },
  ];
}

describe('contrast on the page the widget actually sits on', () => {
  afterEach(async () => {
    await emulateMedia([]);
  });

  for (const system of SYSTEMS) {
    for (const [page, { bg, fg }] of Object.entries(PAGES)) {
      for (const theme of THEMES) {
        it(`${page} page, reader in ${system} mode, theme="${theme}": charts, accent and focus ring 3:1, text 4.5:1`, async function () {
          const emulated = await emulateMedia([{ name: 'prefers-color-scheme', value: system }]);
          if (!emulated && matchMedia('(prefers-color-scheme: dark)').matches !== (system === 'dark')) this.skip();
          const wrapper = await fixture(html`<div style="background: ${bg}; color: ${fg}; padding: 1rem">
            <hip-trial-summary lang="en" section="results" theme=${theme}></hip-trial-summary>
            <outcome-icons lang="en" theme=${theme}></outcome-icons>
            <trial-fact-box lang="en" theme=${theme}></trial-fact-box>
          </div>`);
          const elements = [...wrapper.children];
          await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
          for (const el of elements) for (const a of shadow(el).getAnimations()) a.finish();
          const found = [...elements.flatMap(marks), ...focusRing(elements[0])];
          const low = found.filter((m) => !(m.ratio >= m.min)).map((m) => `${m.what}: ${m.ratio.toFixed(2)}:1`);
          console.log(`${page} page, ${system} reader, theme=${theme}: lowest ${Math.min(...found.filter((m) => m.min === 3).map((m) => m.ratio)).toFixed(2)}:1 (non-text), text ${found.find((m) => m.what === 'text')!.ratio.toFixed(2)}:1`);
          expect(low).to.deep.equal([]);
          expect(found.filter((m) => m.what.startsWith('bar'))).to.have.length(4);
          expect(found.filter((m) => m.what.startsWith('icons'))).to.have.length(2);
        });
      }
    }
  }
});
