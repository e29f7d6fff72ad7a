import { describe, expect, it } from 'vitest';

import { hashPassword, verifyPassword } from './password.js';

const FORMAT = /^pbkdf2\$100000\$([A-Za-z0-9+/]{22}==)\$([A-Za-z0-9+/]{43}=)$/;

describe('hashPassword', () => {
  it('stores PBKDF2-SHA256 at 100 000 rounds with a 16-byte salt and a 32-byte hash', async () => {
    const stored = await hashPassword('harbour-tide-42');

    const [, salt, hash] = FORMAT.exec(stored) ?? [];
    expect(atob(salt!)).toHaveLength(16);
    expect(atob(hash!)).toHaveLength(32);
  });

  it('salts each hash afresh, so equal passwords never share a stored value', async () => {
    const first = await hashPassword('harbour-tide-42');
    const second = await hashPassword('harbour-tide-42');

    expect(first).not.toBe(second);
    expect(first.split('$')[2]).not.toBe(second.split('$')[2]);
  });
});

describe('verifyPassword', () => {
  it('accepts the password a hash was made from and refuses any other', async () => {
    const stored = await hashPassword('harbour-tide-42');

    expect(await verifyPassword('harbour-tide-42', stored)).toBe(true);
    expect(await verifyPassword('harbour-tide-43', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it("accepts a hash made with Node's crypto, as the demo seed makes the owner's", async () => {
    // crypto.pbkdf2Sync('password', bytes 0x00…0x0f, 100000, 32, 'sha256') in Node.
    const stored =
      'pbkdf2$100000$AAECAwQFBgcICQoLDA0ODw==$op/qD+2FxbhhDC5Wl+pBtVhxOeWKOI4Me3ztMNTm2N8=';

    expect(await verifyPassword('password', stored)).toBe(true);
    expect(await verifyPassword('Password', stored)).toBe(false);
  });

  it('never matches a malformed value or more rounds than Workers allow', async () => {
    const stored = await hashPassword('harbour-tide-42');
    const [, , salt, hash] = stored.split('$');

    expect(await verifyPassword('harbour-tide-42', 'plain')).toBe(false);
    expect(await verifyPassword('harbour-tide-42', `sha1$100000$${salt}$${hash}`)).toBe(false);
    expect(await verifyPassword('harbour-tide-42', `pbkdf2$200000$${salt}$${hash}`)).toBe(false);
  });
});
