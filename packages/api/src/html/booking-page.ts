import { escapeHtml } from './escape.js';

/** Where the Worker serves the widget's script-tag bundle (scripts/build-site.mjs). */
export const WIDGET_SCRIPT = '/bookafy.js';

/** The stylesheet of the hosted pages, served beside them so that no style is inline. */
export const PAGE_STYLESHEET = '/book/page.css';

/** What a hosted page shows: its title, heading and body. */
interface PageContent {
  title: string;
  heading: string;
  body: string;
}

function page({ title, heading, body }: PageContent): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${PAGE_STYLESHEET}" />
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(heading)}</h1>
${body}
    </main>
  </body>
</html>
`;
}

/** The account a hosted page books with. */
export interface PageAccount {
  name: string;
  slug: string;
}

/**
 * The hosted booking page of an account, or with `bookingId` the page where a visitor views,
 * moves or cancels that booking (the widget reads the manage token from the page's `?token=`).
 * Visitors without JavaScript see the paragraph inside the widget's element instead.
 */
export function bookingPage(account: PageAccount, bookingId?: string): string {
  const name = escapeHtml(account.name);
  const manage = bookingId === undefined ? '' : ` manage-booking="${escapeHtml(bookingId)}"`;
  const action = bookingId === undefined ? 'book an appointment' : 'manage your booking';
  return page({
    title:
      bookingId === undefined ? `Book with ${account.name}` : `Your booking with ${account.name}`,
    heading: account.name,
    body: `      <bookafy-widget account="${escapeHtml(account.slug)}"${manage}>
        <p>To ${action} with ${name}, please turn on JavaScript in your browser.</p>
      </bookafy-widget>
      <script src="${WIDGET_SCRIPT}" defer></script>`,
  });
}

/** The page for an address under `/book/` that names no account or booking. */
export function missingPage(): string {
  return page({
    title: 'Booking page not found',
    heading: 'Booking page not found',
    body: '      <p>No business takes bookings at this address. Check the link you were given.</p>',
  });
}

/** The hosted pages' styles: a readable column on any screen. */
export const PAGE_CSS = `body {
  margin: 0;
  font-family: system-ui, sans-serif;
  line-height: 1.5;
  background: #f6f7fb;
  color: #1b1f2a;
}
main {
  max-width: 44rem;
  margin: 0 auto;
  padding: 1.5rem;
}
h1 {
  margin: 0 0 1rem;
  font-size: 1.5rem;
}
`;
