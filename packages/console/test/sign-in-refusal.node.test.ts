import { describe, expect, it } from 'vitest';

import { ConsoleApiError } from '../src/internal/console-api.js';
import { signInRefusal } from '../src/internal/sign-in-refusal.js';

const locked = (retryAfterSeconds?: number) =>
  new ConsoleApiError(429, 'Too many failed sign-ins.', {
    code: 'rate_limited',
    retryAfterSeconds,
  });

describe('signInRefusal', () => {
  it('says how many whole minutes a lock still lasts, rounding up', () => {
    expect(signInRefusal(locked(119))).toBe('Too many tries. Wait 2 minutes, then sign in again.');
    expect(signInRefusal(locked(3600))).toBe(
      'Too many tries. Wait 60 minutes, then sign in again.',
    );
    expect(signInRefusal(locked(2401))).toBe(
      'Too many tries. Wait 41 minutes, then sign in again.',
    );
  });

  it('says a minute for the first lock, and a little when the answer gave no time', () => {
    expect(signInRefusal(locked(60))).toBe('Too many tries. Wait a minute, then sign in again.');
    expect(signInRefusal(locked(1))).toBe('Too many tries. Wait a minute, then sign in again.');
    expect(signInRefusal(locked())).toBe('Too many tries. Wait a little, then sign in again.');
  });

  it('keeps wrong credentials apart from other refusals', () => {
    const wrong = new ConsoleApiError(401, 'Nope.', { code: 'invalid_credentials' });
    const crossSite = new ConsoleApiError(403, 'Nope.', { code: 'cross_site' });

    expect(signInRefusal(wrong)).toBe('The email or the password is not right.');
    expect(signInRefusal(crossSite)).toBe(
      'The console accepts sessions from its own address only. Open it there and sign in.',
    );
  });
});
