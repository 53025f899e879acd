/**
 * hip-trial-widgets: the entry a page loads. Importing it registers every element (guarded, so a
 * second copy on the page never throws), resizes marked embed iframes, and exports the classes.
 */
import { defineAll, HipTrialSummary, OutcomeBars, OutcomeIcons, resizeEmbedsOnMessage, TrialFactBox } from './classes.js';

defineAll({
  'hip-trial-summary': HipTrialSummary,
  'outcome-bars': OutcomeBars,
  'outcome-icons': OutcomeIcons,
  'trial-fact-box': TrialFactBox,
});
resizeEmbedsOnMessage();

export * from './classes.js';
