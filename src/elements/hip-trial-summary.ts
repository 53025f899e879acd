import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CHARTS, parseChoice, parseHeadingLevel, parseSections, type Chart, type HeadingLevel } from '../attributes.js';
import type { Content } from '../content/types.js';
import type { Block, SectionSlug } from '../i18n/types.js';
import { barsTemplate } from '../templates/bars.js';
import { chartStyles } from '../templates/chart-styles.js';
import { factBoxTemplate } from '../templates/factbox.js';
import { footer, footerStyles, studyLink } from '../templates/footer.js';
import { iconsTemplate } from '../templates/icons.js';
import { baseStyles } from '../styles/base.js';
import { summaryStyles } from './hip-trial-summary.styles.js';
import { TrialElement } from './trial-element.js';
import { budgetLeft, nextTask } from './when-needed.js';

/**
 * What one section costs on this page, in ms, over every summary (0 before the first is measured):
 * the larger of the last step's cost per section and 0.7 of the estimate before it, so a costly step
 * (the first use of a template) weighs on the next steps and then fades. A step renders as many
 * sections as what is left of the task's share holds at that cost (budgetLeft(): a task that released
 * several widgets shares it among them), and at least one.
 */
let sectionCost = 0;
const sectionsPerStep = (): number => (sectionCost ? Math.max(1, Math.floor(budgetLeft() / sectionCost)) : 1);

export { CHARTS, type Chart } from '../attributes.js';

/** A heading at any depth: h2–h6 as real elements, deeper levels as ARIA headings. */
function heading(level: number, part: string, content: string, id: string): TemplateResult {
  const cls = part;
  switch (level) {
    case 2:
      return html`<h2 part=${part} class=${cls} id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${cls} id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${cls} id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${cls} id=${id}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${cls} id=${id}>${content}</h6>`;
    default:
      return html`<p role="heading" aria-level=${level} part=${part} class=${cls} id=${id}>${content}</p>`;
  }
}

