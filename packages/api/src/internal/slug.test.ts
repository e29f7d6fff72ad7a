import { describe, expect, it } from 'vitest';

import { isValidSlug, slugFromName, withSuffix } from './slug.js';

describe('slugFromName', () => {
  it('keeps lower-case ASCII letters and digits, joined by single hyphens', () => {
    expect(slugFromName('Harbour Wellness')).toBe('harbour-wellness');
    expect(slugFromName('  Dr. Ana  &  Co. (Studio 2) ')).toBe('dr-ana-co-studio-2');
  });

  it('drops accents instead of the letters that carry them', () => {
    expect(slugFromName('Café Zürich Ångström')).toBe('cafe-zurich-angstrom');
  });

  it('cuts long names to 40 characters without a trailing hyphen', () => {
    const slug = slugFromName('The Very Long Name Of A Physiotherapy Practice In Town');

    expect(slug).toBe('the-very-long-name-of-a-physiotherapy-pr');
    expect(slugFromName(`${'a'.repeat(39)} b`)).toBe('a'.repeat(39));
  });

  it('falls back to booking when the name leaves fewer than three characters', () => {
    expect(slugFromName('Йога')).toBe('booking');
    expect(slugFromName('A+')).toBe('booking');
  });

  it('always gives a valid slug', () => {
    const names = ['Harbour Wellness', 'Йога', `${'x'.repeat(60)}`, '--a--b--c--', '東京 Spa'];

    for (const name of names) expect(isValidSlug(slugFromName(name))).toBe(true);
  });
});

describe('withSuffix', () => {
  it('adds a hyphen and four random characters, staying within 40', () => {
    expect(withSuffix('harbour-wellness')).toMatch(/^harbour-wellness-[0-9a-z]{4}$/);
    const long = withSuffix('a'.repeat(40));

    expect(long).toHaveLength(40);
    expect(isValidSlug(long)).toBe(true);
  });
});
