import fc from 'fast-check';
import { expect } from 'vitest';

import {
  blockedRange,
  call,
  listed,
  offered,
  overbookings,
  type BookingModel,
  type ModelBooking,
  type ModelSystem,
} from './booking-model.js';

type Command = fc.AsyncCommand<BookingModel, ModelSystem>;

/** Where a command aims: one of the offered slots, or any quarter hour of the working day. */
interface Target {
  anyTime: boolean;
  pick: number;
}

const target = fc.record({ anyTime: fc.boolean(), pick: fc.nat({ max: 60 }) });

/** The start a command aims at, and whether `slots` offers it. */
function aim(slots: { start: string; staffIds: string[] }[], { anyTime, pick }: Target) {
  const start =
    anyTime || slots.length === 0
      ? new Date(Date.UTC(2027, 2, 1, 7) + (pick % 40) * 15 * 60_000).toISOString()
      : slots[pick % slots.length]!.start;
  const utc = start.replace('.000Z', 'Z');
  return { start: utc, slot: slots.find((slot) => slot.start === utc) };
}

/** Checks that the API lists exactly the model's bookings and no staff member is overbooked. */
async function agrees(model: BookingModel, system: ModelSystem): Promise<void> {
  const bookings = await listed(system);
  expect(overbookings(bookings, system.services)).toEqual([]);
  const summary = (b: { id: string; start: string; status: string; staffId: string }) =>
    `${b.id} ${b.start} ${b.status} ${b.staffId}`;
  expect(bookings.map(summary).sort()).toEqual(model.bookings.map(summary).sort());
}

const chosen = <T>(items: T[], pick: number): T => items[pick % items.length]!;

class Book implements Command {
  readonly serviceIndex: number;
  readonly to: Target;
  constructor(serviceIndex: number, to: Target) {
    this.serviceIndex = serviceIndex;
    this.to = to;
  }
  check = () => true;
  async run(model: BookingModel, system: ModelSystem) {
    const service = system.services[this.serviceIndex]!;
    const { start, slot } = aim(await offered(system, service.id), this.to);
    const response = await call('/bookings', {
      method: 'POST',
      key: system.publishableKey,
      body: JSON.stringify({
        serviceId: service.id,
        start,
        customer: { name: 'Ada', email: 'ada@example.com', timeZone: 'UTC' },
      }),
    });

    expect(slot ? [201] : [409, 422]).toContain(response.status);
    if (!slot) return;
    const booking = await response.json<ModelBooking>();
    expect(slot.staffIds).toContain(booking.staffId);
    expect(booking.status).toBe(service.requiresConfirmation ? 'pending' : 'confirmed');
    model.bookings.push({ ...booking, service, start });
    await agrees(model, system);
  }
  toString = () => `book(${this.serviceIndex}, ${JSON.stringify(this.to)})`;
}

class Hold implements Command {
  readonly serviceIndex: number;
  readonly to: Target;
  constructor(serviceIndex: number, to: Target) {
    this.serviceIndex = serviceIndex;
    this.to = to;
  }
  check = () => true;
  async run(model: BookingModel, system: ModelSystem) {
    const service = system.services[this.serviceIndex]!;
    const { start, slot } = aim(await offered(system, service.id), this.to);
    const response = await call('/holds', {
      method: 'POST',
      key: system.publishableKey,
      body: JSON.stringify({ serviceId: service.id, start }),
    });

    expect(slot ? [201] : [409, 422]).toContain(response.status);
    if (slot) model.holds.push({ ...(await response.json<{ id: string }>()), service, start });
    await agrees(model, system);
  }
  toString = () => `hold(${this.serviceIndex}, ${JSON.stringify(this.to)})`;
}

