/** The console's pages, in the order the navigation lists them. */
export const CONSOLE_PAGES = [
  'agenda',
  'week',
  'services',
  'staff',
  'embed',
  'insight',
  'settings',
] as const;

/** One page of the console, named as in its address: `/console/#/services`. */
export type ConsolePage = (typeof CONSOLE_PAGES)[number];

/** The pages a staff user sees: their own bookings only. */
export const STAFF_PAGES: readonly ConsolePage[] = ['agenda', 'week'];

/** The pages `role` may open, in navigation order. */
export const pagesFor = (role: 'owner' | 'staff'): readonly ConsolePage[] =>
  role === 'owner' ? CONSOLE_PAGES : STAFF_PAGES;

/**
 * The page a location fragment names (`#/week` → `week`), or the agenda for an empty or unknown
 * fragment and for a page `role` may not open.
 */
export function pageFromHash(hash: string, role: 'owner' | 'staff'): ConsolePage {
  const name = /^#\/([a-z-]+)/.exec(hash)?.[1];
  const page = pagesFor(role).find((candidate) => candidate === name);
  return page ?? 'agenda';
}

/** The fragment that opens `page`. */
export const hashOf = (page: ConsolePage): string => `#/${page}`;
