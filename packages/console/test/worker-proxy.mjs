import { Buffer } from 'node:buffer';

import { demoAccount, demoOwner } from '../../../scripts/demo-account.mjs';
import {
  DROPPED_ANSWER_HEADERS,
  DROPPED_REQUEST_HEADERS,
} from '../../../scripts/proxy-headers.mjs';
import { startDevServer } from '../../../scripts/start-dev-server.mjs';

/**
 * What the proxy passes to the Worker: the API, and the widget's script, languages and
 * integrity hashes, which the embed page loads from its own origin as it does on `/console/`.
 */
const isWorkerPath = (path) =>
  path.startsWith('/v1/') ||
  path.startsWith('/locales/') ||
  ['/bookafy.js', '/bookafy.js.map', '/integrity.json'].includes(path);

async function bodyOf(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

/**
 * Serves the real local Worker's `/v1/*` and the widget's script files on the test page's own
 * origin, as `/console/` is served beside the API in production: the console's calls stay
 * same-origin and carry the session cookie. `Origin` is restated as the Worker's, as a reverse
 * proxy in front of it would. The `bookafy-console-worker` command answers once the Worker is
 * up, with the demo owner's login and the demo publishable key; `bookafy-console-clipboard`
 * lets the test page read and write the clipboard, as a person who allowed it would.
 * `middleware` goes in the runner's `middleware`, `plugin` in its `plugins`.
 */
export function workerProxy() {
  let started;
  const start = () => {
    started ??= startDevServer();
    started.catch(() => {});
    return started;
  };

  async function proxy(context, next) {
    if (!isWorkerPath(context.path)) return next();
    const { baseUrl } = await start();
    const headers = {};
    for (const [name, value] of Object.entries(context.headers)) {
      if (!DROPPED_REQUEST_HEADERS.has(name)) headers[name] = value;
    }
    if (headers.origin) headers.origin = new URL(baseUrl).origin;
    const answer = await fetch(new URL(context.url, baseUrl), {
      method: context.method,
      headers,
      body: ['GET', 'HEAD'].includes(context.method) ? undefined : await bodyOf(context.req),
      redirect: 'manual',
    });
    context.status = answer.status;
    for (const [name, value] of answer.headers) {
      if (!DROPPED_ANSWER_HEADERS.has(name) && name !== 'set-cookie') context.set(name, value);
    }
    const cookies = answer.headers.getSetCookie();
    if (cookies.length) context.set('Set-Cookie', cookies);
    context.body = Buffer.from(await answer.arrayBuffer());
  }

  const plugin = {
    name: 'bookafy-console-worker',
    serverStart() {
      start();
    },
    async executeCommand({ command, session }) {
      if (command === 'bookafy-console-clipboard') {
        const page = session.browser.getPage(session.id);
        const origin = new URL(page.url()).origin;
        await page
          .browserContext()
          .overridePermissions(origin, [
            'clipboard-read',
            'clipboard-write',
            'clipboard-sanitized-write',
          ]);
        return true;
      }
      if (command !== 'bookafy-console-worker') return undefined;
      // The runner gives a command 20 seconds; a Worker still starting answers `starting`.
      const waited = new Promise((resolve) => setTimeout(resolve, 10_000, 'starting'));
      if ((await Promise.race([start(), waited])) === 'starting') return { starting: true };
      return {
        owner: { email: demoOwner.email, password: demoOwner.password },
        publishableKey: demoAccount.publishableKey,
      };
    },
    async serverStop() {
      if (started) (await started).stop();
    },
  };
  return { plugin, middleware: proxy };
}
