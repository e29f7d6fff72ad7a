import { executeServerCommand } from '@web/test-runner-commands';

/** What the tests know of the real local Worker behind the test page's `/v1/*`. */
export interface ConsoleWorker {
  owner: { email: string; password: string };
  publishableKey: string;
}

let worker: Promise<ConsoleWorker> | undefined;

/** The real local Worker (`test/worker-proxy.mjs`), once it answers. */
export function realWorker(): Promise<ConsoleWorker> {
  worker ??= (async () => {
    for (;;) {
      const answer = await executeServerCommand<ConsoleWorker | { starting: true }, object>(
        'bookafy-console-worker',
        {},
      );
      if (!('starting' in answer)) return answer;
    }
  })();
  return worker;
}

/**
 * Registers a `before` hook that waits (up to two minutes) for the Worker to be up, and gives
 * each test of the suite 30 seconds.
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

/** Signs the demo owner in (or out with `signedIn: false`), straight through the API. */
export async function setSession(signedIn: boolean): Promise<void> {
  const { owner } = await realWorker();
  const response = signedIn
    ? await fetch('/v1/console/sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(owner),
      })
    : await fetch('/v1/console/sign-out', { method: 'POST' });
  if (!response.ok) throw new Error(`The session could not be set: ${response.status}`);
}
