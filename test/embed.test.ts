import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/embed/host-page.js';
import { EMBED_HEIGHT_MESSAGE, EMBED_HEIGHT_REQUEST, isEmbedHeightMessage, isEmbedHeightRequest } from '../src/embed/message.js';
import { parseEmbedParams } from '../src/embed/params.js';
import { shadow, visibleText } from './helpers.js';

const embedPage = new URL('../dist/embed.html', import.meta.url).href;

async function frame(query: string, marked = true): Promise<HTMLIFrameElement> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const iframe = document.createElement('iframe');
  iframe.title = 'embed';
  iframe.height = '150';
  iframe.style.width = '600px';
  if (marked) iframe.setAttribute('data-hip-trial-embed', '');
  // Listen before inserting: a cached page can load before a later listener would be attached.
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `${embedPage}${query}`;
  holder.append(iframe);
  await loaded;
  return iframe;
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('embed parameters', () => {
  it('takes the element and only the attributes it uses', () => {
    const r = parseEmbedParams('?element=outcome-bars&lang=fr&outcome=time&theme=dark');
    expect(r.tag).to.equal('outcome-bars');
    expect(r.attributes).to.deep.equal([['lang', 'fr'], ['outcome', 'time'], ['theme', 'dark']]);
    expect(r.problems).to.deep.equal([]);
  });

  it('a bad element gives the summary, and says so naming the valid ones', () => {
    const r = parseEmbedParams('?element=pie-chart&lang=de&section=results');
    expect(r.tag).to.equal('hip-trial-summary');
    expect(r.attributes).to.deep.equal([['lang', 'de'], ['section', 'results']]);
    expect(r.problems).to.have.length(1);
    expect(r.problems[0]).to.contain('"pie-chart"').and.to.contain('"hip-trial-summary", "outcome-bars"');
  });

  it('a parameter the element does not take is left out, with a note naming the valid ones', () => {
    const r = parseEmbedParams('?element=outcome-icons&section=results&sectoin=aim&lang=nl');
    expect(r.attributes).to.deep.equal([['lang', 'nl']]);
    expect(r.problems).to.have.length(2);
    expect(r.problems[1]).to.contain('"sectoin"').and.to.contain('"element", "lang", "theme"');
  });

  it('no parameters give the whole summary in the page’s language', () => {
    expect(parseEmbedParams('')).to.deep.equal({ tag: 'hip-trial-summary', attributes: [], problems: [] });
  });
});

describe('the height message', () => {
  const type = EMBED_HEIGHT_MESSAGE;
  it('accepts exactly { type, height } with a height from 1 to 100,000, both ends included', () => {
    for (const height of [1, 1.5, 640, 99999.9, 100000]) expect(isEmbedHeightMessage({ type, height }), String(height)).to.equal(true);
    expect(isEmbedHeightMessage({ height: 640, type }), 'keys in any order').to.equal(true);
  });

  it('refuses any other shape or height', () => {
    class Message {
      type = type;
      height = 640;
    }
    for (const bad of [null, undefined, 'x', 640, { type: 'other', height: 640 }, { type, height: '640' },
      { type, height: -5 }, { type, height: 0 }, { type, height: 0.999 }, { type, height: 100000.001 }, { type, height: NaN },
      { type, height: Infinity }, { type, height: 1e9 }, { type }, { type, height: 640, extra: 1 }, { type, height: 640, width: undefined },
      Object.assign([], { type, height: 640 }), new Message(), Object.assign(Object.create(null), { type, height: 640 })]) {
      expect(isEmbedHeightMessage(bad), JSON.stringify(bad) ?? String(bad)).to.equal(false);
    }
  });

  it('the request is exactly { type: EMBED_HEIGHT_REQUEST }', () => {
    expect(isEmbedHeightRequest({ type: EMBED_HEIGHT_REQUEST })).to.equal(true);
    for (const bad of [null, EMBED_HEIGHT_REQUEST, { type: EMBED_HEIGHT_REQUEST, height: 1 }, [EMBED_HEIGHT_REQUEST], { type: EMBED_HEIGHT_MESSAGE }]) {
      expect(isEmbedHeightRequest(bad), JSON.stringify(bad)).to.equal(false);
    }
  });
});

