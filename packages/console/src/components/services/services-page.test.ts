import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import type { Service } from '../../internal/services-api.js';
import { setSession, useRealWorker } from '../../test-support/real-worker.js';
import type { BookafyConsoleServiceForm } from './service-form.js';
import type { BookafyConsoleServices } from './services-page.js';
import {
  buttonNamed,
  choose,
  deepActiveElement,
  demoMe,
  shadowQuery,
  tabUntil,
  typeInto,
} from './test-support.js';

const LENA = 'stf_demolena000000000000';

async function servicesNamed(name: string): Promise<Service[]> {
  const answer = await fetch('/v1/admin/services?includeArchived=true');
  const { data } = (await answer.json()) as { data: Service[] };
  return data.filter((service) => service.name === name);
}

async function openPage(): Promise<BookafyConsoleServices> {
  const me = await demoMe();
  const page = await fixture<BookafyConsoleServices>(
    html`<bookafy-console-services .me=${me}></bookafy-console-services>`,
  );
  await waitUntil(() => page.shadowRoot!.querySelector('tbody tr'), 'no services listed');
  return page;
}

async function openForm(page: BookafyConsoleServices, button: HTMLButtonElement) {
  button.click();
  const form = await shadowQuery<BookafyConsoleServiceForm>(page, 'bookafy-console-service-form');
  await form.updateComplete;
  return form;
}

const input = (form: BookafyConsoleServiceForm, field: string) =>
  form.shadowRoot!.querySelector<HTMLInputElement>(`#field-${field}`)!;

/** Opens the form for a new service from its button by Enter and types `name` into it. */
async function openNewByKeyboard(name: string) {
  const page = await openPage();
  const opener = buttonNamed(page, 'New service');
  opener.focus();
  await sendKeys({ press: 'Enter' });
  const form = await shadowQuery<BookafyConsoleServiceForm>(page, 'bookafy-console-service-form');
  await waitUntil(() => deepActiveElement() === input(form, 'name'), 'the name has no focus');
  await sendKeys({ type: name });
  return { page, opener, form };
}

