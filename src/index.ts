/**
 * hip-trial-widgets: the one entry. Importing it registers every element (guarded, so a second
 * copy on the page never throws) and exports the classes and types for sites that need them.
 */
import { define } from './define.js';
import { HipTrialSummary } from './elements/hip-trial-summary.js';

define('hip-trial-summary', HipTrialSummary);

export { define, HipTrialSummary };
export { SECTIONS, type SectionSlug, type Texts } from './i18n/types.js';
export { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from './i18n/locale.js';
export { trial, citation } from './trial/facts.js';
