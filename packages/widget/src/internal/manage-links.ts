/**
 * Where a visitor manages a booking: the account's hosted manage page, which works from any
 * device because the token travels in the address (never in a cookie).
 *
 * @example
 * manageUrl('https://book.example.com/', 'harbour-wellness', 'bk_1', 'tok');
 * // 'https://book.example.com/book/harbour-wellness/manage/bk_1?token=tok'
 */
export function manageUrl(apiBase: string, slug: string, bookingId: string, token: string) {
  const url = new URL(
    `/book/${encodeURIComponent(slug)}/manage/${encodeURIComponent(bookingId)}`,
    apiBase,
  );
  url.searchParams.set('token', token);
  return url.href;
}

/** The booking's iCalendar file, which calendar apps open from a plain link. */
export function calendarFileUrl(apiBase: string, bookingId: string, token: string) {
  const url = new URL(`/v1/bookings/${encodeURIComponent(bookingId)}/calendar.ics`, apiBase);
  url.searchParams.set('token', token);
  return url.href;
}

/**
 * The manage token in a page address (`?token=…`), so a hosted manage page or a site's own
 * manage page needs no attribute for it.
 */
export function tokenFromPage(pageUrl: string): string | undefined {
  return new URL(pageUrl).searchParams.get('token') ?? undefined;
}
