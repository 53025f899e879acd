import type { TemplateResult } from 'lit';
import type { Content } from '../content/types.js';
import { factBoxTemplate } from '../templates/factbox.js';
import { TrialElement } from './trial-element.js';

/**
 * The trial's fact box: exercise therapy with education against education only, one row per outcome.
 *
 * @tag trial-fact-box
 * @summary Two-column fact box with hip replacements, time to surgery, pain, stiffness and hip function.
 *
 * @csspart base - The outer box.
 * @csspart factbox - The table with its note.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart source - The short citation of the study.
 *
 * @cssproperty --hip-trial-exercise-color - Rule under the exercise column. Default: #3a7bd5 (auto), #1f5fa3 (light), #8ec5ff (dark).
 * @cssproperty --hip-trial-education-color - Rule under the education-only column. Default: #c45f00 (auto), #a64b00 (light), #f2a766 (dark).
 * @cssproperty --hip-trial-font-size - Base text size.
 * @cssproperty --hip-trial-paragraph-spacing - Space after each paragraph. Default: 0.75em.
 * @cssproperty --hip-trial-max-width - Widest the box gets. Default: 44rem.
 */
export class TrialFactBox extends TrialElement {
  protected override figure(content: Content): TemplateResult {
    return factBoxTemplate(content);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trial-fact-box': TrialFactBox;
  }
}
