import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

import { integrity } from './scripts/integrity.mjs';

const compile = {
  target: 'es2022',
  minify: true,
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
};
const resolve = nodeResolve({ extensions: ['.ts', '.js'] });
const locales = ['es', 'fr', 'de', 'pt-BR', 'ar'];

export default [
  /**
   * Each other language for the script tag: `dist/locales/<locale>.js`, which the bundle loads
   * from beside itself when a widget needs it and which leaves its words in
   * `bookafyTranslations.<locale>` (`pt_BR` for pt-BR).
   */
  ...locales.map((locale) => ({
    input: `src/i18n/translations/${locale}.ts`,
    output: {
      file: `dist/locales/${locale}.js`,
      format: 'iife',
      name: `bookafyTranslations.${locale.replace('-', '_')}`,
      extend: true,
    },
    plugins: [resolve, esbuild(compile)],
  })),
  /**
   * The script-tag bundle: one self-registering file with Lit, the SDK and English, built after
   * the languages so that it carries their integrity hashes; it then writes
   * `dist/integrity.json`.
   */
  {
    input: 'src/bookafy.ts',
    output: { file: 'dist/bookafy.js', format: 'iife', sourcemap: true },
    plugins: [
      resolve,
      // Lit's html`` and css`` literals keep their source indentation otherwise. The tokens
      // sheet nests one css`` in another, which the CSS minifier cannot parse, and stays as is.
      minifyLiterals({ failOnError: true, exclude: ['src/styles/tokens.ts'] }),
      esbuild(compile),
      integrity({ dist: 'dist' }),
    ],
  },
  /**
   * The npm entry: ES modules that import Lit and @bookafy/sdk, so an application bundles one
   * copy of each beside its own code; each other language is a chunk loaded on demand.
   */
  {
    input: 'src/index.ts',
    output: {
      dir: 'dist/esm',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'index.js',
      chunkFileNames: '[name].js',
    },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@bookafy/'),
    plugins: [resolve, esbuild({ ...compile, minify: false })],
  },
];
