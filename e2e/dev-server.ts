import type { TestProject } from 'vitest/node';

import { startDevServer } from '../scripts/start-dev-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The dev server's local D1 folder, for tests that read the database itself. */
    persistTo: string;
    /** What `pnpm dev` printed until it answered: the demo's URL, keys and owner login. */
    devServerPrinted: string;
  }
}

/**
 * Starts `pnpm dev` exactly as a developer would on a free loopback port with its own
 * database folder, and stops its whole process group afterwards.
 */
export default async function setup(project: TestProject) {
  const { baseUrl, persistTo, printed, stop } = await startDevServer();
  project.provide('baseUrl', baseUrl);
  project.provide('persistTo', persistTo);
  project.provide('devServerPrinted', printed);
  return stop;
}
