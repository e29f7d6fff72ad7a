import { randomBase32 } from './ids.js';

/** The shortest and longest slug an account may have. */
export const SLUG_LENGTH = { min: 3, max: 40 } as const;

/** Lower-case ASCII letters and digits in runs joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SUFFIX_LENGTH = 4;

/** Whether `text` may be an account's slug: the pattern, within the length bounds. */
export function isValidSlug(text: string): boolean {
  return (
    text.length >= SLUG_LENGTH.min && text.length <= SLUG_LENGTH.max && SLUG_PATTERN.test(text)
  );
}

/**
 * The slug an account named `name` gets first: accents dropped, lower-case ASCII, every other
 * run of characters a single hyphen (`Café Zürich` → `cafe-zurich`). A name that leaves fewer
 * than three letters or digits, such as one written only in Cyrillic, gets `booking` instead.
 */
export function slugFromName(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const slug = ascii.slice(0, SLUG_LENGTH.max).replace(/-+$/, '');
  return slug.length >= SLUG_LENGTH.min ? slug : 'booking';
}

/** `slug` with a short random suffix (`cafe-zurich-4k9x`), for when `slug` is taken. */
export function withSuffix(slug: string): string {
  const stem = slug.slice(0, SLUG_LENGTH.max - SUFFIX_LENGTH - 1).replace(/-+$/, '');
  return `${stem}-${randomBase32(SUFFIX_LENGTH)}`;
}

/** Whether `error`, from D1 or drizzle wrapping it, is a clash on the unique slug index. */
export function isSlugClash(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (/UNIQUE constraint failed: accounts\.slug/.test(cause.message)) return true;
  }
  return false;
}
