import { env } from 'cloudflare:workers';

import { apiRequest } from './fixtures.js';
import { workerFetch } from './settled-fetch.js';

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

/** Sends a request to the Worker under test, as `request` does, while the mailer fails. */
export function requestWhileMailFails(
  path: string,
  init: RequestInit & { key?: string } = {},
): Promise<Response> {
  return workerFetch(apiRequest(path, init), refusingMail);
}