describe('<bookafy-console-services>', () => {
  useRealWorker();
  const created: string[] = [];
  before(() => setSession(true));
  after(async () => {
    for (const id of created) await fetch(`/v1/admin/services/${id}`, { method: 'DELETE' });
    await setSession(false);
  });

  it('creates a service with every setting and questions, shown again when reopened', async () => {
    const name = `Group class ${crypto.randomUUID().slice(0, 8)}`;
    const page = await openPage();
    const form = await openForm(page, buttonNamed(page, 'New service'));
    expect(page.shadowRoot!.querySelector('dialog')!.open).to.equal(true);

    const values: Record<string, string> = {
      name,
      description: 'Bring a mat.',
      position: '7',
      durationMinutes: '60',
      alternativeDurations: '45, 90',
      intervalMinutes: '15',
      bufferBeforeMinutes: '5',
      bufferAfterMinutes: '10',
      minimumNoticeMinutes: '120',
      horizonDays: '30',
      capacity: '8',
      maxPerDay: '3',
      maxPerWeek: '10',
    };
    for (const [field, value] of Object.entries(values)) typeInto(input(form, field), value);
    const root = form.shadowRoot!;
    choose(root.querySelector<HTMLInputElement>('[name="requiresConfirmation"]')!, true);
    choose(
      root.querySelector<HTMLInputElement>('[name="timeZoneDisplay"][value="business"]')!,
      true,
    );
    choose(root.querySelector<HTMLInputElement>(`[name="staffIds"][value="${LENA}"]`)!, true);

    const questions = root.querySelector('bookafy-console-service-questions')!;
    const addQuestion = () => buttonNamed(questions, 'Add a question').click();
    const fieldsets = () => [...questions.shadowRoot!.querySelectorAll('fieldset')];
    const edit = async (index: number, label: string, kind: string, required: boolean) => {
      await questions.updateComplete;
      const fieldset = fieldsets()[index]!;
      typeInto(fieldset.querySelector('input:not([type])')!, label);
      choose(fieldset.querySelector('select')!, kind);
      choose(fieldset.querySelector<HTMLInputElement>('input[type="checkbox"]')!, required);
    };
    addQuestion();
    await edit(0, 'Phone for the day', 'phone', true);
    addQuestion();
    await edit(1, 'Level', 'select', true);
    await questions.updateComplete;
    typeInto(fieldsets()[1]!.querySelector('textarea')!, 'Beginner\nAdvanced');
    addQuestion();
    await edit(2, 'Anything else?', 'longText', false);
    addQuestion();
    await edit(3, 'I agree to the terms', 'checkbox', true);
    addQuestion();
    await edit(4, 'Company', 'text', false);
    await questions.updateComplete;
    // The level question moves to the top; the company question is removed again.
    fieldsets()[1]!
      .querySelector<HTMLButtonElement>('button[aria-label="Move question 2 up"]')!
      .click();
    await questions.updateComplete;
    expect(questions.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(
      'Move question 1 down',
    );
    fieldsets()[4]!.querySelector<HTMLButtonElement>('button.danger')!.click();
    await questions.updateComplete;

    buttonNamed(form, 'Save service').click();

    await waitUntil(
      () => page.shadowRoot!.querySelector('[role="status"]')!.textContent === `${name} is saved.`,
    );
    const [service] = await servicesNamed(name);
    created.push(service!.id);
    expect(service).to.deep.include({
      description: 'Bring a mat.',
      position: 7,
      durationMinutes: 60,
      alternativeDurationsMinutes: [45, 90],
      intervalMinutes: 15,
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 120,
      horizonDays: 30,
      capacity: 8,
      maxPerDay: 3,
      maxPerWeek: 10,
      requiresConfirmation: true,
      timeZoneDisplay: 'business',
    });
    expect(service!.staffIds).to.deep.equal([LENA]);
    expect(service!.questions).to.deep.equal([
      {
        id: 'level',
        label: 'Level',
        kind: 'select',
        required: true,
        options: ['Beginner', 'Advanced'],
      },
      { id: 'phone_for_the_day', label: 'Phone for the day', kind: 'phone', required: true },
      { id: 'anything_else', label: 'Anything else?', kind: 'longText', required: false },
      {
        id: 'i_agree_to_the_terms',
        label: 'I agree to the terms',
        kind: 'checkbox',
        required: true,
      },
    ]);
    expect(page.shadowRoot!.querySelector('dialog')!.open).to.equal(false);

    const row = await shadowQuery(page, `tr[data-service-id="${service!.id}"]`);
    expect(row.textContent).to.contain('60 min, 45 min, or 90 min');
    expect(row.textContent).to.contain('needs confirmation');
    const reopened = await openForm(page, row.querySelector(`button[aria-label="Edit ${name}"]`)!);
    for (const [field, value] of Object.entries(values)) {
      expect(input(reopened, field).value, field).to.equal(value);
    }
    const reopenedQuestions = reopened.shadowRoot!.querySelector(
      'bookafy-console-service-questions',
    )!;
    await reopenedQuestions.updateComplete;
    const labels = [
      ...reopenedQuestions.shadowRoot!.querySelectorAll<HTMLInputElement>('input:not([type])'),
    ];
    expect(labels.map((label) => label.value)).to.deep.equal([
      'Level',
      'Phone for the day',
      'Anything else?',
      'I agree to the terms',
    ]);
    expect(
      reopened.shadowRoot!.querySelector<HTMLInputElement>('[name="requiresConfirmation"]')!
        .checked,
    ).to.equal(true);
    await expect(page).to.be.accessible();
  });

  it('refuses a duration of 0 as it is typed and saves nothing', async () => {
    const name = `Zero ${crypto.randomUUID().slice(0, 8)}`;
    const page = await openPage();
    const form = await openForm(page, buttonNamed(page, 'New service'));

    typeInto(input(form, 'name'), name);
    typeInto(input(form, 'durationMinutes'), '0');
    typeInto(input(form, 'bufferAfterMinutes'), '-5');
    await form.updateComplete;

    const error = form.shadowRoot!.querySelector('#error-durationMinutes')!;
    expect(error.textContent).to.equal('Enter a whole number from 5 to 1440.');
    expect(input(form, 'durationMinutes').getAttribute('aria-invalid')).to.equal('true');
    expect(form.shadowRoot!.querySelector('#error-bufferAfterMinutes')!.textContent).to.equal(
      'Enter a whole number from 0 to 1440.',
    );
    buttonNamed(form, 'Save service').click();
    await form.updateComplete;
    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal(
      'Some settings need correcting; see the marked fields.',
    );
    expect(form.shadowRoot!.activeElement).to.equal(input(form, 'durationMinutes'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await servicesNamed(name)).to.deep.equal([]);
    await expect(form).to.be.accessible();
  });

  it("shows the API's refusal with the field it names", async () => {
    const page = await openPage();
    const form = await openForm(page, buttonNamed(page, 'New service'));

    // A lone surrogate passes the browser's checks; the API refuses to store broken text.
    typeInto(input(form, 'name'), 'Broken \uD800 name');
    buttonNamed(form, 'Save service').click();

    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    await waitUntil(() => alert.textContent!.includes('Some fields are not valid.'), 'no refusal');
    expect(alert.querySelector('li')!.textContent).to.equal(
      'Name: Remove the broken character from this text.',
    );
    expect(form.shadowRoot!.querySelector('#error-name')!.textContent).to.equal(
      'Remove the broken character from this text.',
    );
    expect(page.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
  });

  it('archives a service after a confirmation and lists it among the archived', async () => {
    const name = `Archive me ${crypto.randomUUID().slice(0, 8)}`;
    const answer = await fetch('/v1/admin/services', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, durationMinutes: 20 }),
    });
    const service = (await answer.json()) as Service;
    created.push(service.id);
    const page = await openPage();
    const row = await shadowQuery(page, `tr[data-service-id="${service.id}"]`);

    row.querySelector<HTMLButtonElement>(`button[aria-label="Archive ${name}"]`)!.click();
    const confirm = await shadowQuery<HTMLDialogElement>(page, '#archive-dialog');
    await waitUntil(() => confirm.open);
    expect(confirm.querySelector('h3')!.textContent!.trim()).to.equal(`Archive ${name}?`);
    await expect(page).to.be.accessible();
    confirm.querySelector<HTMLButtonElement>('button.danger')!.click();

    await waitUntil(() => !page.shadowRoot!.querySelector(`tr[data-service-id="${service.id}"]`));
    expect(page.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      `${name} is archived.`,
    );
    const [archived] = await servicesNamed(name);
    expect(archived!.archivedAt).to.be.a('string');
    choose(page.shadowRoot!.querySelector<HTMLInputElement>('.toolbar input')!, true);
    const shown = await shadowQuery(page, `tr[data-service-id="${service.id}"]`);
    expect(shown.textContent).to.contain('(archived)');
  });

  it('creates a service with a question by keyboard alone, and gives focus back', async () => {
    const name = `Keyboard class ${crypto.randomUUID().slice(0, 8)}`;
    const { page, opener, form } = await openNewByKeyboard(name);
    const settings = [...form.shadowRoot!.querySelectorAll('[id^="field-"]')]
      .map((field) => field.id)
      .filter((id) => id !== 'field-name');

    const lena = form.shadowRoot!.querySelector(`[name="staffIds"][value="${LENA}"]`)!;
    const beforeLena = await tabUntil((active) => active === lena);
    await sendKeys({ press: 'Space' });
    const beforeAdd = await tabUntil((active) => active.id === 'add');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.id.startsWith('label-'), 'no question label');
    await sendKeys({ type: 'What would you like to work on?' });
    await tabUntil((active) => active.textContent?.trim() === 'Save service');
    await sendKeys({ press: 'Enter' });

    await waitUntil(
      () => page.shadowRoot!.querySelector('[role="status"]')!.textContent === `${name} is saved.`,
    );
    const [service] = await servicesNamed(name);
    created.push(service!.id);
    // Every setting lies on the way from the name to the questions, each reached by Tab.
    expect(settings.length).to.be.greaterThan(10);
    for (const field of settings) {
      expect([...beforeLena, ...beforeAdd]).to.include(field);
    }
    expect(service!.staffIds).to.deep.equal([LENA]);
    expect(service!.questions.map((question) => question.label)).to.deep.equal([
      'What would you like to work on?',
    ]);
    await waitUntil(() => deepActiveElement() === opener, 'focus did not go back to the opener');
  });

  it('closes the form on Escape without saving, and gives focus back', async () => {
    const name = `Never saved ${crypto.randomUUID().slice(0, 8)}`;
    const { page, opener } = await openNewByKeyboard(name);
    await sendKeys({ press: 'Escape' });

    await waitUntil(() => !page.shadowRoot!.querySelector('dialog')!.open, 'the form stayed open');
    await waitUntil(() => deepActiveElement() === opener, 'focus did not go back to the opener');
    expect(await servicesNamed(name)).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });
});
