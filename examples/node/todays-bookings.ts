/**
 * Prints each staff member's bookings of today, where "today" and every time are those of
 * the staff member's own zone. A date argument (YYYY-MM-DD) prints that day instead.
 *
 *   BOOKAFY_SECRET_KEY=sk_… node todays-bookings.ts [2027-03-15]
 */
import { DAY_MS, formatLocalDate, formatTime, localDateOf } from '@bookafy/sdk';
import type { Booking, StaffMember } from '@bookafy/sdk/admin';

import { adminClientFromEnv } from './admin-client.ts';

const locale = 'en-US';
const chosenDate = process.argv[2];
if (chosenDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(chosenDate)) {
  console.error(`Usage: todays-bookings.ts [YYYY-MM-DD], not "${chosenDate}"`);
  process.exit(2);
}

const admin = adminClientFromEnv();
const [account, staff, services] = await Promise.all([
  admin.account.get(),
  admin.staff.list(),
  admin.services.list(),
]);
const serviceNames = new Map(services.data.map((service) => [service.id, service.name]));

/** The bookings of `member` that start on `date` in their zone and are not cancelled. */
async function bookingsOn(member: StaffMember, date: string): Promise<Booking[]> {
  // A local date lies within a day either side of the same UTC date, in every zone.
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const bookings: Booking[] = [];
  const filters = {
    staffId: member.id,
    from: utcMidnight - DAY_MS,
    to: utcMidnight + 2 * DAY_MS,
    limit: 100,
  };
  for await (const booking of admin.bookings.listAll(filters)) {
    const onDate = localDateOf(Date.parse(booking.start), member.timeZone) === date;
    if (onDate && booking.status !== 'cancelled') bookings.push(booking);
  }
  return bookings.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** One line per booking: its times in the staff member's zone, service and customer. */
function describe(booking: Booking, timeZone: string): string {
  const start = formatTime(Date.parse(booking.start), { locale, timeZone });
  const end = formatTime(Date.parse(booking.end), { locale, timeZone });
  const service = serviceNames.get(booking.serviceId) ?? booking.serviceId;
  const { name, email } = booking.customer;
  const pending = booking.status === 'pending' ? ' (pending)' : '';
  return `  ${start} – ${end}  ${service}  ${name} <${email}>${pending}`;
}

console.log(account.name);
for (const member of staff.data) {
  const date = chosenDate ?? localDateOf(Date.now(), member.timeZone);
  const bookings = await bookingsOn(member, date);
  console.log(`\n${member.name}, ${formatLocalDate(date, locale)} (${member.timeZone})`);
  if (bookings.length === 0) console.log('  No bookings.');
  for (const booking of bookings) console.log(describe(booking, member.timeZone));
}
