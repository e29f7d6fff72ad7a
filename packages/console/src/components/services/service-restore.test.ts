import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import type { Service } from '../../internal/services-api.js';
import { realWorker, setSession, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyConsoleServices } from './services-page.js';
import { adminFetch, choose, deepActiveElement, demoMe, shadowQuery } from './test-support.js';

const LENA = 'stf_demolena000000000000';

/** How long to wait for a restore: a few API calls, on a busy machine. */
const ANSWER = { timeout: 10_000 };

/**
 * What a visitor's `GET /v1/slots` answers for the service over the week starting two weeks
 * from now: the offered starts, or the status of a refusal.
 */
async function visitorSlots(serviceId: string): Promise<string[] | number> {
  const { publishableKey } = await realWorker();
  const iso = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const start = Date.now() + 14 * 86_400_000;
  const query = new URLSearchParams({
    serviceId,
    start: iso(start),
    end: iso(start + 7 * 86_400_000),
    key: publishableKey,
  });
  const answer = await fetch(`/v1/slots?${query}`);
  if (!answer.ok) return answer.status;
  return ((await answer.json()) as { slots: { start: string }[] }).slots.map((slot) => slot.start);
}

describe('<bookafy-console-services> restoring a service', () => {
  useRealWorker();
  const created: string[] = [];
  before(() => setSession(true));
  after(async () => {
    for (const id of created) await adminFetch('DELETE', `/services/${id}`);
    await setSession(false);
  });

  it('restores an archived service by keyboard, which visitors can book again', async () => {
    const name = `Restore me ${crypto.randomUUID().slice(0, 8)}`;
    const service = await adminFetch<Service>('POST', '/services', {
      name,
      durationMinutes: 20,
      staffIds: [LENA],
    });
    created.push(service.id);
    await adminFetch('DELETE', `/services/${service.id}`);
    expect(await visitorSlots(service.id)).to.equal(404);
    const page = await fixture<BookafyConsoleServices>(
      html`<bookafy-console-services .me=${await demoMe()}></bookafy-console-services>`,
    );
    await waitUntil(() => page.shadowRoot!.querySelector('tbody tr'), 'no services listed');
    choose(page.shadowRoot!.querySelector<HTMLInputElement>('.toolbar input')!, true);
    const row = await shadowQuery(page, `tr[data-service-id="${service.id}"]`);
    expect(row.textContent).to.contain('(archived)');
    await expect(page).to.be.accessible();

    row.querySelector<HTMLButtonElement>(`button[aria-label="Restore ${name}"]`)!.focus();
    await sendKeys({ press: 'Enter' });

    const status = page.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent === `${name} is restored.`, 'not restored', ANSWER);
    const restored = page.shadowRoot!.querySelector(`tr[data-service-id="${service.id}"]`)!;
    expect(restored.textContent).not.to.contain('(archived)');
    expect(restored.querySelector(`button[aria-label="Restore ${name}"]`)).to.equal(null);
    expect(restored.querySelector(`button[aria-label="Archive ${name}"]`)).not.to.equal(null);
    // The Restore button is gone, so focus waits on the same row's Edit button.
    expect(deepActiveElement()).to.equal(
      restored.querySelector(`button[aria-label="Edit ${name}"]`),
    );
    expect(page.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('');
    const stored = await adminFetch<Service>('GET', `/services/${service.id}`);
    expect([stored.archivedAt, stored.staffIds]).to.deep.equal([null, [LENA]]);
    const offered = await visitorSlots(service.id);
    expect(offered).to.be.an('array');
    expect((offered as string[]).length).to.be.greaterThan(0);
    await expect(page).to.be.accessible();
  });
});
