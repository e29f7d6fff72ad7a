import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../console.js';
import type { Service, ServiceQuestion } from '../../internal/services-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyConsoleServiceForm } from './service-form.js';
import type { BookafyConsoleServices } from './services-page.js';
import { adminFetch, buttonNamed, choose, demoMe, shadowQuery, typeInto } from './test-support.js';

const LENA = 'stf_demolena000000000000';

const QUESTIONS: ServiceQuestion[] = [
  { id: 'goal', label: 'Goal', kind: 'text', required: false },
  { id: 'level', label: 'Level', kind: 'select', required: true, options: ['Beginner', 'Pro'] },
];

/** A stored service with limits and questions, made straight through the admin API. */
function storedService(name: string): Promise<Service> {
  return adminFetch<Service>('POST', '/services', {
    name,
    durationMinutes: 30,
    bufferAfterMinutes: 10,
    maxPerDay: 4,
    maxPerWeek: 12,
    staffIds: [LENA],
    questions: QUESTIONS,
  });
}

describe('<bookafy-console-service-form> editing a stored service', () => {
  useRealWorker();
  const created: string[] = [];
  before(() => setSession(true));
  after(async () => {
    for (const id of created) await adminFetch('DELETE', `/services/${id}`);
    await setSession(false);
  });

  it('saves a new duration, a daily limit made unlimited and a changed question', async () => {
    const name = `Stored class ${crypto.randomUUID().slice(0, 8)}`;
    const stored = await storedService(name);
    created.push(stored.id);
    const page = await fixture<BookafyConsoleServices>(
      html`<bookafy-console-services .me=${await demoMe()}></bookafy-console-services>`,
    );
    const row = await shadowQuery(page, `tr[data-service-id="${stored.id}"]`);
    expect(row.textContent).to.contain('at most 4 a day');

    row.querySelector<HTMLButtonElement>(`button[aria-label="Edit ${name}"]`)!.click();
    const form = await shadowQuery<BookafyConsoleServiceForm>(page, 'bookafy-console-service-form');
    await form.updateComplete;
    const field = (id: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`#field-${id}`)!;
    expect(field('maxPerDay').value).to.equal('4');
    typeInto(field('durationMinutes'), '45');
    typeInto(field('maxPerDay'), '');
    const questions = form.shadowRoot!.querySelector('bookafy-console-service-questions')!;
    await questions.updateComplete;
    const [goal, level] = [...questions.shadowRoot!.querySelectorAll('fieldset')];
    typeInto(goal!.querySelector<HTMLInputElement>('input:not([type])')!, 'Main goal');
    choose(goal!.querySelector<HTMLInputElement>('input[type="checkbox"]')!, true);
    typeInto(level!.querySelector('textarea')!, 'Beginner\nPro\nCoach');
    await form.updateComplete;
    buttonNamed(form, 'Save service').click();

    const status = page.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent === `${name} is saved.`, 'the service was not saved');
    const saved = await adminFetch<Service>('GET', `/services/${stored.id}`);
    expect(saved).to.deep.include({
      name,
      durationMinutes: 45,
      bufferAfterMinutes: 10,
      maxPerDay: null,
      maxPerWeek: 12,
    });
    expect(saved.staffIds).to.deep.equal([LENA]);
    // The answer key stays the one the question was stored with, so past answers still match.
    expect(saved.questions).to.deep.equal([
      { id: 'goal', label: 'Main goal', kind: 'text', required: true },
      {
        id: 'level',
        label: 'Level',
        kind: 'select',
        required: true,
        options: ['Beginner', 'Pro', 'Coach'],
      },
    ]);

    expect(page.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    const shown = await shadowQuery(page, `tr[data-service-id="${stored.id}"]`);
    await waitUntil(() => shown.textContent!.includes('45 min'), 'the list kept the old duration');
    expect(shown.textContent).to.not.contain('at most 4 a day');
    expect(shown.textContent).to.contain('at most 12 a week');
  });
});
