/**
 * The widgets as plain semantic HTML, for pages without our script: the static route a CMS editor
 * pastes, the full fallback inside the element, and the WordPress plugin's output. Made from the same
 * catalogs and content models as the shadow DOM, in two steps:
 *
 * 1. `staticFragments(lang)`: every piece of one language as escaped HTML (the build writes these to
 *    JSON for the PHP plugin, which holds no text of its own);
 * 2. `composeStatic(fragments, options)`: the pieces for one element and its options, in order. The
 *    plugin does the same in PHP (`hip_trial_compose`); a test holds the two to the same output.
 *
 * Only what WordPress keeps for an Author (kses): h2–h6, p, ul, li, table, caption, thead, tbody, tr,
 * th (scope), td (colspan), strong, cite, a (href), details, summary, section and div, with class,
 * lang and dir. No script, style, inline style, SVG or custom element.
 */
import { OUTCOMES, type FactCells } from '../content/types.js';
import { CHARTS, parseChoice, parseHeadingLevel, parseSections, type Chart } from '../attributes.js';
import { matchLanguage } from '../i18n/locale.js';
import { SECTIONS, type Block, type SectionSlug } from '../i18n/types.js';

/** The elements the static route renders, as the script route names them. */
export const STATIC_ELEMENTS = ['hip-trial-summary', 'outcome-bars', 'outcome-icons', 'trial-fact-box'] as const;
export type StaticElement = (typeof STATIC_ELEMENTS)[number];

/** Escapes text for HTML content and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const p = (text: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</p>`;
const block = (b: Block) =>
  typeof b === 'string' ? p(b) : `<ul>${b.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;

/** A heading marker the composer replaces with the level: `<h{2}>` is two below the title's level. */
const h = (below: number, text: string) => `<h{${below}}>${escapeHtml(text)}</h{${below}}>`;

