// The WordPress plugin on a real WordPress (Debian's 6.1, Twenty Twenty-Three, MariaDB), as editors use
// it: one user of each role publishes the shortcode, the block and the static snippet through the REST
// API; WordPress stores what each sent, readers get the widget, no CSS or markup shows as text, and
// without JavaScript the full text shows. Skips, naming the packages, where WordPress is not installed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from '../pages/helpers.mjs';
import { shortcodeSnippet, staticSnippet } from '../../demo/builder-lib.js';
import { missing, rest, startWordPress } from './wordpress.mjs';

const absent = missing();
const ROLES = ['administrator', 'editor', 'author', 'contributor'];

let site, browser;
const posts = {};

/** The three routes an editor can take, as the builder writes them, each in its own language so the texts cannot be confused. */
const choice = (lang) => ({ tag: 'hip-trial-summary', lang, sections: ['results'], chart: 'bars', headingLevel: '3', outcome: 'surgery', theme: 'auto' });
const ROUTES = {
  shortcode: () => shortcodeSnippet(choice('nl')),
  block: () => '<!-- wp:hip-trial-widgets/embed {"lang":"fr","section":"results","headingLevel":"3"} /-->',
  static: () => staticSnippet(choice('de')),
};
const TITLES = {
  shortcode: 'Oefentherapie stelt een nieuwe heup mogelijk uit',
  block: 'Des exercices encadrés pourraient retarder la pose d’une prothèse de hanche',
  static: 'Bewegungstherapie könnte ein neues Hüftgelenk hinauszögern',
};
const DISCLAIMERS = {
  shortcode: 'Deze informatie vervangt geen medisch advies.',
  block: 'Ces informations ne remplacent pas un avis médical.',
  static: 'Diese Informationen ersetzen keinen ärztlichen Rat.',
};
/** Text that must never show on the page: the shortcode, the block's comment, CSS, markup. */
const NEVER = ['[hip_trial', 'wp:hip-trial', '@media', ':not(:defined)', '<hip-', '</', '{"lang"'];

