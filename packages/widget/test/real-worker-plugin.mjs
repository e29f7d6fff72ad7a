import { demoAccount } from '../../../scripts/demo-account.mjs';
import { startDevServer } from '../../../scripts/start-dev-server.mjs';
import { startVisitorProxy } from './visitor-proxy.mjs';

/** Adds `origin` to the demo account's allowed origins, through the admin API. */
async function allowOrigin(baseUrl, origin) {
  const admin = (init) =>
    fetch(new URL('/v1/admin/account', baseUrl), {
      ...init,
      headers: {
        authorization: `Bearer ${demoAccount.secretKey}`,
        'content-type': 'application/json',
      },
    });
  const { allowedOrigins } = await (await admin()).json();
  if (allowedOrigins.includes(origin)) return;
  const response = await admin({
    method: 'PATCH',
    body: JSON.stringify({ allowedOrigins: [...allowedOrigins, origin] }),
  });
  if (!response.ok) throw new Error(`Could not allow ${origin}: ${await response.text()}`);
}

/**
 * A test-runner plugin that answers the `bookafy-worker` command with the address and demo
 * keys of a real local Worker (`scripts/dev.mjs`: D1 migrated and seeded), reached through
 * `startVisitorProxy`, after allowing the test page's origin to call it. The Worker starts with
 * the test runner, while the first files run, and stops with it.
 */
export function realWorkerPlugin() {
  let started;
  const start = () => {
    started ??= startDevServer().then(async (server) => {
      const proxy = await startVisitorProxy(server.baseUrl);
      return { ...server, proxy };
    });
    // A failed start is reported to the test that asks for the Worker.
    started.catch(() => {});
    return started;
  };
  return {
    name: 'bookafy-real-worker',
    serverStart() {
      start();
    },
    async executeCommand({ command, payload }) {
      if (command !== 'bookafy-worker') return undefined;
      // The runner gives a command 20 seconds; a Worker still starting answers `starting` and
      // the page asks again.
      const waited = new Promise((resolve) => setTimeout(resolve, 10_000, 'starting'));
      const ready = await Promise.race([start(), waited]);
      if (ready === 'starting') return { starting: true };
      const { baseUrl, proxy } = ready;
      await allowOrigin(baseUrl, payload.origin);
      return {
        baseUrl: proxy.baseUrl,
        publishableKey: demoAccount.publishableKey,
        secretKey: demoAccount.secretKey,
      };
    },
    async serverStop() {
      if (!started) return;
      const { proxy, stop } = await started;
      await proxy.close();
      stop();
    },
  };
}
