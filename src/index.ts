/**
 * hip-trial-widgets: the one entry. Importing it registers every element (guarded, so a second
 * copy on the page never throws) and exports the classes and types for sites that need them.
 */
import { define, defineAll } from './define.js';
import { resizeEmbedsOnMessage } from './embed/host.js';
import { HipTrialSummary } from './elements/hip-trial-summary.js';
import { OutcomeBars } from './elements/outcome-bars.js';
import { OutcomeIcons } from './elements/outcome-icons.js';
import { TrialFactBox } from './elements/trial-fact-box.js';

defineAll({
  'hip-trial-summary': HipTrialSummary,
  'outcome-bars': OutcomeBars,
  'outcome-icons': OutcomeIcons,
  'trial-fact-box': TrialFactBox,
});
resizeEmbedsOnMessage();

export { define, HipTrialSummary, OutcomeBars, OutcomeIcons, TrialFactBox };
export { CHARTS, type Chart } from './elements/hip-trial-summary.js';
export { OUTCOMES, type Outcome } from './templates/bars.js';
export { SECTIONS, type SectionSlug, type Texts } from './i18n/types.js';
export { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from './i18n/locale.js';
export { trial, citation } from './trial/facts.js';
export { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from './embed/message.js';
export type { InvalidDetail } from './elements/trial-element.js';
