import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';

import {
  DROPPED_ANSWER_HEADERS,
  DROPPED_REQUEST_HEADERS,
} from '../../../scripts/proxy-headers.mjs';
import { visitorAddress } from '../../../scripts/visitor-address.mjs';

/**
 * Starts a loopback proxy to the Worker at `target` that sends every request as a visitor of
 * its own, with its own client address in `CF-Connecting-IP` as Cloudflare sets it. The test
 * pages book many times a minute with the demo key; the API counts public writes per key and
 * address (a limit its own suite tests), and one address for all of them would hit it.
 * The page still calls another origin, so CORS is exercised as on a customer's site.
 *
 * @param {string} target the Worker's address, ending in `/`
 * @returns {Promise<{ baseUrl: string, close: () => Promise<void> }>}
 */
export async function startVisitorProxy(target) {
  let visitors = 0;
  const server = createServer(async (request, response) => {
    visitors += 1;
    const headers = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!DROPPED_REQUEST_HEADERS.has(name)) headers[name] = value;
    }
    headers['cf-connecting-ip'] = visitorAddress(visitors);
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    try {
      const answer = await fetch(new URL(request.url, target), {
        method: request.method,
        headers,
        body: chunks.length ? Buffer.concat(chunks) : undefined,
        redirect: 'manual',
      });
      const answerHeaders = {};
      for (const [name, value] of answer.headers) {
        if (!DROPPED_ANSWER_HEADERS.has(name)) answerHeaders[name] = value;
      }
      response.writeHead(answer.status, answerHeaders);
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`The Worker did not answer: ${error}`);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      // The browser keeps its connections open; they end with the proxy.
      server.closeAllConnections();
      return closed;
    },
  };
}
