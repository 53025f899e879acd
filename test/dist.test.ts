import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, shadow, visibleText } from './helpers.js';

// The built module, as a site loads it: one file, nothing else.
const bundle = new URL('../dist/hip-trial-widgets.js', import.meta.url).href;

describe('dist/hip-trial-widgets.js', () => {
  it('renders the summary from the built bundle alone', async () => {
    const module = await import(bundle);
    expect(module.HipTrialSummary).to.be.a('function');
    const el = await fixture(html`<hip-trial-summary lang="nl-BE" section="results"></hip-trial-summary>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(customElements.get('hip-trial-summary')).to.equal(module.HipTrialSummary);
    const text = visibleText(shadow(el).querySelector('[part~="base"]'));
    expect(text).to.contain('22 van de 55');
    expect(text).to.contain('vervangt geen medisch advies');
  });

  it('a second copy of the bundle on the page does not throw', async () => {
    const warnings = captureWarnings();
    try {
      await import(`${bundle}?copy=2`);
      expect(warnings.messages.filter((m) => m.includes('already defined'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
