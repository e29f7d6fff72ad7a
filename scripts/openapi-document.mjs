/**
 * The API's OpenAPI 3.1 document and its problem codes, produced in Node without a server: the
 * Hono app is bundled with esbuild and asked for the same document `GET /v1/openapi.json`
 * serves. The app imports a few modules that exist only in Workers (`cloudflare:email`);
 * building the document never runs them, so they are replaced by empty stand-ins.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build } from 'esbuild';

import { root } from './wrangler.mjs';

/** What `api.doc31()` in packages/api/src/app.ts passes, so the two documents are the same. */
export const DOCUMENT_CONFIG = {
  openapi: '3.1.0',
  info: { title: 'Bookafy API', version: '1.0.0' },
  servers: [{ url: '/v1' }],
};

/** The named exports of each Workers-only module the app may import, as inert stand-ins. */
const WORKERS_MODULES = {
  'cloudflare:email': 'export class EmailMessage {}',
  'cloudflare:sockets': 'export function connect() {}',
  'cloudflare:workers':
    'export const env = {}; export class DurableObject {} export class WorkerEntrypoint {} ' +
    'export class WorkflowEntrypoint {} export class RpcTarget {}',
};

/** Resolves `cloudflare:*` imports to {@link WORKERS_MODULES}, naming any it does not know. */
const workersModules = {
  name: 'workers-modules',
  setup(builder) {
    builder.onResolve({ filter: /^cloudflare:/ }, ({ path }) => ({ path, namespace: 'workers' }));
    builder.onLoad({ filter: /.*/, namespace: 'workers' }, ({ path }) => {
      const contents = WORKERS_MODULES[path];
      if (contents === undefined) {
        return {
          errors: [{ text: `Add ${path} to WORKERS_MODULES in scripts/openapi-document.mjs` }],
        };
      }
      return { contents, loader: 'js' };
    });
  },
};

const ENTRY = `
export { api } from './src/app.ts';
export { ApiProblem, ProblemCode } from './src/problem.ts';
`;

/**
 * Builds the document the Worker serves at `/v1/openapi.json`, and every problem code the API
 * answers with, each with the `title` its problem bodies carry, in the order the API lists them.
 *
 * @returns {Promise<{ document: Record<string, any>, problems: { code: string, title: string }[] }>}
 */
export async function loadOpenApiDocument() {
  const { outputFiles } = await build({
    stdin: { contents: ENTRY, resolveDir: join(root, 'packages/api'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    logLevel: 'silent',
    plugins: [workersModules],
  });
  const folder = mkdtempSync(join(tmpdir(), 'bookafy-openapi-'));
  try {
    const file = join(folder, 'api.mjs');
    writeFileSync(file, outputFiles[0].text);
    const { api, ApiProblem, ProblemCode } = await import(pathToFileURL(file).href);
    const problems = Object.values(ProblemCode).map((code) => ({
      code,
      title: new ApiProblem(400, code).toBody('').title,
    }));
    return { document: api.getOpenAPI31Document(DOCUMENT_CONFIG), problems };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
