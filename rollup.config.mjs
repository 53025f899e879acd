import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

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
    typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], compilerOptions: { noEmit: false, declaration: false } }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
