import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

/** The console page's one script: Lit and every console element, self-registering. */
export default {
  input: 'src/console.ts',
  output: { file: 'dist/console.js', format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ extensions: ['.ts', '.js'] }),
    minifyLiterals({ failOnError: true }),
    esbuild({ target: 'es2022', minify: true, tsconfig: 'tsconfig.json', legalComments: 'none' }),
  ],
};
