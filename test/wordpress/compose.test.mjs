// The WordPress plugin composes the static HTML in PHP from the generated fragments; the builder and
// the static route compose it in TypeScript. Both must write the same HTML for the same options,
// wrong values included. Needs php-cli (Debian's php-cli); skips, saying so, without it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSource } from '../../scripts/content.mjs';

const plugin = fileURLToPath(new URL('../../dist/wordpress/hip-trial-widgets', import.meta.url));
const php = (() => {
  try {
    execFileSync('php', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const OPTIONS = [
  {},
  { lang: 'nl' },
  { lang: 'nl-NL', section: 'results reliability professionals', 'heading-level': '3' },
  { lang: 'fr-BE', section: 'source', chart: 'icons' },
  { lang: 'de-AT', section: 'results', chart: 'factbox', 'heading-level': '5' },
  { lang: 'en-US', section: 'aim results', chart: 'none', 'heading-level': '6' },
  { lang: 'de-CH', section: 'intro methods results' },
  { lang: 'de-AT', section: 'intro' },
  { element: 'outcome-bars', lang: 'fr', outcome: 'time' },
  { element: 'outcome-bars', lang: 'de' },
  { element: 'outcome-icons', lang: 'nl' },
  { element: 'trial-fact-box', lang: 'en' },
  // Wrong values: the defaults, in both.
  { element: 'pie-chart', lang: 'xx', section: 'reslts', chart: 'pie', 'heading-level': '9', outcome: 'years' },
  { element: ' OUTCOME-BARS ', lang: 'FR', outcome: 'TIME' },
  { lang: 'zh-Hant-TW', section: 'results results  aim' },
];

describe('static HTML: PHP and TypeScript agree', { skip: php ? false : 'php-cli is not installed (apt-get install php-cli)' }, () => {
  it('every PHP file of the plugin parses (php -l), for PHP 8.1 and later', () => {
    for (const file of ['hip-trial-widgets.php', 'includes/render.php', 'blocks/embed/editor.asset.php']) {
      assert.match(execFileSync('php', ['-l', `${plugin}/${file}`], { encoding: 'utf8' }), /No syntax errors/, file);
    }
  });

  it('composes the same HTML for every option set, wrong values included', async () => {
    assert.ok(existsSync(`${plugin}/content/fragments.json`), 'run npm run build first: dist/wordpress/ is missing');
    const { staticHtml } = await loadSource('src/static/html.ts');
    const script = `define('ABSPATH', '/'); function esc_attr($s) { return htmlspecialchars($s, ENT_QUOTES); }
      require ${JSON.stringify(`${plugin}/includes/render.php`)};
      $out = array();
      foreach (json_decode(stream_get_contents(STDIN), true) as $atts) {
        $o = hip_trial_widgets_options($atts);
        $out[] = hip_trial_widgets_compose(hip_trial_widgets_fragments($o['variant']), $o);
      }
      echo json_encode($out);`;
    const fromPhp = JSON.parse(execFileSync('php', ['-r', script], { input: JSON.stringify(OPTIONS), encoding: 'utf8' }));
    OPTIONS.forEach((options, i) => {
      const fromTs = staticHtml({ ...options, element: options.element, lang: options.lang });
      assert.equal(fromPhp[i], fromTs, JSON.stringify(options));
    });
  });
});

describe('the language choices editors get', () => {
  it('the block sidebar and the embed builder offer every variant the build writes, and only those', async () => {
    const { readFile } = await import('node:fs/promises');
    const { TEXT_LANGUAGES } = await import('../../demo/builder-lib.js');
    const { fragmentsByVariant } = await import('../../scripts/content.mjs');
    const variants = Object.keys(await fragmentsByVariant()).sort();
    const editor = await readFile(new URL('../../wordpress/hip-trial-widgets/blocks/embed/editor.js', import.meta.url), 'utf8');
    const inBlock = [...editor.matchAll(/option\('([a-z]{2}(?:-[A-Z]{2})?)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(inBlock, variants, 'the block editor');
    assert.deepEqual(TEXT_LANGUAGES.map((l) => l.code).sort(), variants, 'the embed builder');
  });
});
