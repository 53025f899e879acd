// Text lives once, in the catalogs: the fallbacks in the demo pages, the README's example and the
// embed page are written from them by scripts/fallbacks.mjs, and this test fails while one is stale.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { staleFallbacks } from '../../scripts/fallbacks.mjs';

test('every fallback in the demo pages, the README and the embed page is as the catalogs write it', async () => {
  assert.deepEqual(await staleFallbacks(), [], 'run npm run fallbacks');
});

test('the demo pages fall back on the full static text, with its honest figures', async () => {
  const bars = await readFile(new URL('../../demo/bars.html', import.meta.url), 'utf8');
  // The time chart's fallback calls 5.4 years an estimate, as the widget does.
  assert.match(bars, /<outcome-bars lang="nl" outcome="time">\s*<div class="hip-trial-static" lang="nl-BE"[^\n]*5,4\u00a0jaar \(geschat\)/);
  const article = await readFile(new URL('../../demo/index.html', import.meta.url), 'utf8');
  assert.equal((article.match(/<div class="hip-trial-static"/g) ?? []).length, 2);
});
