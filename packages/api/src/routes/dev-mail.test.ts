import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

import { app } from '../app.js';
import {
  consumeEvents,
  bookedScenario,
  db,
  parseCalendar,
} from '../notifications/scenario.test-support.js';
import { sendDueMessages } from '../notifications/send-due-messages.js';
import { pinClock } from '../../test/pin-clock.js';

const NOW = Date.parse('2027-02-26T12:00:00Z');
pinClock('2027-02-26T12:00:00Z');

const get = (path: string) => exports.default.fetch(new Request(`http://127.0.0.1${path}`));

describe('GET /dev/mail', () => {
  it('lists the sent messages newest first, each with its calendar file', async () => {
    const { id } = await bookedScenario();
    await consumeEvents(id, NOW);
    await sendDueMessages(env, db, NOW + 1000);

    const page = await get('/dev/mail');

    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('Your booking with Test Studio is confirmed');
    expect(html).toContain('Ada Lovelace &lt;ada@example.com&gt;');
    expect(html).toContain(`Reference: ${id}`);
    const newest = html.indexOf('Sent: 2027-02-26T12:00:01.000Z');
    expect(newest).toBeGreaterThan(-1);
    const icsPath = /href="(\/dev\/mail\/dml_[0-9a-z]+\.ics)"/.exec(html.slice(newest))![1]!;
    const ics = await get(icsPath);
    expect(ics.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(parseCalendar(await ics.text())).toMatchObject({
      method: 'REQUEST',
      uid: `${id}@bookafy`,
    });
  });

  it('does not exist unless MAILER is dev', async () => {
    const production = { ...env, MAILER: 'cloudflare' };

    const page = await app.request('/dev/mail', {}, production);
    const ics = await app.request('/dev/mail/dml_abc.ics', {}, production);

    expect(page.status).toBe(404);
    expect(ics.status).toBe(404);
    expect((await get('/dev/mail/dml_none.ics')).status).toBe(404);
  });
});