class BookHeld implements Command {
  readonly pick: number;
  constructor(pick: number) {
    this.pick = pick;
  }
  check = (model: Readonly<BookingModel>) => model.holds.length > 0;
  async run(model: BookingModel, system: ModelSystem) {
    const hold = chosen(model.holds, this.pick);
    const response = await call('/bookings', {
      method: 'POST',
      key: system.publishableKey,
      body: JSON.stringify({
        serviceId: hold.service.id,
        start: hold.start,
        holdId: hold.id,
        customer: { name: 'Grace', email: 'grace@example.com', timeZone: 'UTC' },
      }),
    });

    expect(response.status).toBe(201);
    model.holds = model.holds.filter((other) => other !== hold);
    const booking = await response.json<ModelBooking>();
    model.bookings.push({ ...booking, service: hold.service, start: hold.start });
    await agrees(model, system);
  }
  toString = () => `bookHeld(${this.pick})`;
}

class Cancel implements Command {
  readonly pick: number;
  constructor(pick: number) {
    this.pick = pick;
  }
  check = (model: Readonly<BookingModel>) => model.bookings.length > 0;
  async run(model: BookingModel, system: ModelSystem) {
    const booking = chosen(model.bookings, this.pick);
    const response = await call(`/bookings/${booking.id}/cancel`, {
      method: 'POST',
      headers: { 'Bookafy-Manage-Token': booking.manageToken },
      body: '{}',
    });

    expect(response.status).toBe(booking.status === 'cancelled' ? 409 : 200);
    booking.status = 'cancelled';
    await agrees(model, system);
  }
  toString = () => `cancel(${this.pick})`;
}

class Reschedule implements Command {
  readonly pick: number;
  readonly to: Target;
  constructor(pick: number, to: Target) {
    this.pick = pick;
    this.to = to;
  }
  check = (model: Readonly<BookingModel>) => model.bookings.length > 0;
  async run(model: BookingModel, system: ModelSystem) {
    const booking = chosen(model.bookings, this.pick);
    const slots = await offered(system, booking.service.id, booking.staffId);
    const { start, slot } = aim(slots, this.to);
    const response = await call(`/bookings/${booking.id}/reschedule`, {
      method: 'POST',
      headers: { 'Bookafy-Manage-Token': booking.manageToken },
      body: JSON.stringify({ start }),
    });

    if (booking.status === 'cancelled') {
      // A time that is no slot at all may be refused first, for that reason.
      expect(slot ? [409] : [409, 422]).toContain(response.status);
    } else if (slot) {
      expect(response.status).toBe(200);
    } else {
      // Its own time blocks no one but itself, so a move onto it may be allowed.
      const [from, until] = blockedRange(booking.service, booking.start);
      const [newFrom, newUntil] = blockedRange(booking.service, start);
      if (response.status === 200) expect(newFrom < until && from < newUntil).toBe(true);
      else expect([409, 422]).toContain(response.status);
    }
    if (response.status === 200) booking.start = start;
    await agrees(model, system);
  }
  toString = () => `reschedule(${this.pick}, ${JSON.stringify(this.to)})`;
}

class Confirm implements Command {
  readonly pick: number;
  constructor(pick: number) {
    this.pick = pick;
  }
  check = (model: Readonly<BookingModel>) => model.bookings.length > 0;
  async run(model: BookingModel, system: ModelSystem) {
    const booking = chosen(model.bookings, this.pick);
    const response = await call(`/admin/bookings/${booking.id}/confirm`, {
      method: 'POST',
      key: system.secretKey,
    });

    expect(response.status).toBe(booking.status === 'pending' ? 200 : 409);
    if (booking.status === 'pending') booking.status = 'confirmed';
    await agrees(model, system);
  }
  toString = () => `confirm(${this.pick})`;
}

const serviceIndex = fc.integer({ min: 0, max: 2 });
const pick = fc.nat({ max: 20 });

/** Every command of the model, with arbitraries of its arguments. */
export const bookingCommands = [
  fc.tuple(serviceIndex, target).map(([index, to]) => new Book(index, to)),
  fc.tuple(serviceIndex, target).map(([index, to]) => new Hold(index, to)),
  pick.map((index) => new BookHeld(index)),
  pick.map((index) => new Cancel(index)),
  fc.tuple(pick, target).map(([index, to]) => new Reschedule(index, to)),
  pick.map((index) => new Confirm(index)),
];
