import { describe, expect, it } from 'vitest';

import { createAdminAccount } from '../../api/test/fixtures.js';
import { pinClock } from '../../api/test/pin-clock.js';
import { workerFetch, type Exchange } from '../test/injected-fetch.js';
import { rejectionOf } from '../test/rejection-of.js';
import { connect as connectVisitor } from '../test/worker-client.js';
import { createAdminClient } from './admin-client.js';
import { HttpError } from './errors/http-error.js';
import { ValidationError } from './errors/validation-error.js';

// Friday before Monday 2027-03-01, when the Berlin staff member works 08:00Z–16:00Z.
pinClock('2027-02-26T12:00:00Z');

const monday = { start: '2027-03-01T00:00:00Z', end: '2027-03-02T00:00:00Z' };

function connect(secretKey: string, exchanges: Exchange[] = []) {
  return createAdminClient({
    baseUrl: 'http://127.0.0.1',
    secretKey,
    fetch: workerFetch(exchanges),
  });
}

describe('createAdminClient staff.setServices', () => {
  it('sets the services a member offers in one PUT, and visitors book those', async () => {
    const { publishableKey, secretKey, serviceId, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;
    const exchanges: Exchange[] = [];
    const admin = connect(secretKey, exchanges);
    const massage = await admin.services.create({
      name: 'Massage',
      durationMinutes: 60,
      position: 1,
    });

    const offered = await admin.staff.setServices(staffId, [massage.id]);

    expect(offered).toEqual({ serviceIds: [massage.id] });
    expect(exchanges.at(-1)).toMatchObject({ method: 'PUT' });
    expect(exchanges.at(-1)!.url.pathname).toBe(`/v1/admin/staff/${staffId}/services`);
    const visitor = connectVisitor(publishableKey);
    const massageSlots = await visitor.listSlots({ serviceId: massage.id, ...monday });
    expect(massageSlots.slots[0]).toMatchObject({ start: '2027-03-01T08:00:00Z' });
    const consultation = await visitor.listSlots({ serviceId, ...monday });
    expect(consultation.slots).toEqual([]);
    expect((await admin.services.get(serviceId)).staffIds).toEqual([]);
  });

  it('throws ValidationError naming the refused service, and changes nothing', async () => {
    const { secretKey, serviceId, staffIds } = await createAdminAccount();
    const staffId = staffIds[0]!;
    const admin = connect(secretKey);
    const massage = await admin.services.create({ name: 'Massage', durationMinutes: 60 });
    await admin.services.archive(massage.id);

    const refused = await rejectionOf(admin.staff.setServices(staffId, [serviceId, massage.id]));
    const stranger = await rejectionOf(
      admin.staff.setServices('stf_unknown0000000000', [serviceId]),
    );

    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused).toMatchObject({ status: 422, code: 'invalid_request' });
    expect((refused as ValidationError).fieldErrors.map((error) => error.path)).toEqual([
      'serviceIds.1',
    ]);
    expect((await admin.services.get(serviceId)).staffIds).toEqual([staffId]);
    expect((await admin.services.get(massage.id)).staffIds).toEqual([]);
    expect(stranger).toBeInstanceOf(HttpError);
    expect(stranger).toMatchObject({ status: 404, code: 'not_found' });
  });
});