function block(b: Block): TemplateResult {
  return typeof b === 'string' ? html`<p>${b}</p>` : html`<ul>${b.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/**
 * The plain-language summary of the trial, whole or by section.
 *
 * @tag hip-trial-summary
 * @summary Plain-language summary of the exercise-therapy and hip-replacement trial.
 *
 * @csspart base - The summary's outer box.
 * @csspart title - The summary's title.
 * @csspart lead - The key message under the title.
 * @csspart section - Each section.
 * @csspart heading - Each section heading.
 * @csspart disclaimer - The medical disclaimer, always shown.
 * @csspart source - The short citation shown when the source section is not.
 * @csspart details - The professionals' disclosure (`<details>`), closed by default.
 * @csspart summary - Its summary line, the control that opens it.
 * @csspart figure - The chart in the results section (bars or icons).
 * @csspart caption - The chart's caption.
 * @csspart bar - Each bar (also `bar-exercise`, `bar-educationOnly`).
 * @csspart icon-array - Each icon array.
 * @csspart factbox - The fact box.
 * @csspart table - The fact box's table.
 *
 * @cssproperty --hip-trial-font-size - Base text size. Default: the larger of the page's size and 1.125rem.
 * @cssproperty --hip-trial-line-height - Line height of all the text, headings included. Default: 1.6.
 * @cssproperty --hip-trial-paragraph-spacing - Space after each paragraph and list. Default: 0.75em.
 * @cssproperty --hip-trial-max-width - Longest line box. Default: 44rem.
 * @cssproperty --hip-trial-padding - Padding of the box.
 * @cssproperty --hip-trial-border-color - Border of the box. Default: the text colour at 22 %.
 * @cssproperty --hip-trial-radius - Corner radius of the box. Default: 0.5rem.
 * @cssproperty --hip-trial-surface - Background of the box. Default: transparent (the page shows through).
 * @cssproperty --hip-trial-accent - Heading bars, link underlines and focus rings. Default: #3a7bd5 (auto), #1f5fa3 (light), #8ec5ff (dark).
 * @cssproperty --hip-trial-note-background - Background of the disclaimer. Default: the text colour at 7 %.
 * @cssproperty --hip-trial-exercise-color - The exercise group in charts. Default: #3a7bd5 (auto), #1f5fa3 (light), #8ec5ff (dark).
 * @cssproperty --hip-trial-education-color - The education-only group in charts. Default: #c45f00 (auto), #a64b00 (light), #f2a766 (dark).
 * @cssproperty --hip-trial-chart-text - Text of charts. Default: inherited.
 */
export class HipTrialSummary extends TrialElement {
  static override styles = [baseStyles, summaryStyles, chartStyles, footerStyles];
  static override properties = {
    section: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    chart: { reflect: true },
  };

  /** Which sections to show, space separated, from `intro background aim participants methods results reliability professionals meaning source`; empty or absent shows all. */
  section: string | null = null;

  /** Level of the summary's title, 2 to 6 (default 2); section headings sit one level below. */
  headingLevel: HeadingLevel | string | null = null;

  /** The picture in the results section: `bars` (default), `icons`, `factbox` or `none`. */
  chart: Chart | string | null = null;

  // Set by willUpdate before every render.
  #sections!: SectionSlug[];
  #level!: HeadingLevel;
  #chart!: Chart;
  /**
   * A whole summary is too much for one task on a slow phone, so it renders in steps, sections in
   * order, yielding to the page between them: #upTo sections are rendered, and each step adds as
   * many as what is left of the task's time holds at the estimated cost (sectionsPerStep). Until the
   * last, the room stays reserved.
   */
  #upTo!: number;
  #stepStart!: number;
  #stepped!: number;
  #rendered = 0;
  /** The next step, while sections are left to render. */
  #next?: Promise<void>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#sections = parseSections(this.section, this.warn);
    this.#level = parseHeadingLevel(this.headingLevel, this.warn);
    this.#chart = parseChoice(this.chart, 'chart', CHARTS, 'bars', this.warn);
    this.#stepStart = performance.now();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#upTo >= this.#sections.length) {
      this.#next = undefined;
      return;
    }
    // Sections differ (a chart, a list, the first use of a template): a costly one weighs on the next steps.
    if (this.#stepped) sectionCost = Math.max((performance.now() - this.#stepStart) / this.#stepped, sectionCost * 0.7);
    this.#next = nextTask().then(() => {
      this.#upTo += sectionsPerStep();
      this.requestUpdate();
    });
  }

  /** Resolves once every section is rendered, not after the first step only. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (!this.#next) return result;
    await this.#next;
    return this.getUpdateComplete();
  }

  // Sections carry no aria-labelledby: a named section is a region landmark, and nine of them beside
  // the labelled article are noise; their headings are enough to find them.
  protected override render(): TemplateResult {
    const { content: texts, tag } = this.locale;
    const level = this.#level;
    // The first step draws the title and the key message, and the first sections where an earlier
    // summary showed what they cost (the very first on a page draws the title alone: its first
    // render also prepares the templates); the other sections follow, in order.
    if (!this.hasUpdated) this.#upTo = sectionsPerStep() - 1;
    const shown = this.#sections.slice(0, this.#upTo);
    this.#stepped = shown.length - this.#rendered;
    this.#rendered = shown.length;
    const complete = shown.length === this.#sections.length;
    return html`<article part="base" class=${complete ? 'base' : 'base pending'} lang=${tag} dir=${this.locale.dir} data-theme=${this.themeUsed} aria-labelledby="title">
      ${heading(level, 'title', texts.title, 'title')}
      <p part="lead" class="lead">${texts.lead}</p>
      ${shown.map(
        (slug) => html`<section part="section" data-section=${slug}>
          ${heading(level + 1, 'heading', texts.sections[slug].heading, `h-${slug}`)}
          ${this.#renderBody(slug, level)}
          ${slug === 'results' ? this.figure(texts) : nothing}
        </section>`,
      )}
      ${complete ? footer(texts, !shown.includes('source')) : nothing}
    </article>`;
  }

  #renderBody(slug: SectionSlug, level: number): TemplateResult | TemplateResult[] {
    const { sections } = this.locale.content;
    if (slug === 'source') return this.#renderSource(level + 2);
    const body = sections[slug].body.map(block);
    // Technical figures stay behind a native disclosure, closed until a reader opens it.
    return slug === 'professionals'
      ? html`<details part="details"><summary part="summary">${sections.professionals.toggle}</summary>${body}</details>`
      : body;
  }

  /** The picture in the results section. */
  protected override figure(content: Content): TemplateResult | typeof nothing {
    switch (this.#chart) {
      case 'bars':
        return barsTemplate(content, 'surgery');
      case 'icons':
        return iconsTemplate(content);
      case 'factbox':
        return factBoxTemplate(content);
      default:
        return nothing;
    }
  }

  #renderSource(subLevel: number): TemplateResult {
    const { content: texts } = this.locale;
    const c = texts.citation;
    return html`<p>${c.before} <cite lang="en">${c.title}</cite>. ${c.after} ${studyLink(texts)}</p>
      <p>${c.registrations}</p>
      <p>${c.conductedBy} <span lang="en">${c.institution}</span>.</p>
      ${heading(subLevel, 'subheading', texts.corrections, 'h-corrections')} ${texts.sections.source.body.map(block)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hip-trial-summary': HipTrialSummary;
  }
}
