/**
 * Trusted Types for the self-contained bundle. Its copy of Lit creates its policy through
 * `createPolicy` below (rollup.config.mjs rewrites Lit's `createPolicy("lit-html", …)`), so the
 * policy has a name of ours that no other library uses, and a page that refuses it never sees a throw.
 */

/** The name of the policy the bundle creates; a site lists it in its `trusted-types` directive. */
export const POLICY_NAME = 'hip-trial-widgets';

/** The directive a site with Trusted Types adds (two copies of the module each create the policy). */
export const TRUSTED_TYPES_DIRECTIVE = `trusted-types ${POLICY_NAME} 'allow-duplicates'`;

/** Set when the page refused the policy: Lit cannot render there, so the elements are not registered. */
export let policyRefused = false;

/** Lit's policy, or undefined (and `policyRefused`) when the page's CSP does not allow our name. */
export function createPolicy<Rules, Policy>(
  factory: { createPolicy(name: string, rules: Rules): Policy },
  rules: Rules,
): Policy | undefined {
  try {
    return factory.createPolicy(POLICY_NAME, rules);
  } catch {
    policyRefused = true;
    return undefined;
  }
}
