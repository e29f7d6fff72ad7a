import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { createAdminAccount, setPlan } from '../../api/test/fixtures.js';
import { pinClock } from '../../api/test/pin-clock.js';
import { workerFetch, type Exchange } from '../test/injected-fetch.js';
import { rejectionOf } from '../test/rejection-of.js';
import { connect as connectVisitor } from '../test/worker-client.js';
import { createAdminClient } from './admin-client.js';
import { HttpError } from './errors/http-error.js';

const NOW = '2027-02-26T12:00:00Z';
const customer = { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'America/New_York' };

pinClock(NOW);

function connect(secretKey: string, exchanges: Exchange[] = []) {
  return createAdminClient({
    baseUrl: 'http://127.0.0.1',
    secretKey,
    fetch: workerFetch(exchanges),
  });
}

/** The text of the messages the dev mailer kept for `email`. */
async function mailTo(email: string): Promise<string[]> {
  const { results } = await env.DB.prepare('SELECT text FROM dev_mail WHERE to_address LIKE ?')
    .bind(`%<${email}>`)
    .all<{ text: string }>();
  return results.map((mail) => mail.text);
}

describe('createAdminClient users', () => {
  it('invites a staff member by email, lists the login and removes it', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const admin = connect(secretKey);
    const staffId = staffIds[0]!;
    const email = `sam-${staffId}@studio.example`;

    const invited = await admin.users.invite({ staffId, email, name: 'Sam Staff' });
    const listed = await admin.users.list();
    await admin.users.remove(invited.id);
    const afterRemoval = await admin.users.list();

    expect(invited).toEqual({
      id: expect.stringMatching(/^usr_/),
      email,
      name: 'Sam Staff',
      role: 'staff',
      staffId,
      createdAt: NOW,
    });
    expect(listed.data).toEqual([invited]);
    expect(afterRemoval.data).toEqual([]);
    const [invitation] = await mailTo(email);
    expect(invitation).toContain(`${env.PUBLIC_URL}/console/#reset=`);
  });

  it('names the staff user after the staff member when no name is given', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const admin = connect(secretKey);

    const invited = await admin.users.invite({
      staffId: staffIds[0]!,
      email: `Mixed.Case-${staffIds[0]}@Studio.example`,
    });

    expect(invited.name).toBe('Staff 1');
    expect(invited.email).toBe(`mixed.case-${staffIds[0]}@studio.example`);
  });

  it('refuses a second login for a staff member and removing one that is gone', async () => {
    const { secretKey, staffIds } = await createAdminAccount();
    const admin = connect(secretKey);
    const staffId = staffIds[0]!;
    const invited = await admin.users.invite({ staffId, email: `a-${staffId}@studio.example` });

    const second = await rejectionOf(
      admin.users.invite({ staffId, email: `b-${staffId}@studio.example` }),
    );
    await admin.users.remove(invited.id);
    const gone = await rejectionOf(admin.users.remove(invited.id));

    expect(second).toBeInstanceOf(HttpError);
    expect(second).toMatchObject({ status: 409, code: 'staff_has_user' });
    expect(gone).toMatchObject({ status: 404, code: 'not_found' });
    expect((gone as HttpError).message).toContain(`DELETE /admin/users/${invited.id}`);
  });
});

describe('createAdminClient usage', () => {
  it("counts staff members and this month's bookings against the plan's limits", async () => {
    const { secretKey, publishableKey, serviceId } = await createAdminAccount();
    const admin = connect(secretKey);
    const visitor = connectVisitor(publishableKey);
    const booking = await visitor.createBooking({
      serviceId,
      start: '2027-03-01T09:00:00Z',
      customer,
    });
    await admin.bookings.cancel(booking.id);
    await visitor.createBooking({ serviceId, start: '2027-03-01T10:00:00Z', customer });
    await admin.staff.create({ name: 'Mira', timeZone: 'Asia/Tokyo' });

    const usage = await admin.usage();

    // A booking counts in the month it was made, February in Berlin, cancelled or not.
    expect(usage).toEqual({
      plan: 'free',
      staff: { used: 2, limit: 2 },
      monthlyBookings: { used: 2, limit: 100, month: '2027-02' },
    });
  });

  it('has no limits on the pro plan', async () => {
    const { accountId, secretKey } = await createAdminAccount();
    await setPlan(accountId, 'pro');

    const usage = await connect(secretKey).usage();

    expect(usage).toEqual({
      plan: 'pro',
      staff: { used: 1, limit: null },
      monthlyBookings: { used: 0, limit: null, month: '2027-02' },
    });
  });
});
