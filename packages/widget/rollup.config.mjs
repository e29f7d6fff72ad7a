import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

/** The script-tag bundle: one self-registering file with Lit, the SDK and core's helpers. */
export default {
  input: 'src/bookafy.ts',
  output: {
    file: 'dist/bookafy.js',
    format: 'iife',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ extensions: ['.ts', '.js'] }),
    esbuild({ target: 'es2022', minify: true, tsconfig: 'tsconfig.json', legalComments: 'none' }),
  ],
};