describe('dist/embed.html', () => {
  it('renders the chosen element in the chosen language and the parent takes its height', async () => {
    const iframe = await frame('?element=outcome-bars&lang=fr&outcome=time');
    const doc = iframe.contentDocument!;
    await until(() => Boolean(doc.querySelector('outcome-bars')?.shadowRoot?.querySelector('figure')), 'the chart');
    const el = doc.querySelector('outcome-bars')!;
    expect(doc.documentElement.lang).to.equal('fr');
    expect(visibleText(shadow(el).querySelector('figure'))).to.contain('5,4 ans');
    await until(() => iframe.height !== '150', 'the resize');
    const content = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    expect(Number(iframe.height)).to.be.closeTo(content, 2);
    expect(Number(iframe.height)).to.be.greaterThan(300);
  });

  it('with bad parameters still renders (the summary, English fallback) and is resized', async () => {
    const iframe = await frame('?element=pie&lang=xx&sectoin=results&section=results');
    const doc = iframe.contentDocument!;
    await until(() => Boolean(doc.querySelector('hip-trial-summary')?.shadowRoot?.querySelector('[part~="base"]')), 'the summary');
    // A summary renders in steps, title first: its updateComplete resolves after the last.
    await (doc.querySelector('hip-trial-summary') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const base = doc.querySelector('hip-trial-summary')!.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('lang')).to.equal('en-GB');
    expect([...base.querySelectorAll('[part~="section"]')].map((s) => (s as HTMLElement).dataset.section)).to.deep.equal(['results']);
    await until(() => iframe.height !== '150', 'the resize');
  });

  it('an iframe the site did not mark is never resized', async () => {
    const iframe = await frame('?element=outcome-icons&lang=nl', false);
    await until(() => Boolean(iframe.contentDocument!.querySelector('outcome-icons')?.shadowRoot?.querySelector('figure')), 'the icons');
    await new Promise((r) => setTimeout(r, 300));
    expect(iframe.height).to.equal('150');
  });

  it('messages of the wrong shape from a marked iframe change nothing', async () => {
    const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="forged" height="150" data-hip-trial-embed></iframe>`);
    await new Promise((resolve) => {
      iframe.addEventListener('load', resolve, { once: true });
      iframe.src = new URL('./fixtures/blank.html', import.meta.url).href;
    });
    const doc = iframe.contentDocument!;
    const script = doc.createElement('script');
    // Runs in the iframe, so each message's source is the iframe's window and its origin the src's.
    script.textContent = `const type = 'hip-trial-widgets:height';
      for (const m of [{ type, height: '999' }, { type: 'x', height: 999 }, { type, height: -1 }, { type, height: 0 }, { height: 999 },
        'hip-trial-widgets:height 999', { type, height: 999, extra: 1 }, Object.assign([], { type, height: 999 })])
        parent.postMessage(m, '*');`;
    doc.body.append(script);
    await new Promise((r) => setTimeout(r, 200));
    expect(iframe.height).to.equal('150');
    const good = doc.createElement('script');
    good.textContent = `parent.postMessage({ type: 'hip-trial-widgets:height', height: 432.2 }, '*');`;
    doc.body.append(good);
    await until(() => iframe.height === '433', 'the well-formed message');
  });

  it('a marked iframe without src, or whose src has no origin or does not parse, is never resized, and nothing throws', async () => {
    for (const src of [null, 'about:blank', 'http://[not-a-host']) {
      const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="blank" height="150" data-hip-trial-embed></iframe>`);
      if (src !== null) {
        await new Promise((resolve) => {
          iframe.addEventListener('load', resolve, { once: true });
          iframe.setAttribute('src', src);
          setTimeout(resolve, 300);
        });
      }
      const script = iframe.contentDocument!.createElement('script');
      script.textContent = `parent.postMessage({ type: 'hip-trial-widgets:height', height: 432 }, '*');`;
      iframe.contentDocument!.body.append(script);
      await new Promise((r) => setTimeout(r, 200));
      expect(iframe.height, String(src)).to.equal('150');
    }
  });

  it('the embed answers its parent’s height request with its height, even unchanged', async () => {
    const iframe = await frame('?element=outcome-icons&lang=en', false);
    const doc = iframe.contentDocument!;
    await until(() => Boolean(doc.querySelector('outcome-icons')?.shadowRoot?.querySelector('figure')), 'the icons');
    await new Promise((r) => setTimeout(r, 100));
    const answers: unknown[] = [];
    const listen = (event: MessageEvent) => event.source === iframe.contentWindow && answers.push(event.data);
    window.addEventListener('message', listen);
    try {
      iframe.contentWindow!.postMessage({ type: EMBED_HEIGHT_REQUEST, extra: 1 }, '*');
      await new Promise((r) => setTimeout(r, 200));
      expect(answers, 'a malformed request is not answered').to.deep.equal([]);
      iframe.contentWindow!.postMessage({ type: EMBED_HEIGHT_REQUEST }, '*');
      await until(() => answers.length > 0, 'the answer');
      const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
      expect(answers).to.deep.equal([{ type: EMBED_HEIGHT_MESSAGE, height }]);
    } finally {
      window.removeEventListener('message', listen);
    }
  });
});
