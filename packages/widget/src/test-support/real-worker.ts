import { executeServerCommand } from '@web/test-runner-commands';

/** The local Worker behind a test, with the seeded demo account's keys. */
export interface RealWorker {
  baseUrl: string;
  publishableKey: string;
  secretKey: string;
}

let worker: Promise<RealWorker> | undefined;

/**
 * The real local Worker (`test/real-worker-plugin.mjs`), which allows this test page's origin
 * to call it with the demo publishable key.
 */
export function realWorker(): Promise<RealWorker> {
  worker ??= executeServerCommand<RealWorker, { origin: string }>('bookafy-worker', {
    origin: location.origin,
  });
  return worker;
}

/** Registers a `before` hook that waits (up to two minutes) for the Worker to be up. */
export function useRealWorker(): void {
  before(async function () {
    this.timeout(120_000);
    await realWorker();
  });
}
