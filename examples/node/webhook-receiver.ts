/**
 * Receives Bookafy's webhooks: checks each delivery's Standard Webhooks signature with the
 * endpoint's secret, answers 400 to anything unsigned or signed with another secret, and prints
 * one line per event with its type, the booking's id and its start in the staff member's zone.
 *
 *   WEBHOOK_SECRET=whsec_… PORT=8790 node webhook-receiver.ts
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import type { WebhookEvent } from '@bookafy/sdk/admin';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/** Larger bodies are refused unread: a booking event is a few kilobytes. */
const MAX_BODY_BYTES = 1_000_000;

const secret = process.env['WEBHOOK_SECRET'];
if (!secret) {
  console.error('Set WEBHOOK_SECRET to the endpoint secret (whsec_…) the API returned.');
  process.exit(2);
}
const port = Number(process.env['PORT'] ?? 8790);
const webhook = new Webhook(secret);

/** The request's body as text, or `undefined` once it passes `MAX_BODY_BYTES`. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The three Standard Webhooks headers, as the verifier expects them. */
function signatureHeaders(request: IncomingMessage): Record<string, string> {
  const header = (name: string) => String(request.headers[name] ?? '');
  return {
    'webhook-id': header('webhook-id'),
    'webhook-timestamp': header('webhook-timestamp'),
    'webhook-signature': header('webhook-signature'),
  };
}

/** One line per event, e.g. `booking.created bkg_… 2027-03-01T09:00:00+01:00 Europe/Berlin`. */
function describe(event: WebhookEvent): string {
  const { id, local } = event.data.booking;
  return `${event.type} ${id} ${local.start} ${local.timeZone}`;
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'POST') {
    response.writeHead(405, { Allow: 'POST' }).end();
    return;
  }
  const body = await readBody(request);
  if (body === undefined) {
    response.writeHead(413).end();
    return;
  }

  let event: WebhookEvent;
  try {
    // Verifying the exact bytes received matters: re-serialised JSON would not match.
    event = webhook.verify(body, signatureHeaders(request)) as WebhookEvent;
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    console.error(`Rejected a delivery: ${error.message}`);
    response.writeHead(400).end();
    return;
  }

  console.log(describe(event));
  // Any 2xx tells Bookafy the event arrived; anything else is retried for about three days.
  response.writeHead(204).end();
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Listening for webhooks on http://127.0.0.1:${port}/`);
});
