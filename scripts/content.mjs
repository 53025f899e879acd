// The build step that evaluates the catalogs in Node (full ICU): bundles a TypeScript module of src/
// for Node with esbuild and imports it. The static HTML route, the WordPress plugin's fragments and
// their tests all take their text from here, so no text is copied by hand into HTML, PHP or JSON.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Imports a module of src/ (TypeScript, no DOM, no Lit) as Node sees it. */
export async function loadSource(path) {
  const dir = await mkdtemp(join(tmpdir(), 'hip-trial-content-'));
  try {
    const outfile = join(dir, 'module.mjs');
    await build({ entryPoints: [join(root, path)], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The attributes of a start tag as our pages write them (name="value"), by name: a widget's options for the static renderer. */
export const attributesOf = (startTag) => Object.fromEntries([...startTag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));

/**
 * The static fragments of every variant the catalogs write (src/i18n/source.ts), as the PHP plugin
 * reads them: by language code for a language's default variant (nl, fr, de, en), by tag for a
 * region with words of its own (nl-NL, en-US); other regions use their language's.
 */
export async function fragmentsByVariant() {
  const { staticFragments } = await loadSource('src/static/html.ts');
  const { VARIANTS } = await loadSource('src/i18n/source.ts');
  return Object.fromEntries(VARIANTS.map(({ tag, language, region }) => (region ? tag : language)).map((key) => [key, staticFragments(key)]));
}
