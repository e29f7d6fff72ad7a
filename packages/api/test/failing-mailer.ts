import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

import worker from '../src/index.js';

/**
 * The Worker's settings with Cloudflare's mailer whose `send_email` binding refuses every
 * message, as Cloudflare does for an unverified destination. The binding is a stand-in: tests
 * cannot reach Cloudflare's Email service.
 */
export const refusingMail = {
  ...env,
  MAILER: 'cloudflare',
  EMAIL: {
    send: () => Promise.reject(new Error('destination address not verified')),
  } as unknown as SendEmail,
};

/**
 * Sends a request to the Worker under test, as `request` in fixtures.ts does, while the mailer
 * refuses every message.
 */
export async function requestWhileMailFails(
  path: string,
  init: RequestInit & { key?: string } = {},
): Promise<Response> {
  const { key, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (key) headers.set('Authorization', `Bearer ${key}`);
  if (rest.body) headers.set('Content-Type', 'application/json');
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    new Request(`http://127.0.0.1/v1${path}`, { ...rest, headers }),
    refusingMail,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}
