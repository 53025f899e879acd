import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { HipTrialSummary } from '../src/index.js';
import { SECTIONS } from '../src/i18n/types.js';
import { captureWarnings, shadow, TAGS, visibleText } from './helpers.js';

async function summary(attrs: { section?: string; headingLevel?: string; lang?: string } = {}) {
  const el = await fixture<HipTrialSummary>(
    html`<hip-trial-summary
      lang=${attrs.lang ?? 'nl'}
      section=${attrs.section ?? ''}
      heading-level=${attrs.headingLevel ?? '2'}
    ></hip-trial-summary>`,
  );
  await el.updateComplete;
  return el;
}

const renderedSections = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part~="section"]')].map((s) => s.dataset.section);

const sectionText = (el: Element, slug: string) =>
  visibleText(shadow(el).querySelector(`[part~="section"][data-section="${slug}"]`));

// What a Dutch reader sees as each section's heading.
const dutchHeadings: Record<string, string> = {
  intro: 'Artrose in de heup',
  background: 'Bewegen bij artrose',
  aim: 'Wat wilden de onderzoekers weten?',
  participants: 'Wie deed mee?',
  methods: 'Hoe verliep de studie?',
  results: 'Wat vond de studie?',
  reliability: 'Hoe zeker is dit?',
  professionals: 'Voor zorgverleners',
  meaning: 'Wat betekent dit voor mij?',
  source: 'Bron',
};

