import type { TestProject } from 'vitest/node';

import { startDevServer } from '../scripts/start-dev-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The dev server's local D1 folder, for tests that read the database itself. */
    persistTo: string;
  }
}

/**
 * Starts `pnpm dev` exactly as a developer would on a free loopback port with its own
 * database folder, and stops its whole process group afterwards.
 */
export default async function setup(project: TestProject) {
  const { baseUrl, persistTo, stop } = await startDevServer();
  project.provide('baseUrl', baseUrl);
  project.provide('persistTo', persistTo);
  return stop;
}
