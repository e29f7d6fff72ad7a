import { sha256Hex } from '../internal/hash.js';

/** The keys and tokens of the data the previous release left behind, as clients hold them. */
export const PREVIOUS_RELEASE = {
  publishableKey: 'pk_test_previousrelease0000000001',
  secretKey: 'sk_test_previousrelease0000000001',
  manageToken: 'mt_previousrelease000000000001',
  serviceId: 'svc_massage',
  confirmedServiceId: 'svc_firstvisit',
  staffIds: ['stf_mira', 'stf_jonas'],
  /** Monday 2027-03-01 10:00 in Berlin, booked with Mira. */
  bookedStart: '2027-03-01T09:00:00Z',
  /** Monday 2027-03-01 11:00 in Berlin, held for Mira until 12:05 UTC on 2027-02-26. */
  heldStart: '2027-03-01T10:00:00Z',
} as const;

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

/**
 * Statements that fill a database at the previous release's schema the way that release wrote
 * it: an account with keys, two staff members working Mon–Fri 09:00–17:00 in Berlin, two
 * services, bookings in each status, a live hold, audit rows and an outbox event.
 */
export async function previousReleaseRows(db: D1Database): Promise<D1PreparedStatement[]> {
  const { staffIds, bookedStart, heldStart } = PREVIOUS_RELEASE;
  const keys = [
    ['key_pk', 'publishable', PREVIOUS_RELEASE.publishableKey],
    ['key_sk', 'secret', PREVIOUS_RELEASE.secretKey],
  ] as const;
  const hashes = await Promise.all(keys.map(([, , key]) => sha256Hex(key)));
  const tokenHash = await sha256Hex(PREVIOUS_RELEASE.manageToken);
  const insert = (sql: string, ...values: unknown[]) => db.prepare(sql).bind(...values);
  const booking = (id: string, staffId: string, start: string, status: string, token: string) =>
    insert(
      `INSERT INTO bookings (id, account_id, service_id, staff_id, status, starts_at, ends_at,
         blocked_from, blocked_until, customer_name, customer_email, customer_time_zone,
         created_at, customer_phone, metadata, manage_token_hash, sequence)
       VALUES (?, 'acc_harbour', 'svc_massage', ?, ?, ?, ?, ?, ?, 'Ada Lovelace',
         'ada@example.com', 'America/New_York', ?, '+49 30 1234567', '{"crm_id":"8812"}', ?, 0)`,
      id,
      staffId,
      status,
      at(start),
      at(start) + 30 * MINUTE,
      at(start),
      at(start) + 45 * MINUTE,
      at('2027-02-20T08:00:00Z'),
      token,
    );

  return [
    insert(
      `INSERT INTO accounts (id, name, time_zone, plan, created_at, allowed_origins, branding)
       VALUES ('acc_harbour', 'Harbour Wellness', 'Europe/Berlin', 'pro', ?,
         '["https://harbour.example"]', '{"accentColor":"#1a73e8"}')`,
      at('2027-01-04T09:00:00Z'),
    ),
    ...keys.map(([id, kind, key], index) =>
      insert(
        `INSERT INTO api_keys (id, account_id, kind, key_hash, key_prefix, created_at)
         VALUES (?, 'acc_harbour', ?, ?, ?, 1)`,
        id,
        kind,
        hashes[index]!,
        key.slice(0, 12),
      ),
    ),
    ...staffIds.map((id, position) =>
      insert(
        `INSERT INTO staff (id, account_id, name, time_zone, position, created_at)
         VALUES (?, 'acc_harbour', ?, 'Europe/Berlin', ?, 1)`,
        id,
        position === 0 ? 'Mira' : 'Jonas',
        position,
      ),
    ),
    insert(
      `INSERT INTO services (id, account_id, name, duration_minutes, buffer_after_minutes,
         created_at)
       VALUES ('svc_massage', 'acc_harbour', 'Massage', 30, 15, 1)`,
    ),
    insert(
      `INSERT INTO services (id, account_id, name, duration_minutes, requires_confirmation,
         created_at)
       VALUES ('svc_firstvisit', 'acc_harbour', 'First visit', 60, 1, 2)`,
    ),
    ...['svc_massage', 'svc_firstvisit'].flatMap((serviceId) =>
      staffIds.map((staffId) =>
        insert(
          `INSERT INTO service_staff (account_id, service_id, staff_id)
           VALUES ('acc_harbour', ?, ?)`,
          serviceId,
          staffId,
        ),
      ),
    ),
    ...staffIds.flatMap((staffId) =>
      [1, 2, 3, 4, 5].map((weekday) =>
        insert(
          `INSERT INTO working_hours (id, account_id, staff_id, weekday, start_minute, end_minute)
           VALUES (?, 'acc_harbour', ?, ?, 540, 1020)`,
          `wh_${staffId}_${weekday}`,
          staffId,
          weekday,
        ),
      ),
    ),
    booking('bkg_kept', staffIds[0], bookedStart, 'confirmed', tokenHash),
    booking('bkg_cancelled', staffIds[1], bookedStart, 'cancelled', ''),
    insert(
      `INSERT INTO holds (id, account_id, service_id, staff_id, starts_at, ends_at, blocked_from,
         blocked_until, expires_at, created_at)
       VALUES ('hld_live', 'acc_harbour', 'svc_massage', ?, ?, ?, ?, ?, ?, ?)`,
      staffIds[0],
      at(heldStart),
      at(heldStart) + 30 * MINUTE,
      at(heldStart),
      at(heldStart) + 45 * MINUTE,
      at('2027-02-26T12:05:00Z'),
      at('2027-02-26T12:00:00Z'),
    ),
    insert(
      `INSERT INTO booking_events (id, account_id, booking_id, type, actor, data, created_at)
       VALUES ('bev_created', 'acc_harbour', 'bkg_kept', 'created', 'visitor', '{}', 1)`,
    ),
    insert(
      `INSERT INTO outbox_events (id, account_id, type, booking_id, payload, created_at)
       VALUES ('msg_created', 'acc_harbour', 'booking.created', 'bkg_kept', '{}', ?)`,
      at('2027-02-20T08:00:00Z'),
    ),
  ];
}
