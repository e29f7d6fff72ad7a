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
  worker ??= (async () => {
    for (;;) {
      const answer = await executeServerCommand<RealWorker | { starting: true }, object>(
        'bookafy-worker',
        { origin: location.origin },
      );
      if (!('starting' in answer)) return answer;
    }
  })();
  return worker;
}

/**
 * Registers a `before` hook that waits (up to two minutes) for the Worker to be up, and gives
 * each test of the suite 30 seconds, enough for a whole booking through the real API.
 */
export function useRealWorker(): void {
  beforeEach(function () {
    this.currentTest?.timeout(30_000);
  });
  before(async function () {
    this.timeout(120_000);
    await realWorker();
  });
}
