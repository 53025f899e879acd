import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

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
 * After terser, the only line breaks left are inside Lit's html`` templates, where HTML folds a
 * break and its indentation into one space anyway: fold them here and ship fewer bytes.
 */
function foldTemplateWhitespace() {
  return {
    name: 'fold-template-whitespace',
    renderChunk: (code) => ({ code: code.replace(/\n\s*/g, ' '), map: null }),
  };
}

// One self-contained ES module: Lit bundled, nothing loaded at run time.
export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/hip-trial-widgets.js',
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    minifyCssTemplates(),
    typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], compilerOptions: { noEmit: false, declaration: false } }),
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
    foldTemplateWhitespace(),
  ],
};
