import { expect } from '@open-wc/testing';
import { createPolicy, POLICY_NAME, TRUSTED_TYPES_DIRECTIVE } from '../src/trusted-types.js';
import * as trustedTypes from '../src/trusted-types.js';

// The bundle's Lit creates its policy through createPolicy (rollup.config.mjs); the page tests
// (test/pages/trusted-types.test.mjs) prove it under real CSP headers.
describe('the Trusted Types policy', () => {
  it('is created under our own name, with the rules Lit gives', () => {
    const made: [string, unknown][] = [];
    const rules = { createHTML: (s: string) => s };
    const policy = createPolicy({ createPolicy: (name: string, r: typeof rules) => (made.push([name, r]), 'policy') }, rules);
    expect(policy).to.equal('policy');
    expect(made).to.deep.equal([[POLICY_NAME, rules]]);
    expect(trustedTypes.policyRefused).to.equal(false);
  });

  it('a refused policy never throws: it gives undefined and is remembered', () => {
    const refuse = () => {
      throw new TypeError(`Policy "${POLICY_NAME}" disallowed.`);
    };
    expect(createPolicy({ createPolicy: refuse }, {})).to.equal(undefined);
    expect(trustedTypes.policyRefused).to.equal(true);
  });

  it('the directive a site adds names the policy and allows a second copy', () => {
    expect(TRUSTED_TYPES_DIRECTIVE).to.equal("trusted-types hip-trial-widgets 'allow-duplicates'");
  });
});
