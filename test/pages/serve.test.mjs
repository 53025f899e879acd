// npm start serves like production: compressed (brotli, else gzip) with the strict policy, and the
// demo article keeps the room the README's snippet reserves.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from './helpers.mjs';

let site;
before(async () => {
  site = await startServer();
});
after(() => site?.server.close());

/** A GET with the given Accept-Encoding, the body as sent (fetch would decompress it). */
const get = (path, encoding) =>
  new Promise((resolve, reject) => {
    request(`${site.origin}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });

describe('npm start serves like production', () => {
  const module = new URL('../../dist/hip-trial-widgets.js', import.meta.url);

  for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]]) {
    it(`sends the module ${encoding}-compressed, with the strict policy, when the browser accepts it`, async () => {
      const { headers, body } = await get('/dist/hip-trial-widgets.js', encoding === 'br' ? 'gzip, deflate, br' : 'gzip');
      assert.equal(headers['content-encoding'], encoding);
      assert.equal(headers.vary, 'accept-encoding');
      assert.deepEqual(decode(body), await readFile(module));
      assert.ok(body.length < (await readFile(module)).length / 2, `${body.length} bytes`);
      assert.match(headers['content-security-policy'], /default-src 'self'.*require-trusted-types-for 'script'; trusted-types hip-trial-widgets 'allow-duplicates'/);
    });
  }

  it('sends it as it is to a client that asks for no compression', async () => {
    const { headers, body } = await get('/dist/hip-trial-widgets.js');
    assert.equal(headers['content-encoding'], undefined);
    assert.deepEqual(body, await readFile(module));
  });

  it('the demo article keeps the room of the README’s snippet for every widget', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const css = await readFile(new URL('../../demo/demo.css', import.meta.url), 'utf8');
    const recommended = readme.match(/<!-- recommended-css -->\s*```html\n([\s\S]*?)```/)[1];
    const rules = (text) => [...text.matchAll(/@media \(([^)]*)\)|min-height: ([^;}]+)|([\w-]+:not\(:defined\))/g)].map((m) => (m[1] ?? m[2] ?? m[3]).trim());
    const start = css.indexOf('@media (scripting: enabled)');
    assert.ok(start >= 0, 'demo.css has the reservation');
    assert.deepEqual(rules(css.slice(start, css.indexOf('\n}\n', css.indexOf('@keyframes hip-trial-release', start)))), rules(recommended));
    const { body } = await get('/demo/');
    assert.match(body.toString(), /<link rel="stylesheet" href="\.\/demo\.css"/);
  });
});
