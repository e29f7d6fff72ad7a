/**
 * @bookafy/sdk: a typed client for the Bookafy HTTP API, for browsers, Workers and Node.
 *
 * @example
 * import { createClient } from '@bookafy/sdk';
 * const bookafy = createClient({ baseUrl: 'https://book.example.com', publishableKey: 'pk_…' });
 * const { slots } = await bookafy.listSlots({ serviceId, start, end });
 */
export { createClient } from './client.js';
export type {
  BookafyClient,
  ClientOptions,
  CreateBookingOptions,
  InstantInput,
  RequestOptions,
} from './client.js';
export { BookafyError } from './errors/bookafy-error.js';
export { HttpError } from './errors/http-error.js';
export { NetworkError } from './errors/network-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { SlotTakenError } from './errors/slot-taken-error.js';
export { ValidationError } from './errors/validation-error.js';
export * from '@bookafy/core/client';
