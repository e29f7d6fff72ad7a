import { env, exports } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import * as schema from '../db/schema/index.js';
import { createAdminAccount, request } from '../../test/fixtures.js';

const db = drizzle(env.DB, { schema });

const fallback = (action: string) =>
  `To ${action} with Harbour Wellness, please turn on JavaScript in your browser.`;

const CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self' https: data:; base-uri 'none'; frame-ancestors 'none'";

/** What a visitor's browser would read from a hosted page, parsed by workerd's HTML parser. */
interface ParsedPage {
  lang: string | null;
  title: string;
  viewport: string | null;
  scripts: { src: string | null; defer: boolean }[];
  widgets: { attributes: Record<string, string>; fallback: string }[];
}

async function parse(response: Response): Promise<ParsedPage> {
  const parsed: ParsedPage = { lang: null, title: '', viewport: null, scripts: [], widgets: [] };
  let inFallback = false;
  await new HTMLRewriter()
    .on('html', { element: (element) => void (parsed.lang = element.getAttribute('lang')) })
    .on('title', { text: (text) => void (parsed.title += text.text) })
    .on('meta[name="viewport"]', {
      element: (element) => void (parsed.viewport = element.getAttribute('content')),
    })
    .on('script', {
      element: (element) =>
        void parsed.scripts.push({
          src: element.getAttribute('src'),
          defer: element.hasAttribute('defer'),
        }),
    })
    .on('bookafy-widget', {
      element: (element) =>
        void parsed.widgets.push({
          attributes: Object.fromEntries(element.attributes),
          fallback: '',
        }),
    })
    .on('bookafy-widget p', {
      element: (element) => {
        inFallback = true;
        element.onEndTag(() => void (inFallback = false));
      },
      text: (text) => {
        if (inFallback) parsed.widgets.at(-1)!.fallback += text.text;
      },
    })
    .transform(response)
    .text();
  return parsed;
}

const visit = (path: string) => exports.default.fetch(new Request(`http://127.0.0.1${path}`));

async function namedAccount(name: string) {
  const account = await createAdminAccount();
  const slug = `studio-${crypto.randomUUID().slice(0, 8)}`;
  await db
    .update(schema.accounts)
    .set({ name, slug })
    .where(eq(schema.accounts.id, account.accountId));
  return { ...account, slug };
}

function expectPageHeaders(response: Response) {
  expect(response.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
  expect(response.headers.get('Content-Security-Policy')).toBe(CSP);
  expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
}

describe('GET /book/:slug', () => {
  it("serves a page that loads the widget for the account's slug", async () => {
    const { slug } = await namedAccount('Harbour Wellness');

    const response = await visit(`/book/${slug}`);

    expect(response.status).toBe(200);
    expectPageHeaders(response);
    const page = await parse(response);
    expect(page).toMatchObject({
      lang: 'en',
      title: 'Book with Harbour Wellness',
      viewport: 'width=device-width, initial-scale=1',
      scripts: [{ src: '/bookafy.js', defer: true }],
    });
    expect(page.widgets).toEqual([
      {
        attributes: { account: slug },
        fallback: fallback('book an appointment'),
      },
    ]);
  });

  it('escapes the account name wherever the page shows it', async () => {
    const name = `<script>alert("hi")</script> & 'Co'`;
    const escaped = '&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; &#39;Co&#39;';
    const { slug } = await namedAccount(name);

    const response = await visit(`/book/${slug}`);

    const html = await response.clone().text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(`<h1>${escaped}</h1>`);
    const page = await parse(response);
    // HTMLRewriter hands over the title's source text, entities as written.
    expect(page.title).toBe(`Book with ${escaped}`);
    expect(page.scripts).toEqual([{ src: '/bookafy.js', defer: true }]);
  });

  it('answers an unknown or malformed slug with a 404 page', async () => {
    for (const path of ['/book/no-such-studio-here', '/book/Not%20a%20slug', '/book/a/b/c']) {
      const response = await visit(path);

      expect(response.status).toBe(404);
      expectPageHeaders(response);
      const page = await parse(response);
      expect(page).toMatchObject({ lang: 'en', title: 'Booking page not found', widgets: [] });
    }
  });

  it('follows the slug when the owner changes it', async () => {
    const { secretKey, slug } = await namedAccount('Corner Barber');
    const renamed = `${slug}-renamed`;

    await request('/admin/account', {
      method: 'PATCH',
      key: secretKey,
      body: JSON.stringify({ slug: renamed }),
    });

    expect((await visit(`/book/${slug}`)).status).toBe(404);
    expect((await parse(await visit(`/book/${renamed}`))).widgets[0]?.attributes).toEqual({
      account: renamed,
    });
  });

  it('styles the page from a stylesheet of its own origin', async () => {
    const response = await visit('/book/page.css');

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(await response.text()).toContain('max-width');
  });
});

describe('GET /book/:slug/manage/:bookingId', () => {
  it('serves the widget for that booking, kept from caches and referrers', async () => {
    const { slug } = await namedAccount('Harbour Wellness');

    const response = await visit(`/book/${slug}/manage/bkg_4k9xq2m7c1d8e3f5g6h0?token=mt_x`);

    expect(response.status).toBe(200);
    expectPageHeaders(response);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const page = await parse(response);
    expect(page.title).toBe('Your booking with Harbour Wellness');
    expect(page.widgets).toEqual([
      {
        attributes: { account: slug, 'manage-booking': 'bkg_4k9xq2m7c1d8e3f5g6h0' },
        fallback: fallback('manage your booking'),
      },
    ]);
  });

  it('answers a booking id of the wrong shape or an unknown slug with a 404 page', async () => {
    const { slug } = await namedAccount('Harbour Wellness');

    const wrongId = await visit(`/book/${slug}/manage/%22%3E%3Cscript%3E`);
    const unknown = await visit('/book/no-such-studio-here/manage/bkg_4k9xq2m7c1d8e3f5g6h0');

    for (const response of [wrongId, unknown]) {
      expect(response.status).toBe(404);
      expectPageHeaders(response);
      expect(await response.text()).not.toContain('<script>');
    }
  });
});
