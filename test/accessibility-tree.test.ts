import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { sourceLocale } from '../src/i18n/source.js';
import { axNodes, axText, axTree, fold, type AXNode } from './helpers.js';

/** Roles a screen reader lists as landmarks or regions. */
const LANDMARKS = ['region', 'contentinfo', 'banner', 'complementary', 'main', 'navigation', 'form', 'search'];

/** The tree of one element, placed outside any <main> or <article>, where a <footer> would be a landmark. */
async function treeOf(markup: TemplateResult): Promise<AXNode[] | null> {
  const wrapper = await fixture(html`<div id="ax-target">${markup}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return axTree('#ax-target');
}

const withRole = (tree: AXNode[], role: string) => axNodes(tree).filter((n) => n.role === role);
/** All the text a node gives, its own name or its descendants' text, folded. */
const said = (n: AXNode): string => fold(n.role === 'StaticText' ? n.name : n.children.map(said).join(' ') || n.name);

describe('what a screen reader is given (Chromium accessibility tree)', () => {
  for (const [tag, markup] of [
    ['hip-trial-summary', html`<hip-trial-summary lang="en"></hip-trial-summary>`],
    ['outcome-bars', html`<outcome-bars lang="en"></outcome-bars>`],
    ['outcome-icons', html`<outcome-icons lang="en"></outcome-icons>`],
    ['trial-fact-box', html`<trial-fact-box lang="en"></trial-fact-box>`],
  ] as const) {
    it(`<${tag}> adds at most one region (the summary's article) and no contentinfo`, async function () {
      const tree = await treeOf(markup);
      if (!tree) this.skip();
      const landmarks = axNodes(tree).filter((n) => LANDMARKS.includes(n.role));
      expect(landmarks.map((n) => `${n.role} "${n.name}"`), axText(tree)).to.deep.equal([]);
      expect(withRole(tree, 'article')).to.have.length(tag === 'hip-trial-summary' ? 1 : 0);
    });
  }

  for (const code of ['en', 'de'] as const) {
    const c = sourceLocale(code).texts.charts;

    it(`${code}: each icon array is one named image with the time frame and nothing inside; the legend reads as sentences`, async function () {
      const tree = await treeOf(html`<outcome-icons lang=${code}></outcome-icons>`);
      if (!tree) this.skip();
      const images = axNodes(tree).filter((n) => ['image', 'img', 'graphics-document', 'graphics-symbol'].includes(n.role));
      expect(images, axText(tree)).to.have.length(2);
      const per100 = code === 'en' ? ['40 of 100', '57 of 100'] : ['40 von 100', '57 von 100'];
      images.forEach((image, i) => {
        expect(image.role).to.equal('image');
        expect(fold(image.name)).to.contain(per100[i]).and.to.contain(fold(c.timeFrame)).and.to.contain(fold(i ? c.educationOnly : c.exercise));
        expect(image.children, `nothing inside image ${i} is exposed`).to.deep.equal([]);
      });
      const items = withRole(tree, 'listitem').map(said);
      expect(items).to.deep.equal([`${c.filledIcon} ${c.newHip}`, `${c.outlinedIcon} ${c.ownHip}`].map(fold));
      // The arrays' visible names and values are not read a second time as loose text.
      const loose = withRole(tree, 'StaticText').map((n) => fold(n.name));
      expect(loose).not.to.include(per100[0]);
    });

    for (const outcome of ['surgery', 'time'] as const) {
      it(`${code}: <outcome-bars outcome="${outcome}">: the plot is the table, named by its question, with every name and value`, async function () {
        const tree = await treeOf(html`<outcome-bars lang=${code} outcome=${outcome}></outcome-bars>`);
        if (!tree) this.skip();
        const tables = withRole(tree, 'table');
        expect(tables, axText(tree)).to.have.length(1);
        expect(fold(tables[0].name)).to.equal(fold(outcome === 'surgery' ? c.surgeryQuestion : c.timeQuestion));
        const rows = withRole(tables, 'row').map((row) => row.children.map((cell) => `${cell.role}: ${said(cell)}`));
        expect(rows).to.have.length(3);
        expect(rows[0]).to.deep.equal([`columnheader: ${fold(c.group)}`, `columnheader: ${fold(outcome === 'surgery' ? c.rows.surgery : c.rows.time)}`]);
        expect(rows[1][0]).to.equal(`rowheader: ${fold(c.exercise)}`);
        expect(rows[2][0]).to.equal(`rowheader: ${fold(c.educationOnly)}`);
        for (const row of rows.slice(1)) expect(row[1]).to.match(/^cell: \d/);
        // No drawing is exposed: the bars and the scale are what the table says.
        expect(axNodes(tree).filter((n) => /image|graphics/.test(n.role))).to.deep.equal([]);
      });
    }
  }

  it('the fact box table is named by its caption', async function () {
    const tree = await treeOf(html`<trial-fact-box lang="en"></trial-fact-box>`);
    if (!tree) this.skip();
    const [table] = withRole(tree, 'table');
    expect(fold(table.name)).to.equal(fold(sourceLocale('en').texts.charts.factBoxTitle));
  });

  for (const chart of ['bars', 'icons', 'factbox']) {
    it(`the results section with chart="${chart}": one heading per section, the chart after the text, then the disclaimer`, async function () {
      const tree = await treeOf(html`<hip-trial-summary lang="en" section="results" chart=${chart}></hip-trial-summary>`);
      if (!tree) this.skip();
      const [article] = withRole(tree, 'article');
      const roles = article.children.map((n) => n.role);
      expect(roles.filter((r) => r === 'heading')).to.have.length(2);
      const chartAt = roles.findIndex((r) => r === 'figure' || r === 'table');
      expect(chartAt).to.be.greaterThan(roles.lastIndexOf('heading'));
      expect(said(article.children[chartAt + (chart === 'factbox' ? 2 : 1)])).to.contain('does not replace medical advice');
    });
  }
});
