import { expect } from '@open-wc/testing';
import { define } from '../src/define.js';
import { HipTrialSummary } from '../src/index.js';
import { captureWarnings } from './helpers.js';

describe('guarded registration', () => {
  it('registers the summary once', () => {
    expect(customElements.get('hip-trial-summary')).to.equal(HipTrialSummary);
  });

  it('loading the module a second time does not throw, and the first definition stays', async () => {
    const warnings = captureWarnings();
    try {
      const url = new URL('../src/index.ts?second-copy', import.meta.url).href;
      await import(url);
      expect(customElements.get('hip-trial-summary')).to.equal(HipTrialSummary);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<hip-trial-summary> already defined').and.to.contain('<trial-fact-box> already defined');
      for (const tag of ['outcome-bars', 'outcome-icons', 'trial-fact-box']) expect(customElements.get(tag)).to.be.a('function');
    } finally {
      warnings.restore();
    }
  });

  it('a tag the site registered first is left alone, with one warning', () => {
    class SiteOwn extends HTMLElement {}
    customElements.define('site-own-summary', SiteOwn);
    const warnings = captureWarnings();
    try {
      expect(define('site-own-summary', class extends HipTrialSummary {})).to.equal(false);
      expect(customElements.get('site-own-summary')).to.equal(SiteOwn);
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('the class can be registered under another tag when ours collides', async () => {
    expect(define('my-site-hip-summary', class extends HipTrialSummary {})).to.equal(true);
    const el = document.createElement('my-site-hip-summary');
    el.setAttribute('lang', 'nl');
    document.body.append(el);
    await (el as HipTrialSummary).updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Oefentherapie');
    el.remove();
  });
});