describe('WordPress plugin, every role', { skip: absent ? `WordPress is not installed here: ${absent}` : false }, () => {
  before(async () => {
    const started = Date.now();
    site = await startWordPress();
    console.log(`WordPress 6.1 (Debian) with MariaDB up on ${site.origin} in ${Date.now() - started} ms`);
    browser = await launch();
    for (const role of ROLES) {
      for (const [route, content] of Object.entries(ROUTES)) {
        const sent = content();
        // Contributors cannot publish: they submit for review, and an Editor publishes, as on a real site.
        const status = role === 'contributor' ? 'pending' : 'publish';
        const post = await rest(site, role, '/wp/v2/posts', { method: 'POST', body: { title: `${route} by ${role}`, content: sent, status } });
        if (role === 'contributor') await rest(site, 'editor', `/wp/v2/posts/${post.id}`, { method: 'POST', body: { status: 'publish' } });
        const stored = await rest(site, role === 'contributor' ? 'editor' : role, `/wp/v2/posts/${post.id}?context=edit`);
        posts[`${role}/${route}`] = { sent, stored: stored.content.raw, link: stored.link };
      }
    }
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  for (const role of ROLES) {
    for (const route of Object.keys(ROUTES)) {
      it(`${role}, ${route}: stored as sent, the widget renders, nothing shows as code, and without JavaScript the full text shows`, async () => {
        const post = posts[`${role}/${route}`];
        assert.equal(post.stored, post.sent, 'WordPress stored what was sent (kses removed nothing)');

        const page = await browser.newPage();
        await page.goto(post.link);
        if (route === 'static') {
          const box = page.locator('.hip-trial-static');
          assert.equal(await box.count(), 1);
          assert.equal(await box.getAttribute('lang'), 'de');
          const expected = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.querySelector('.hip-trial-static').textContent, post.sent);
          // WordPress puts line breaks between block elements; every other character must arrive as sent.
          const fold = (t) => t.replace(/\s+/g, '');
          assert.equal(fold(await box.evaluate((el) => el.textContent)), fold(expected), 'the static HTML reaches readers whole');
          assert.deepEqual(
            await box.evaluate((el) => [...el.querySelectorAll('*')].map((n) => n.localName)),
            await page.evaluate((html) => [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.hip-trial-static *')].map((n) => n.localName), post.sent),
            'no <p> or <br> added by wpautop',
          );
        } else {
          await page.waitForFunction(() => document.querySelector('hip-trial-summary')?.shadowRoot?.querySelector('[part~="base"]'));
          const shown = await page.evaluate(() => document.querySelector('hip-trial-summary').shadowRoot.querySelector('[part~="base"]').innerText);
          assert.ok(shown.includes(TITLES[route]), shown.slice(0, 200));
          assert.equal(await page.locator('hip-trial-summary .hip-trial-static').first().isVisible(), false, 'the fallback is hidden once the widget renders');
          assert.equal(await page.locator('script[type="module"][src*="hip-trial-widgets"]').count(), 1, 'the module, once, from the plugin');
        }
        const visible = await page.evaluate(() => document.body.innerText);
        for (const code of NEVER) assert.ok(!visible.includes(code), `"${code}" shows on the page`);
        assert.ok(visible.includes(DISCLAIMERS[route]) || route !== 'static');
        await page.close();

        // Without JavaScript: the full text in the theme's own styles, disclaimer and study included.
        const context = await browser.newContext({ javaScriptEnabled: false });
        const bare = await context.newPage();
        await bare.goto(post.link);
        const text = await bare.evaluate(() => document.body.innerText);
        assert.ok(text.includes(TITLES[route]), 'the title');
        assert.ok(text.includes(DISCLAIMERS[route]), 'the disclaimer');
        assert.ok(text.includes('10.1136/annrheumdis-2013-203628'), 'the study');
        for (const code of NEVER) assert.ok(!text.includes(code), `"${code}" shows without JavaScript`);
        await context.close();
      });
    }
  }

  it('the block in the editor: a sidebar with the same choices, and a preview the server renders', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/wp-login.php`);
    await page.fill('#user_login', 'admin');
    await page.fill('#user_pass', site.users.administrator.loginPassword);
    // Logged in is the redirect to wp-admin; the dashboard need not finish loading (it took over 30 s
    // once on a loaded CI machine, with every asset served in turn).
    await Promise.all([page.waitForURL(/wp-admin/, { waitUntil: 'commit', timeout: 60000 }), page.click('#wp-submit')]);
    await page.goto(`${site.origin}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('hip-trial-widgets/embed'), null, { timeout: 60000 });
    await page.evaluate(() => {
      window.wp.data.dispatch('core/preferences')?.set('core/edit-post', 'welcomeGuide', false);
      const block = window.wp.blocks.createBlock('hip-trial-widgets/embed', { lang: 'fr', section: 'results' });
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const preview = page.locator('.wp-block-hip-trial-widgets-embed .hip-trial-static');
    await preview.first().waitFor({ timeout: 60000 });
    assert.match(await preview.first().innerText(), /Des exercices encadrés pourraient retarder la pose/);
    // The sidebar: pick the fact box, and the preview follows.
    await page.getByLabel('Element').selectOption('trial-fact-box');
    await page.locator('.wp-block-hip-trial-widgets-embed table caption', { hasText: 'Exercices et arthrose de la hanche' }).waitFor({ timeout: 60000 });
    for (const label of ['Language', 'Colours']) assert.ok(await page.getByLabel(label).isVisible(), label);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a wrong attribute gives the default, escaped, never an error page', async () => {
    const post = await rest(site, 'author', '/wp/v2/posts', {
      method: 'POST',
      body: { title: 'wrong values', status: 'publish', content: '[hip_trial element="pie" lang="xx" section="reslts" chart="pie" heading-level="9" theme="pink" outcome="&quot;><script>alert(1)</script>"]' },
    });
    const response = await fetch(post.link);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<hip-trial-summary lang="en-GB">/);
    assert.ok(!html.includes('<script>alert(1)</script>'));
  });
});
