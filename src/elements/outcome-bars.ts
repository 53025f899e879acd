import type { PropertyValues, TemplateResult } from 'lit';
import { parseChoice } from '../attributes.js';
import type { Content } from '../content/types.js';
import { barsTemplate, OUTCOMES, type Outcome } from '../templates/bars.js';
import { TrialElement } from './trial-element.js';

/**
 * A bar chart comparing the two groups, with a caption and a table for screen readers.
 *
 * @tag outcome-bars
 * @summary Bar chart: hip replacements during follow-up, or median years to one, by group.
 *
 * @csspart base - The outer box.
 * @csspart figure - The chart with its caption.
 * @csspart caption - The caption: question, time frame, group sizes.
 * @csspart track - The full-scale track behind each bar.
 * @csspart bar - Each bar; also `bar-exercise` and `bar-educationOnly`.
 * @csspart value - The value label beside each bar.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart source - The short citation of the study.
 *
 * @cssproperty --hip-trial-exercise-color - The exercise group's bar. Default: #3a7bd5 (auto), #1f5fa3 (light), #8ec5ff (dark).
 * @cssproperty --hip-trial-education-color - The education-only group's bar. Default: #c45f00 (auto), #a64b00 (light), #f2a766 (dark).
 * @cssproperty --hip-trial-chart-text - Text of the chart. Default: inherited.
 * @cssproperty --hip-trial-font-size - Base text size.
 * @cssproperty --hip-trial-paragraph-spacing - Space after each paragraph. Default: 0.75em.
 * @cssproperty --hip-trial-max-width - Widest the box gets. Default: 44rem.
 */
export class OutcomeBars extends TrialElement {
  // The bar chart is shorter than a screen once there is room beside its labels (as the README's reservation).
  static override properties = { outcome: { reflect: true } };

  /** `surgery` (default): who had a hip replacement during follow-up; `time`: median years to it. */
  outcome: Outcome | string | null = null;

  /** Set by willUpdate before every render. */
  #outcome!: Outcome;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#outcome = parseChoice(this.outcome, 'outcome', OUTCOMES, 'surgery', this.warn);
  }

  protected override figure(content: Content): TemplateResult {
    return barsTemplate(content, this.#outcome);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'outcome-bars': OutcomeBars;
  }
}