describe('<hip-trial-summary> in Dutch', () => {
  for (const slug of SECTIONS) {
    it(`section="${slug}" renders that section alone, under its own heading`, async () => {
      const el = await summary({ section: slug });
      expect(renderedSections(el)).to.deep.equal([slug]);
      const headings = shadow(el).querySelectorAll('h3');
      const sectionHeadings = [...headings].filter((h) => h.closest('[part~="section"]') && h.matches('[part~="heading"]'));
      expect(sectionHeadings).to.have.length(1);
      expect(visibleText(sectionHeadings[0])).to.equal(dutchHeadings[slug]);
    });
  }

  it('shows the participants in Dutch figures', async () => {
    const text = sectionText(await summary({ section: 'participants' }), 'participants');
    expect(text).to.contain('109 mensen uit Noorwegen');
    expect(text).to.contain('tussen 40 en 80 jaar');
    expect(text).to.contain('tussen 2005 en 2007');
    expect(text).to.contain('lichte tot matige klachten');
  });

  it('shows the method in Dutch figures', async () => {
    const text = sectionText(await summary({ section: 'methods' }), 'methods');
    expect(text).to.contain('een groep van 55 en een groep van 54 mensen');
    expect(text).to.contain('12 weken');
    expect(text).to.contain('2 tot 3 keer per week');
    expect(text).to.contain('3,5 tot 6 jaar');
  });

  it('shows the results with counts, percentages and median years in Dutch format', async () => {
    const text = sectionText(await summary({ section: 'results' }), 'results');
    expect(text).to.contain('22 van de 55');
    expect(text).to.contain('31 van de 54');
    expect(text).to.contain('40%');
    expect(text).to.contain('57%');
    expect(text).to.contain('5,4 jaar');
    expect(text).to.contain('3,5 jaar');
    expect(text).to.contain('de helft');
    expect(text, 'the time frame stands next to the counts').to.contain('Elke deelnemer werd 3,5 tot 6 jaar gevolgd. In die tijd kregen 22 van de 55');
    expect(text, 'the medians are estimates').to.contain('De onderzoekers schatten wanneer de helft');
    expect(text, 'the absolute difference').to.contain('Per 100 mensen kregen er met oefentherapie ongeveer 17 minder een nieuwe heup');
  });

  it('keeps the article order whatever order the attribute gives', async () => {
    const el = await summary({ section: 'results  aim participants results' });
    expect(renderedSections(el)).to.deep.equal(['aim', 'participants', 'results']);
  });

  it('shows every section when section is empty or absent', async () => {
    expect(renderedSections(await summary({ section: '' }))).to.deep.equal([...SECTIONS]);
    const bare = await fixture<HipTrialSummary>(html`<hip-trial-summary lang="nl"></hip-trial-summary>`);
    expect(renderedSections(bare)).to.deep.equal([...SECTIONS]);
  });

  for (const section of ['', 'results', 'source', 'intro meaning']) {
    it(`always shows the disclaimer and the study (section="${section}")`, async () => {
      const el = await summary({ section });
      const disclaimer = shadow(el).querySelector('[part~="disclaimer"]');
      expect(visibleText(disclaimer)).to.contain('vervangt geen medisch advies');
      expect(visibleText(disclaimer)).to.contain('arts');
      const doi = shadow(el).querySelector<HTMLAnchorElement>('a[href="https://doi.org/10.1136/annrheumdis-2013-203628"]');
      expect(doi, 'a DOI link to the study').to.exist;
      expect(visibleText(shadow(el).querySelector('[part~="base"]'))).to.contain('Svege I');
    });
  }

  it('gives the full citation and the corrections in the source section', async () => {
    const text = sectionText(await summary({ section: 'source' }), 'source');
    for (const piece of ['Svege I, Nordsletten L, Fernandes L, Risberg MA', 'Exercise therapy may postpone total hip replacement',
      'Ann Rheum Dis 2015;74(1):164–169', 'DOI: 10.1136/annrheumdis-2013-203628', 'Lees de studie (in het Engels)', 'NCT00319423', 'NCT01338532', 'PMID 24255546', 'Oslo University Hospital']) {
      expect(text).to.contain(piece);
    }
    const corrections = shadow(await summary({ section: 'source' })).querySelectorAll('[data-section="source"] li');
    expect(corrections).to.have.length(3);
    expect(text).to.contain('5,5 jaar');
    expect(text).to.contain('5,4 jaar');
    expect(text).to.contain('lichte tot matige klachten');
  });

  it('never says "na zes jaar" or "gevorderd", and "gemiddeld" only where it corrects the article', async () => {
    const el = await summary();
    const text = visibleText(shadow(el).querySelector('[part~="base"]')).toLowerCase();
    expect(text.length).to.be.greaterThan(1000);
    for (const wrong of ['na zes jaar', 'na 6 jaar', 'gevorderd']) expect(text).not.to.contain(wrong);
    const note = visibleText(shadow(el).querySelector('[data-section="source"] ul')).toLowerCase();
    expect(note).to.contain('gemiddelde');
    expect(text.replace(note, '')).not.to.contain('gemiddeld');
  });

  it('carries the resolved language on the rendered content', async () => {
    const el = await summary({ lang: 'nl' });
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('nl-BE');
    const nlNL = await summary({ lang: 'nl-NL' });
    expect(shadow(nlNL).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('nl-NL');
  });
});

describe('<hip-trial-summary> heading-level', () => {
  for (const level of [2, 3, 4, 5]) {
    it(`heading-level="${level}" puts the title at h${level} and sections at h${level + 1}`, async () => {
      const el = await summary({ headingLevel: String(level) });
      expect(shadow(el).querySelector('[part~="title"]')!.localName).to.equal(`h${level}`);
      const headings = [...shadow(el).querySelectorAll('[part~="heading"]')];
      expect(headings).to.have.length(SECTIONS.length);
      for (const h of headings) expect(h.localName).to.equal(`h${level + 1}`);
    });
  }

  it('heading-level="6" keeps section headings one level below as ARIA level 7', async () => {
    const el = await summary({ headingLevel: '6' });
    expect(shadow(el).querySelector('[part~="title"]')!.localName).to.equal('h6');
    const h = shadow(el).querySelector('[part~="heading"]')!;
    expect(h.getAttribute('role')).to.equal('heading');
    expect(h.getAttribute('aria-level')).to.equal('7');
    await expect(el).to.be.accessible();
  });

  for (const bad of ['9', 'abc', '1', '2.5', '']) {
    it(`heading-level="${bad}" warns once, naming it and the valid values, and falls back to 2`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await summary({ headingLevel: bad });
        expect(shadow(el).querySelector('[part~="title"]')!.localName).to.equal('h2');
        el.section = 'results';
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`"${bad}"`).and.to.contain('"2", "3", "4", "5", "6"');
      } finally {
        warnings.restore();
      }
    });
  }
});

