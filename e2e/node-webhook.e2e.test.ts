import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { demoSecretKey } from './support/example-apps.js';
import { baseUrl, demo } from './support/pages.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const STAFF_ZONES: Record<string, string> = {
  [demo.lena]: 'Europe/Berlin',
  [demo.marcus]: 'America/New_York',
};

/**
 * Which free day of next month (in the business's zone) this file books: past every day that
 * DAY_OF in support/booking-flow.ts gives the browser tests, which count up to the 15th.
 */
const FREE_DAY_INDEX = 17;

/** A loopback port that nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Calls the admin API as the demo account's owner. */
function admin(path: string, method: string, body?: unknown): Promise<Response> {
  return fetch(new URL(`v1/admin/${path}`, baseUrl), {
    method,
    headers: { Authorization: `Bearer ${demoSecretKey}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The first free start of the introductory call on the chosen free day of next month. */
async function freeStartNextMonth(): Promise<string> {
  const now = new Date();
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1);
  const url = new URL('v1/slots', baseUrl);
  url.search = new URLSearchParams({
    key: demo.publishableKey,
    serviceId: demo.introCall,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  }).toString();
  const { slots } = (await (await fetch(url)).json()) as { slots: { start: string }[] };
  const day = (instant: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: demo.timeZone }).format(Date.parse(instant));
  const days = [...new Set(slots.map((slot) => day(slot.start)))];
  expect(days.length).toBeGreaterThan(0);
  const chosen = days[Math.min(FREE_DAY_INDEX, days.length - 1)];
  return slots.find((slot) => day(slot.start) === chosen)!.start;
}

/** The receiver's process, every line it has printed so far, and when it began to listen. */
interface Receiver {
  child: ChildProcess;
  lines: string[];
  listening: Promise<void>;
}

/** Starts examples/node/webhook-receiver.ts on `port`. */
function startReceiver(port: number, secret: string): Receiver {
  const child = spawn('pnpm', ['--dir', 'examples/node', 'exec', 'tsx', 'webhook-receiver.ts'], {
    cwd: root,
    env: { ...process.env, WEBHOOK_SECRET: secret, PORT: String(port) },
    // Its own process group, so that stopping it also stops tsx's node beneath pnpm.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const announcement = `Listening for webhooks on http://127.0.0.1:${port}/`;
  let errors = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const listening = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The receiver exited (${code}): ${errors}`)));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      lines.push(...chunk.split('\n').filter(Boolean));
      if (lines.includes(announcement)) resolve();
    });
  });
  return { child, lines, listening };
}

/** Stops the receiver's whole process group and waits until it has exited. */
async function stopReceiver({ child }: Receiver): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}

let port: number;
let endpointId: string;
let receiver: Receiver | undefined;

beforeAll(async () => {
  port = await freePort();
  const created = await admin('webhook-endpoints', 'POST', {
    url: `http://127.0.0.1:${port}/`,
    events: ['booking.created'],
    description: 'Node example receiver (end-to-end test)',
  });
  expect(created.status).toBe(201);
  const endpoint = (await created.json()) as { id: string; secret: string };
  endpointId = endpoint.id;
  receiver = startReceiver(port, endpoint.secret);
  await receiver.listening;
});

afterAll(async () => {
  if (receiver) await stopReceiver(receiver);
  if (endpointId) await admin(`webhook-endpoints/${endpointId}`, 'DELETE');
});

describe('the Node example webhook-receiver.ts', () => {
  it('logs a verified booking.created with the start in the staff member’s zone', async () => {
    const start = await freeStartNextMonth();
    const response = await fetch(new URL('v1/bookings', baseUrl), {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${demo.publishableKey}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        serviceId: demo.introCall,
        start,
        customer: { name: 'Katherine Johnson', email: 'katherine@example.com', timeZone: 'UTC' },
      }),
    });
    expect(response.status).toBe(201);
    const booking = (await response.json()) as { id: string; start: string; staffId: string };

    const prefix = `booking.created ${booking.id} `;
    await expect
      .poll(() => receiver!.lines.find((line) => line.startsWith(prefix)), { timeout: 30_000 })
      .toBeDefined();
    const line = receiver!.lines.find((candidate) => candidate.startsWith(prefix))!;
    const [localStart, timeZone] = line.slice(prefix.length).split(' ');
    const zone = STAFF_ZONES[booking.staffId]!;
    const wallClock = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      dateStyle: 'short',
      timeStyle: 'short',
    })
      .format(Date.parse(booking.start))
      .replace(' ', 'T');
    expect(timeZone).toBe(zone);
    expect(localStart).toMatch(new RegExp(`^${wallClock}:00[+-]\\d{2}:\\d{2}$`));
    expect(Date.parse(localStart!)).toBe(Date.parse(booking.start));
  });

  it('answers 400 to a delivery whose signature does not match the secret', async () => {
    const body = JSON.stringify({ id: 'evt_forged', type: 'booking.created', data: {} });
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'webhook-id': 'evt_forged',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': `v1,${Buffer.from('not the signature').toString('base64')}`,
      },
      body,
    });

    expect(response.status).toBe(400);
    expect(receiver!.lines.some((line) => line.includes('evt_forged'))).toBe(false);
  });
});
