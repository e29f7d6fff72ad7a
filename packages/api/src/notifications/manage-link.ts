import { DAY_MS } from '@bookafy/core';

import type { BookingRow } from '../db/schema/index.js';
import { sha256Hex } from '../internal/hash.js';

/**
 * How long after the booking's end a link in a message still opens it: long enough to look the
 * booking up afterwards, short enough that an old mailbox is not a lasting key.
 */
export const MANAGE_LINK_GRACE_MS = 7 * DAY_MS;

const PREFIX = 'ml_';
const encoder = new TextEncoder();

/**
 * The HMAC key of a booking's links: the stored SHA-256 of its manage token. Only D1 and the
 * holder of the manage token know it, so nobody else can make a link, and a booking without a
 * manage token has no links.
 */
async function linkKey(manageTokenHash: string): Promise<CryptoKey | undefined> {
  if (!/^[0-9a-f]{64}$/.test(manageTokenHash)) return undefined;
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(`bookafy-manage-link:${manageTokenHash}`),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

function signedText(bookingId: string, expiresAt: number): Uint8Array {
  return encoder.encode(`${bookingId}.${expiresAt}`);
}

function toBase64Url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/**
 * A token for the hosted manage page of one booking, for a link in a message: the manage token
 * itself is stored only hashed and cannot go into a message sent later. The token opens that
 * booking only, until `expiresAt` (epoch milliseconds), and stops working if the booking's
 * manage token is ever replaced. `undefined` for a booking without a manage token.
 *
 * @example
 * const token = await createManageLinkToken(row, row.endsAt + MANAGE_LINK_GRACE_MS);
 * // 'ml_lx3k9q00_Jf0…', accepted wherever the manage token is
 */
export async function createManageLinkToken(
  row: Pick<BookingRow, 'id' | 'manageTokenHash'>,
  expiresAt: number,
): Promise<string | undefined> {
  const key = await linkKey(row.manageTokenHash);
  if (!key) return undefined;
  const expiry = Math.floor(expiresAt / 1000);
  const signature = await crypto.subtle.sign('HMAC', key, signedText(row.id, expiry));
  return `${PREFIX}${expiry.toString(36)}_${toBase64Url(signature)}`;
}

/** Whether `token` is a link token for this booking that has not expired at `now`. */
export async function isValidManageLinkToken(
  row: Pick<BookingRow, 'id' | 'manageTokenHash'>,
  token: string,
  now: number,
): Promise<boolean> {
  const match = /^ml_([0-9a-z]{1,12})_([A-Za-z0-9_-]+)$/.exec(token);
  if (!match) return false;
  const expiry = parseInt(match[1]!, 36);
  const signature = fromBase64Url(match[2]!);
  const key = await linkKey(row.manageTokenHash);
  if (!signature || !key || expiry * 1000 <= now) return false;
  return crypto.subtle.verify('HMAC', key, signature, signedText(row.id, expiry));
}

/**
 * Whether `token` opens the booking: its manage token, or a link token from one of its
 * messages that has not expired. The manage routes accept a booking on exactly this answer.
 */
export async function tokenOpensBooking(
  row: Pick<BookingRow, 'id' | 'manageTokenHash'>,
  token: string,
  now: number,
): Promise<boolean> {
  if (token.startsWith(PREFIX)) return isValidManageLinkToken(row, token, now);
  return row.manageTokenHash !== '' && (await sha256Hex(token)) === row.manageTokenHash;
}
