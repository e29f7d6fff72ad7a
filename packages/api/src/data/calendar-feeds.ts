import { and, eq, isNull } from 'drizzle-orm';

import {
  accounts,
  calendarFeeds,
  staff,
  type CalendarFeed,
  type StaffMember,
} from '../db/schema/index.js';
import type { Database } from '../env.js';
import { sha256Hex } from '../internal/hash.js';
import { newId, randomBase32 } from '../internal/ids.js';

/** Characters of a feed token: 32 of base32 carry 160 random bits. */
const TOKEN_LENGTH = 32;

/** What a feed token looks like; anything else is not looked up at all. */
export const FEED_TOKEN = /^[0-9a-z]{32}$/;

const liveFeedOf = (accountId: string, staffId: string) =>
  and(
    eq(calendarFeeds.accountId, accountId),
    eq(calendarFeeds.staffId, staffId),
    isNull(calendarFeeds.revokedAt),
  );

/**
 * Makes a new feed for a staff member and revokes the one they had, in one batch, so a staff
 * member never has two live feeds. The token is returned here only; D1 keeps its SHA-256.
 */
export async function createCalendarFeed(
  db: Database,
  member: StaffMember,
  now: number,
): Promise<{ feed: CalendarFeed; token: string }> {
  const token = randomBase32(TOKEN_LENGTH);
  const [, inserted] = await db.batch([
    db.update(calendarFeeds).set({ revokedAt: now }).where(liveFeedOf(member.accountId, member.id)),
    db
      .insert(calendarFeeds)
      .values({
        id: newId('cfd'),
        accountId: member.accountId,
        staffId: member.id,
        tokenHash: await sha256Hex(token),
        createdAt: now,
      })
      .returning(),
  ]);
  return { feed: inserted[0]!, token };
}

/** The staff member's live feed, if they have one. */
export async function findLiveFeed(
  db: Database,
  accountId: string,
  staffId: string,
): Promise<CalendarFeed | undefined> {
  const [feed] = await db.select().from(calendarFeeds).where(liveFeedOf(accountId, staffId));
  return feed;
}

/** Revokes the staff member's live feed; whether there was one. */
export async function revokeCalendarFeed(
  db: Database,
  accountId: string,
  staffId: string,
  now: number,
): Promise<boolean> {
  const revoked = await db
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(liveFeedOf(accountId, staffId))
    .returning({ id: calendarFeeds.id });
  return revoked.length > 0;
}

/** The staff member and account behind a live feed's token; undefined for any other token. */
export async function findFeedOwner(
  db: Database,
  token: string,
): Promise<{ staffMember: StaffMember; accountName: string } | undefined> {
  if (!FEED_TOKEN.test(token)) return undefined;
  const [owner] = await db
    .select({ staffMember: staff, accountName: accounts.name })
    .from(calendarFeeds)
    .innerJoin(
      staff,
      and(eq(staff.id, calendarFeeds.staffId), eq(staff.accountId, calendarFeeds.accountId)),
    )
    .innerJoin(accounts, eq(accounts.id, calendarFeeds.accountId))
    .where(
      and(eq(calendarFeeds.tokenHash, await sha256Hex(token)), isNull(calendarFeeds.revokedAt)),
    );
  return owner;
}
