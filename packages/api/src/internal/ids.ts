const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A new random id with a type prefix, such as `bkg_4k9x…`: 20 characters of Crockford-style
 * base32 carry 100 bits of randomness, and the prefix tells a reader what the id names.
 */
export function newId(prefix: string): string {
  return `${prefix}_${randomBase32(20)}`;
}

/** `length` characters of base32 drawn from the platform's CSPRNG. */
export function randomBase32(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let text = '';
  for (const byte of bytes) text += ALPHABET[byte & 31];
  return text;
}
