/**
 * hip-trial-widgets: the entry a page loads. Importing it registers every element (guarded, so a
 * second copy on the page never throws) and exports the classes. Sizing embed iframes is
 * dist/embed-host.js's job (src/embed/host-page.ts).
 */
import { defineAll, HipTrialSummary, OutcomeBars, OutcomeIcons, TrialFactBox } from './classes.js';
import { policyRefused, TRUSTED_TYPES_DIRECTIVE } from './trusted-types.js';

const elements = {
  'hip-trial-summary': HipTrialSummary,
  'outcome-bars': OutcomeBars,
  'outcome-icons': OutcomeIcons,
  'trial-fact-box': TrialFactBox,
};
// Where the page refused our Trusted Types policy, Lit cannot render: registering would blank the
// fallback text. Unless another copy already registered every tag, say what the site must add: once
// per page, however many copies load (the flag is shared through the global symbol registry).
const said = Symbol.for('hip-trial-widgets.policy-refused');
const page = globalThis as unknown as Record<symbol, boolean>;
if (policyRefused && Object.keys(elements).some((tag) => !customElements.get(tag))) {
  if (!page[said]) {
    page[said] = true;
    console.error(
      `hip-trial-widgets: Trusted Types policy refused, fallback text shown. Add to the page's trusted-types directive, on its line: ${TRUSTED_TYPES_DIRECTIVE}`,
    );
  }
} else {
  defineAll(elements);
}

export * from './classes.js';
