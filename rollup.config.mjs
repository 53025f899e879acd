import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Minifies the CSS inside Lit's css`` templates: comments and white space go. Spaces around "+"
 * and "-" stay (calc() needs them), and our styles hold no strings or interpolations to protect.
 */
function minifyCssTemplates() {
  const minify = (css) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};:,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      // 0.75em → .75em; [data-theme='dark'] → [data-theme=dark]; " !important" → "!important".
      .replace(/([^\w.])0\.(\d)/g, '$1.$2')
      .replace(/='([\w-]+)'\]/g, '=$1]')
      .replace(/ !important/g, '!important')
      // Keyframes: from → 0%.
      .replace(/\bfrom\{/g, '0%{')
      .trim();
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      const out = code.replace(/\bcss\s*`([^`$]*)`/g, (_, body) => `css\`${minify(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * The bundle's copy of Lit creates its Trusted Types policy through src/trusted-types.ts: under our
 * own name (so it never collides with another Lit on the page, and a site can allow it by name) and
 * without throwing when the page refuses it. Fails the build if Lit's code no longer matches.
 */
function namedTrustedTypesPolicy() {
  const helper = JSON.stringify(fileURLToPath(new URL('./src/trusted-types.ts', import.meta.url)));
  const litPolicy = /\b(\w+)\.createPolicy\(\s*["']lit-html["']\s*,/g;
  return {
    name: 'named-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const out = code.replace(litPolicy, 'createHipTrialPolicy($1,');
      if (out === code) this.error(`${id}: Lit no longer calls createPolicy("lit-html", …); update namedTrustedTypesPolicy()`);
      // The import goes last (imports are hoisted) so Lit's lines keep their numbers for size:breakdown's map.
      return { code: `${out}\nimport { createPolicy as createHipTrialPolicy } from ${helper};\n`, map: null };
    },
    renderChunk(code) {
      if (/\.createPolicy\(\s*["']lit-html["']/.test(code)) this.error('the bundle still creates the "lit-html" Trusted Types policy');
      return null;
    },
  };
}

/**
 * After terser, the only line breaks left are inside Lit's html`` templates, where HTML folds a
 * break and its indentation into one space anyway: fold them here and ship fewer bytes.
 */
export function foldTemplateWhitespace() {
  return {
    name: 'fold-template-whitespace',
    renderChunk: (code) => ({ code: code.replace(/\n\s*/g, ' '), map: null }),
  };
}

/**
 * Beside the module: a copy whose name pins the version (the address snippets use), and
 * embed-meta.js with that name and the file's Subresource Integrity hash, for the embed builder.
 */
function pinnedCopyWithIntegrity() {
  return {
    name: 'pinned-copy-with-integrity',
    generateBundle(_options, bundle) {
      const chunk = bundle['hip-trial-widgets.js'];
      const integrity = `sha384-${createHash('sha384').update(chunk.code).digest('base64')}`;
      const file = `hip-trial-widgets@${version}.js`;
      this.emitFile({ type: 'asset', fileName: file, source: chunk.code });
      this.emitFile({
        type: 'asset',
        fileName: 'embed-meta.js',
        source: `// Written by the build: the pinned module and its integrity hash.\nexport const version = ${JSON.stringify(version)};\nexport const file = ${JSON.stringify(file)};\nexport const integrity = ${JSON.stringify(integrity)};\n`,
      });
    },
  };
}

/** The embed page's HTML and CSS go to dist/ as they are. */
function copyEmbedPage() {
  return {
    name: 'copy-embed-page',
    generateBundle() {
      for (const name of ['embed.html', 'embed.css']) {
        this.emitFile({ type: 'asset', fileName: name, source: readFileSync(`src/embed/${name}`, 'utf8') });
      }
    },
  };
}

const typescriptPlugin = () =>
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], compilerOptions: { noEmit: false, declaration: false, allowJs: false } });
const terserPlugin = () => terser({ ecma: 2022, module: true, compress: { passes: 3, hoist_funs: true }, format: { comments: false } });

export default [
  // One self-contained ES module: Lit bundled, nothing loaded at run time.
  {
    input: 'src/index.ts',
    output: { dir: 'dist', entryFileNames: 'hip-trial-widgets.js', format: 'es', sourcemap: false },
    plugins: [
      resolve({ exportConditions: ['production'] }),
      namedTrustedTypesPolicy(),
      minifyCssTemplates(),
      typescriptPlugin(),
      terserPlugin(),
      foldTemplateWhitespace(),
      pinnedCopyWithIntegrity(),
    ],
  },
  // For npm: the defining entry and the class-only entry, sharing one chunk, Lit left to the
  // site's bundler so a page with other Lit components loads Lit once. Not minified: the site's
  // build does that.
  {
    input: { index: 'src/index.ts', classes: 'src/classes.ts' },
    external: (id) => /^(lit|@lit\/|lit-html|lit-element)(\/|$)/.test(id),
    output: { dir: 'dist/npm', format: 'es', chunkFileNames: 'shared.js', sourcemap: false },
    plugins: [minifyCssTemplates(), typescriptPlugin()],
  },
  // The static route's renderer, for the embed builder: the catalogs and content models as plain
  // HTML strings, no Lit. The same module the build evaluates in Node for the WordPress plugin.
  {
    input: 'src/static/html.ts',
    output: { dir: 'dist', entryFileNames: 'static-html.js', format: 'es', sourcemap: false },
    plugins: [typescriptPlugin(), terserPlugin()],
  },
  // The script-free route's host side: a page of iframes loads this to size them.
  {
    input: 'src/embed/host-page.ts',
    output: { dir: 'dist', entryFileNames: 'embed-host.js', format: 'es', sourcemap: false },
    plugins: [typescriptPlugin(), terserPlugin()],
  },
  // The script-free route: dist/embed.html with its small script.
  {
    input: 'src/embed/embed.ts',
    output: { dir: 'dist', entryFileNames: 'embed.js', format: 'es', sourcemap: false },
    plugins: [typescriptPlugin(), terserPlugin(), copyEmbedPage()],
  },
];
