import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { createAdminAccount, request } from '../../../test/fixtures.js';
import { pinClock } from '../../../test/pin-clock.js';
import * as schema from '../../db/schema/index.js';
import { sha256Hex } from '../../internal/hash.js';

const NOW = '2027-02-26T12:00:00Z';

pinClock(NOW);

const db = drizzle(env.DB, { schema });

type CreatedFeed = { id: string; url: string; createdAt: string };

const feedAdmin = (staffId: string, key: string, method = 'GET') =>
  request(`/admin/staff/${staffId}/calendar-feed`, { method, key });

async function createFeed(staffId: string, key: string): Promise<CreatedFeed> {
  const response = await feedAdmin(staffId, key, 'POST');
  expect(response.status).toBe(201);
  return response.json<CreatedFeed>();
}

/** Fetches a feed's address as a calendar program would: no key, just the URL. */
const fetchFeed = (url: string) => request(new URL(url).pathname.replace(/^\/v1/, ''));

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const problem = await response.json<{ code: string; requestId: string }>();
  expect(problem.code).toBe(code);
  expect(problem.requestId).toBe(response.headers.get('X-Request-Id'));
}

describe('POST /v1/admin/staff/{staffId}/calendar-feed', () => {
  it('answers with a secret feed address that works without a key', async () => {
    const { secretKey, staffIds } = await createAdminAccount();

    const feed = await createFeed(staffIds[0]!, secretKey);

    expect(feed.id).toMatch(/^cfd_/);
    expect(feed.createdAt).toBe(NOW);
    expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:8787\/v1\/feeds\/[0-9a-z]{32}\.ics$/);
    const response = await fetchFeed(feed.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('private, max-age=300');
  });

  it('stores only the SHA-256 of the token', async () => {
    const { secretKey, staffIds } = await createAdminAccount();

    const feed = await createFeed(staffIds[0]!, secretKey);

    const token = /\/feeds\/([0-9a-z]{32})\.ics$/.exec(feed.url)![1]!;
    const [row] = await db
      .select()
      .from(schema.calendarFeeds)
      .where(eq(schema.calendarFeeds.id, feed.id));
    expect(row!.tokenHash).toBe(await sha256Hex(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('revokes the previous feed of that staff member only', async () => {
    const { secretKey, staffIds } = await createAdminAccount({
      staffZones: ['Europe/Berlin', 'America/New_York'],
    });
    const first = await createFeed(staffIds[0]!, secretKey);
    const colleague = await createFeed(staffIds[1]!, secretKey);

    const second = await createFeed(staffIds[0]!, secretKey);

    await expectProblem(await fetchFeed(first.url), 404, 'feed_not_found');
    expect((await fetchFeed(second.url)).status).toBe(200);
    expect((await fetchFeed(colleague.url)).status).toBe(200);
    const live = await (await feedAdmin(staffIds[0]!, secretKey)).json<{ id: string }>();
    expect(live.id).toBe(second.id);
  });

  it("refuses another account's staff member and a publishable key", async () => {
    const { secretKey, publishableKey, staffIds } = await createAdminAccount();
    const other = await createAdminAccount();

    await expectProblem(await feedAdmin(other.staffIds[0]!, secretKey, 'POST'), 404, 'not_found');
    await expectProblem(await feedAdmin(staffIds[0]!, publishableKey, 'POST'), 401, 'unauthorized');
  });
});

describe('GET /v1/admin/staff/{staffId}/calendar-feed', () => {
  it('shows when the live feed was made, never its address again', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    await expectProblem(await feedAdmin(staffIds[0]!, secretKey), 404, 'feed_not_found');
    const feed = await createFeed(staffIds[0]!, secretKey);

    const response = await feedAdmin(staffIds[0]!, secretKey);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: feed.id, createdAt: NOW });
  });
});

describe('DELETE /v1/admin/staff/{staffId}/calendar-feed', () => {
  it('revokes the feed, after which its address answers 404', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const feed = await createFeed(staffIds[0]!, secretKey);

    const response = await feedAdmin(staffIds[0]!, secretKey, 'DELETE');

    expect(response.status).toBe(204);
    await expectProblem(await fetchFeed(feed.url), 404, 'feed_not_found');
    await expectProblem(await feedAdmin(staffIds[0]!, secretKey), 404, 'feed_not_found');
    await expectProblem(await feedAdmin(staffIds[0]!, secretKey, 'DELETE'), 404, 'feed_not_found');
  });
});

describe('GET /v1/feeds/{token}.ics with a token no feed has', () => {
  it('answers 404 feed_not_found, whatever the shape of the token', async () => {
    for (const path of ['/feeds/0123456789abcdefghjkmnpqrstvwxyz.ics', '/feeds/short.ics']) {
      await expectProblem(await request(path), 404, 'feed_not_found');
    }
    await expectProblem(await request('/feeds/0123456789abcdefghjkmnpqrstvwxyz'), 404, 'not_found');
  });
});