describe('<hip-trial-summary> bad input', () => {
  it('section="reslts" warns once, naming it and the valid sections, and shows everything', async () => {
    const warnings = captureWarnings();
    try {
      const el = await summary({ section: 'reslts' });
      expect(renderedSections(el)).to.deep.equal([...SECTIONS]);
      el.headingLevel = 3;
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"reslts"').and.to.contain('"results"').and.to.contain('"intro"');
    } finally {
      warnings.restore();
    }
  });

  it('section="results reslts" keeps the good slug and warns about the bad one', async () => {
    const warnings = captureWarnings();
    try {
      const el = await summary({ section: 'results reslts' });
      expect(renderedSections(el)).to.deep.equal(['results']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"reslts"');
    } finally {
      warnings.restore();
    }
  });

  it('a property set to nonsense from script does not throw and is never blank', async () => {
    const warnings = captureWarnings();
    try {
      const el = await summary();
      (el as unknown as { headingLevel: unknown }).headingLevel = { level: 3 };
      (el as unknown as { section: unknown }).section = 42;
      await el.updateComplete;
      expect(renderedSections(el)).to.deep.equal([...SECTIONS]);
      expect(warnings.messages).to.have.length(2);
    } finally {
      warnings.restore();
    }
  });
});

describe('<hip-trial-summary> accessibility', () => {
  it('the whole summary passes axe', async () => {
    await expect(await summary()).to.be.accessible();
  });

  it('one section passes axe', async () => {
    await expect(await summary({ section: 'results', headingLevel: '3' })).to.be.accessible();
  });

  it('keeps its styles inside its shadow roots: the page around it looks exactly the same', async () => {
    const page = await fixture(html`<div>
      <h2>Host heading</h2><p>Host text with <a href="#x">a link</a></p>
      <figure><table><tr><th>a</th><td>b</td></tr></table><figcaption>c</figcaption></figure>
      <svg width="20" height="20"><path d="M0 0h10v10z"></path></svg>
    </div>`);
    const props = ['font-size', 'font-weight', 'color', 'margin-top', 'padding-left', 'border-top-width', 'display', 'fill', 'stroke', 'text-decoration-line', 'background-color'];
    const look = () => [...page.querySelectorAll('*')].map((e) => props.map((p) => getComputedStyle(e).getPropertyValue(p)).join('|'));
    const [sheets, adopted, before] = [document.styleSheets.length, document.adoptedStyleSheets.length, look()];
    const widgets = document.createElement('div');
    for (const tag of TAGS) widgets.append(document.createElement(tag));
    page.after(widgets);
    await Promise.all([...widgets.children].map((w) => (w as HipTrialSummary).updateComplete));
    expect(shadow(widgets.firstElementChild!).textContent!.length, 'the widgets rendered').to.be.greaterThan(1000);
    expect(document.styleSheets.length, 'no <style> or <link> in the page').to.equal(sheets);
    expect(document.adoptedStyleSheets.length, 'no sheet adopted by the page').to.equal(adopted);
    expect(look()).to.deep.equal(before);
    widgets.remove();
  });

  it('inherits font and colour from the page', async () => {
    const wrapper = await fixture(
      html`<div style="font-family: monospace; color: rgb(120, 10, 10)"><hip-trial-summary lang="nl"></hip-trial-summary></div>`,
    );
    // A summary renders in steps (a few sections a task): wait for the last.
    await wrapper.querySelector('hip-trial-summary')!.updateComplete;
    const p = shadow(wrapper.querySelector('hip-trial-summary')!).querySelector('[data-section="aim"] p')!;
    expect(getComputedStyle(p).fontFamily).to.contain('monospace');
    expect(getComputedStyle(p).color).to.equal('rgb(120, 10, 10)');
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><hip-trial-summary lang="nl"></hip-trial-summary></div>`,
    );
    const el = wrapper.querySelector('hip-trial-summary')!;
    const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    for (const node of shadow(el).querySelectorAll('p, li, a, h2, h3')) {
      expect(node.getBoundingClientRect().right, node.textContent!.slice(0, 40)).to.be.at.most(base.getBoundingClientRect().right + 0.5);
    }
  });
});
