import { desc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { Hono, type Context } from 'hono';

import { devMail, type DevMail } from '../db/schema/index.js';
import * as schema from '../db/schema/index.js';
import type { AppEnv } from '../env.js';
import { escapeHtml } from '../html/escape.js';

/** The newest messages the page lists. */
const PAGE_SIZE = 100;

/** Nothing runs on the page and nothing loads: it is text only. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function secure(c: Context<AppEnv>) {
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Cache-Control', 'no-store');
}

function entry(mail: DevMail): string {
  const ics = mail.ics
    ? `<p><a href="/dev/mail/${escapeHtml(mail.id)}.ics" download>Calendar file (.ics)</a></p>`
    : '';
  return `<article>
<h2>${escapeHtml(mail.subject)}</h2>
<p>To: ${escapeHtml(mail.toAddress)}<br>From: ${escapeHtml(mail.fromAddress)}<br>
Sent: ${escapeHtml(new Date(mail.createdAt).toISOString())}</p>
<pre>${escapeHtml(mail.text)}</pre>
${ics}
</article>`;
}

function page(mails: DevMail[]): string {
  const body = mails.length === 0 ? '<p>No messages yet.</p>' : mails.map(entry).join('\n<hr>\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<title>Dev mail</title></head>
<body>
<main>
<h1>Dev mail</h1>
<p>Messages the Worker would have sent, newest first. Only while MAILER is "dev".</p>
${body}
</main>
</body>
</html>
`;
}

/**
 * `/dev/mail`: the development mailer's outbox as a page, newest first, and each message's
 * calendar file at `/dev/mail/<id>.ics`. Both exist only while `MAILER` is `"dev"`.
 */
export const devMailRoutes = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (c.env.MAILER !== 'dev') return c.text('Not found', 404);
    await next();
  })
  .get('/mail', async (c) => {
    const db = drizzle(c.env.DB, { schema });
    const mails = await db.select().from(devMail).orderBy(desc(devMail.createdAt)).limit(PAGE_SIZE);
    secure(c);
    return c.html(page(mails));
  })
  .get('/mail/:file{dml_[0-9a-z]+\\.ics}', async (c) => {
    const id = c.req.param('file').replace(/\.ics$/, '');
    const db = drizzle(c.env.DB, { schema });
    const [mail] = await db.select().from(devMail).where(eq(devMail.id, id));
    secure(c);
    if (!mail?.ics) return c.text('Not found', 404);
    return c.body(mail.ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${id}.ics"`,
    });
  });
