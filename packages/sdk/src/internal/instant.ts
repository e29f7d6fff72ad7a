import { toUtcString } from '@bookafy/core/client';

/** An instant as the API takes it: a `Date`, epoch milliseconds or a UTC string. */
export type InstantInput = Date | number | string;

/** The RFC 3339 UTC string of `instant`; a string is passed through as given. */
export function toInstantString(instant: InstantInput): string {
  if (typeof instant === 'string') return instant;
  return toUtcString(typeof instant === 'number' ? instant : instant.getTime());
}
