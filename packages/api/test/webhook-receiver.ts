import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { TestProject } from 'vitest/node';

/** One request the receiver took, as the tests read it back. */
export interface ReceivedRequest {
  path: string;
  /** The status the receiver answered with. */
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** How the receiver answers requests to one path: 204, another status, or no answer at all. */
export type ReceiverMode = { answer: 'status'; status: number } | { answer: 'drop' };

declare module 'vitest' {
  export interface ProvidedContext {
    /** The loopback receiver's base URL; give each test its own path below it. */
    webhookReceiverUrl: string;
    /** Where tests switch a path's answer and read what arrived (see webhook-receiver.ts). */
    webhookControlUrl: string;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

/**
 * Vitest global setup: a webhook receiver on 127.0.0.1 that the Worker in workerd posts to,
 * and a control server beside it. `POST <control>/mode` with `{ path, mode }` sets how one
 * path answers (204 until set); `GET <control>/requests?path=…` lists what arrived there.
 */
export default async function setup(project: TestProject) {
  const received: ReceivedRequest[] = [];
  const modes = new Map<string, ReceiverMode>();

  const receiver = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://receiver').pathname;
    const body = await readBody(request);
    const mode = modes.get(path);
    if (mode?.answer === 'drop') {
      request.socket.destroy();
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
    );
    const status = mode?.answer === 'status' ? mode.status : 204;
    received.push({ path, status, headers, body });
    response.writeHead(status).end();
  });

  const control = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://control');
    if (request.method === 'POST' && url.pathname === '/mode') {
      const { path, mode } = JSON.parse(await readBody(request)) as {
        path: string;
        mode: ReceiverMode;
      };
      modes.set(path, mode);
      response.writeHead(204).end();
      return;
    }
    const path = url.searchParams.get('path');
    const matching = received.filter((entry) => entry.path === path);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(matching));
  });

  project.provide('webhookReceiverUrl', await listen(receiver));
  project.provide('webhookControlUrl', await listen(control));

  return async () => {
    receiver.closeAllConnections();
    control.closeAllConnections();
    await Promise.all([
      new Promise((resolve) => receiver.close(resolve)),
      new Promise((resolve) => control.close(resolve)),
    ]);
  };
}
