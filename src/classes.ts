/**
 * The classes and helpers, without registering anything: for a site that must register a tag
 * under another name because ours collides (`customElements.define('my-summary', class extends HipTrialSummary {})`).
 */
export { define, defineAll } from './define.js';
export { HipTrialSummary, CHARTS, type Chart } from './elements/hip-trial-summary.js';
export { OutcomeBars } from './elements/outcome-bars.js';
export { OutcomeIcons } from './elements/outcome-icons.js';
export { TrialFactBox } from './elements/trial-fact-box.js';
export type { InvalidDetail } from './elements/trial-element.js';
export { OUTCOMES, type Outcome } from './templates/bars.js';
export { THEMES, type Theme, type HeadingLevel } from './attributes.js';
export { SECTIONS, type SectionSlug, type Texts } from './i18n/types.js';
export { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from './i18n/locale.js';
