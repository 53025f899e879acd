import type { TemplateResult } from 'lit';
import type { Content } from '../content/types.js';
import { iconsTemplate } from '../templates/icons.js';
import { TrialElement } from './trial-element.js';

/**
 * Two 10 × 10 icon arrays: of every 100 people, how many had a new hip, with and without exercise therapy.
 *
 * @tag outcome-icons
 * @summary Icon arrays: 40 of 100 against 57 of 100 had a hip replacement during follow-up.
 *
 * @csspart base - The outer box.
 * @csspart figure - The arrays with their caption.
 * @csspart caption - The caption: question, time frame, real counts.
 * @csspart icon-array - Each array of 100 people.
 * @csspart legend - What a filled and an outlined person mean.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart source - The short citation of the study.
 *
 * @cssproperty --hip-trial-exercise-color - The exercise group's icons. Default: #3a7bd5 (auto), #1f5fa3 (light), #8ec5ff (dark).
 * @cssproperty --hip-trial-education-color - The education-only group's icons. Default: #c45f00 (auto), #a64b00 (light), #f2a766 (dark).
 * @cssproperty --hip-trial-chart-text - Text of the chart. Default: inherited.
 * @cssproperty --hip-trial-font-size - Base text size.
 * @cssproperty --hip-trial-paragraph-spacing - Space after each paragraph. Default: 0.75em.
 * @cssproperty --hip-trial-max-width - Widest the box gets. Default: 44rem.
 */
export class OutcomeIcons extends TrialElement {
  protected override figure(content: Content): TemplateResult {
    return iconsTemplate(content);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'outcome-icons': OutcomeIcons;
  }
}