function table(caption: string, head: readonly string[], rows: readonly { header: string; cells: FactCells | string }[]): string {
  const cells = (c: FactCells | string) =>
    typeof c === 'string'
      ? `<td colspan="${head.length - 1}">${escapeHtml(c)}</td>`
      : c.map(({ main, count }) => `<td>${count ? `<strong>${escapeHtml(main)}</strong> (${escapeHtml(count)})` : escapeHtml(main)}</td>`).join('');
  return (
    `<table><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head.map((x) => `<th scope="col">${escapeHtml(x)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr><th scope="row">${escapeHtml(r.header)}</th>${cells(r.cells)}</tr>`).join('')}</tbody></table>`
  );
}

/** Every piece of one language, as escaped HTML with heading markers. */
export interface StaticFragments {
  /** The BCP 47 tag and direction the content is marked with. */
  readonly tag: string;
  readonly dir: string;
  readonly title: string;
  readonly lead: string;
  /** Each section: its heading, then its body (the source section's corrections under a subheading). */
  readonly sections: { readonly [S in SectionSlug]: string };
  /** The charts as text: the bars as a table, the icon arrays as a list, the fact box as a table. */
  readonly charts: { readonly bars: string; readonly time: string; readonly icons: string; readonly factbox: string };
  readonly disclaimer: string;
  /** The short citation, under every element whose source section is not shown. */
  readonly shortSource: string;
}

export function staticFragments(lang: string): StaticFragments {
  const locale = matchLanguage(lang).locale;
  const { content: texts } = locale;
  const link = `${escapeHtml(texts.doi)} <a href="${texts.doiUrl}">${escapeHtml(texts.readStudy)}</a>.`;
  const { citation } = texts;
  const section = (slug: SectionSlug) => {
    const { heading, body } = texts.sections[slug];
    if (slug === 'professionals') {
      return `${h(1, heading)}<details><summary>${escapeHtml(texts.sections.professionals.toggle)}</summary>${body.map(block).join('')}</details>`;
    }
    if (slug === 'source') {
      return (
        h(1, heading) +
        `<p>${escapeHtml(citation.before)} <cite lang="en">${escapeHtml(citation.title)}</cite>. ${escapeHtml(citation.after)} ${link}</p>` +
        p(citation.registrations) +
        `<p>${escapeHtml(citation.conductedBy)} <span lang="en">${escapeHtml(citation.institution)}</span>.</p>` +
        h(2, texts.corrections) +
        body.map(block).join('')
      );
    }
    return h(1, heading) + body.map(block).join('');
  };
  const bars = (outcome: (typeof OUTCOMES)[number]) => {
    const m = texts.bars[outcome];
    return table(m.question, m.header, m.rows.map((r) => ({ header: r.name, cells: [{ key: r.key, main: r.value }] }))) + p(m.note);
  };
  const { icons, factbox } = texts;
  return {
    tag: locale.tag,
    dir: locale.dir,
    title: escapeHtml(texts.title),
    lead: escapeHtml(texts.lead),
    sections: Object.fromEntries(SECTIONS.map((slug) => [slug, section(slug)])) as StaticFragments['sections'],
    charts: {
      bars: bars('surgery'),
      time: bars('time'),
      icons: p(icons.question) + `<ul>${icons.arrays.map((a) => `<li>${escapeHtml(a.label)}</li>`).join('')}</ul>` + p(icons.note),
      factbox:
        table(factbox.title, [factbox.corner, ...factbox.columns.map((c) => c.name)], factbox.rows) + p(factbox.note),
    },
    disclaimer: `<p><strong>${escapeHtml(texts.disclaimer)}</strong></p>`,
    shortSource: `<p>${escapeHtml(texts.shortSource)} ${link}</p>`,
  };
}

/** The options of one element, as its attributes name them; anything missing or wrong gets the element's default. */
export interface StaticOptions {
  readonly element?: string;
  readonly lang?: string;
  readonly section?: string;
  readonly chart?: string;
  readonly 'heading-level'?: string;
  readonly outcome?: string;
}

/** The pieces for one element and its options, in the element's order, inside one marked box. */
export function composeStatic(fragments: StaticFragments, options: StaticOptions): string {
  const ignore = () => {};
  const element = parseChoice(options.element ?? null, 'element', STATIC_ELEMENTS, 'hip-trial-summary', ignore);
  // h2–h6 only: a heading below h6 would need ARIA, which a CMS's filter removes.
  const title = parseHeadingLevel(options['heading-level'] ?? null, ignore);
  const levels = (html: string) => html.replace(/<(\/?)h\{(\d)\}>/g, (_, slash: string, below: string) => `<${slash}h${Math.min(6, title + Number(below))}>`);
  let body: string;
  if (element === 'hip-trial-summary') {
    const sections = parseSections(options.section ?? null, ignore);
    const chart: Chart = parseChoice(options.chart ?? null, 'chart', CHARTS, 'bars', ignore);
    body =
      `<h{0}>${fragments.title}</h{0}><p>${fragments.lead}</p>` +
      sections
        .map((slug) => `<section>${fragments.sections[slug]}${slug === 'results' && chart !== 'none' ? fragments.charts[chart] : ''}</section>`)
        .join('') +
      fragments.disclaimer +
      (sections.includes('source') ? '' : fragments.shortSource);
  } else {
    const outcome = parseChoice(options.outcome ?? null, 'outcome', OUTCOMES, 'surgery', ignore);
    const chart = element === 'outcome-bars' ? (outcome === 'time' ? 'time' : 'bars') : element === 'outcome-icons' ? 'icons' : 'factbox';
    body = fragments.charts[chart] + fragments.disclaimer + fragments.shortSource;
  }
  return `<div class="hip-trial-static" lang="${fragments.tag}" dir="${fragments.dir}">${levels(body)}</div>`;
}

/**
 * A fallback of one paragraph, the title and the study link, where the full text is too long to
 * show (the README's example, the embed page before its script runs). `newTab`: the link opens
 * outside the page it is in (an iframe).
 */
export function shortFallback(lang: string, newTab = false): string {
  const { content } = matchLanguage(lang).locale;
  return `<p>${escapeHtml(content.title)}. <a href="${content.doiUrl}"${newTab ? ' target="_blank" rel="noopener"' : ''}>${escapeHtml(content.readStudy)}</a>.</p>`;
}

/** The static HTML of one element and its options, in its language. */
export function staticHtml(options: StaticOptions): string {
  return composeStatic(staticFragments(options.lang ?? 'en'), options);
}
