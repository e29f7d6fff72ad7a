/**
 * Load on the API under wrangler dev: the slot list of the demo's introductory call beside
 * `/v1/health`, which does nearly nothing, at the same connection counts in the same run, so
 * that their ratio says what computing slots costs whatever else the machine is doing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import autocannon from 'autocannon';

import { demoAccount, demoServices } from '../demo-account.mjs';
import { weekAhead } from './week-ahead.mjs';

/** Connections kept open at once: one visitor at a time, then a crowd. */
export const CONNECTION_COUNTS = [1, 50];

/** Seconds each measured run lasts; each route also gets a short unmeasured warm-up. */
export const DURATION_SECONDS = 10;

const WARM_UP_SECONDS = 2;

const { version: autocannonVersion } = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('autocannon/package.json'), 'utf8'),
);

/**
 * One autocannon run against `url` that fails on any answer but 2xx, since a fast error is no
 * measure of a route.
 */
async function load(url, connections, duration, headers = {}) {
  const result = await autocannon({ url, connections, duration, headers, timeout: 10 });
  if (result.non2xx > 0) {
    throw new Error(`${url} answered ${result.non2xx} requests with a status other than 2xx`);
  }
  return {
    connections,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
  };
}

/**
 * Measures `GET /v1/health` and `GET /v1/slots` (one week, the introductory call with anyone)
 * at each of {@link CONNECTION_COUNTS}, alternating the two routes.
 *
 * @param {string} baseUrl the dev server's address, ending in `/`
 */
export async function measureApiLoad(baseUrl) {
  const week = weekAhead(new Date());
  const slotsQuery = new URLSearchParams({ serviceId: demoServices[0].id, ...week });
  const health = { url: new URL('v1/health', baseUrl).href, headers: {} };
  const slots = {
    url: new URL(`v1/slots?${slotsQuery}`, baseUrl).href,
    headers: { authorization: `Bearer ${demoAccount.publishableKey}` },
  };

  const sample = await fetch(slots.url, { headers: slots.headers });
  const slotBody = await sample.text();
  if (!sample.ok) throw new Error(`GET /v1/slots answered ${sample.status}: ${slotBody}`);
  const slotCount = JSON.parse(slotBody).slots.length;
  const slotBytes = Buffer.byteLength(slotBody);
  for (const route of [health, slots]) await load(route.url, 1, WARM_UP_SECONDS, route.headers);

  const rows = [];
  for (const connections of CONNECTION_COUNTS) {
    rows.push({
      connections,
      health: await load(health.url, connections, DURATION_SECONDS, health.headers),
      slots: await load(slots.url, connections, DURATION_SECONDS, slots.headers),
    });
  }
  return { week, slotCount, slotBytes, rows };
}

const perSecond = (value) => Math.round(value).toLocaleString('en-US');
const latency = ({ p50Ms, p99Ms }) => `${p50Ms} / ${p99Ms} ms`;

/**
 * The report's section for {@link measureApiLoad}'s result.
 *
 * @param {Awaited<ReturnType<typeof measureApiLoad>>} result
 */
export function apiLoadSection({ week, slotCount, slotBytes, rows }) {
  const errors = rows.reduce((sum, row) => sum + row.health.errors + row.slots.errors, 0);
  return `## API under wrangler dev

\`GET /v1/slots\` for the demo's introductory call with anyone (two staff members in two zones)
from ${week.start} to ${week.end}: ${slotCount} slots, ${(slotBytes / 1024).toFixed(1)} KB of JSON.
Beside it, at the same connection counts in the same run, \`GET /v1/health\`, which answers after
one trivial D1 query. autocannon ${autocannonVersion} runs in the bench's own Node process on the
same machine as workerd: ${DURATION_SECONDS} s per route and connection count, after
${WARM_UP_SECONDS} s of warm-up per route. wrangler dev writes one log line per request. The
\`PUBLIC_WRITES\` rate limit counts only writes, so it does not apply. Latency is p50 / p99.
Connection errors and timeouts: ${errors}.

| Connections | Health, req/s | Slots, req/s | Slots ÷ health | Health latency | Slots latency |
|---|---|---|---|---|---|
${rows
  .map(
    ({ connections, health, slots }) =>
      `| ${connections} | ${perSecond(health.requestsPerSecond)} | ${perSecond(
        slots.requestsPerSecond,
      )} | ${(slots.requestsPerSecond / health.requestsPerSecond).toFixed(2)} | ${latency(
        health,
      )} | ${latency(slots)} |`,
  )
  .join('\n')}
`;
}
