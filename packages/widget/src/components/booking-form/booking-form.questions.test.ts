import type { ServiceQuestion } from '@bookafy/sdk';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../define.js';
import type { BookafyBookingForm } from './booking-form.js';
import {
  control,
  errorOf,
  leave,
  setValue,
  submitButton,
  typeInto,
} from './booking-form.test-support.js';

const questions: ServiceQuestion[] = [
  { id: 'reason', label: 'Reason for the visit', kind: 'text', required: true },
  { id: 'history', label: 'Anything we should know?', kind: 'longText', required: false },
  {
    id: 'area',
    label: 'Area to treat',
    kind: 'select',
    required: true,
    options: ['Back', 'Neck', 'Shoulders'],
  },
  { id: 'sms', label: 'Send me a text reminder', kind: 'checkbox', required: false },
  { id: 'mobile', label: 'Mobile for the therapist', kind: 'phone', required: false },
];

const formWith = (asked: ServiceQuestion[]) =>
  fixture<BookafyBookingForm>(
    html`<bookafy-booking-form .questions=${asked}></bookafy-booking-form>`,
  );

async function fillContact(form: BookafyBookingForm) {
  await typeInto(form, 'name', 'Ada');
  await typeInto(form, 'email', 'ada@example.com');
}

function labelOf(form: BookafyBookingForm, id: string) {
  return form.shadowRoot!.querySelector(`label[for="${id}"]`)!.textContent!.trim();
}

describe('bookafy-booking-form with questions', () => {
  it('asks each question after name and email, in order, with a control for its kind', async () => {
    const form = await formWith(questions);

    const ids = [...form.shadowRoot!.querySelectorAll('input, textarea, select')].map((c) => c.id);
    expect(ids).to.deep.equal([
      'name',
      'email',
      'question-reason',
      'question-history',
      'question-area',
      'question-sms',
      'question-mobile',
    ]);
    expect(control(form, 'question-reason').type).to.equal('text');
    expect(control(form, 'question-history').localName).to.equal('textarea');
    expect(labelOf(form, 'question-history')).to.equal('Anything we should know? (optional)');
    const area = control<HTMLSelectElement>(form, 'question-area');
    expect([...area.options].map((option) => option.text)).to.deep.equal([
      'Choose…',
      'Back',
      'Neck',
      'Shoulders',
    ]);
    expect(control(form, 'question-sms').type).to.equal('checkbox');
    expect(labelOf(form, 'question-sms')).to.equal('Send me a text reminder');
    const mobile = control(form, 'question-mobile');
    expect([mobile.type, mobile.autocomplete, mobile.inputMode]).to.deep.equal([
      'tel',
      'tel',
      'tel',
    ]);
  });

  it('sends each answer by question id, text as strings and checkboxes as booleans', async () => {
    const form = await formWith(questions);
    await fillContact(form);
    await typeInto(form, 'question-reason', 'Stiff neck ');
    await typeInto(form, 'question-history', 'Since March.\nWorse in the morning.');
    await setValue(form, 'question-area', 'Neck');
    form.shadowRoot!.querySelector<HTMLLabelElement>('label[for="question-sms"]')!.click();
    await typeInto(form, 'question-mobile', '+34 612 345 678');

    setTimeout(() => submitButton(form).click());
    const event = await oneEvent(form, 'bookafy-details-submit');

    expect(event.detail.answers).to.deep.equal({
      reason: 'Stiff neck',
      history: 'Since March.\nWorse in the morning.',
      area: 'Neck',
      sms: true,
      mobile: '+34 612 345 678',
    });
  });

  it('leaves out empty optional answers and sends an unticked box as false', async () => {
    const form = await formWith(questions);
    await fillContact(form);
    await typeInto(form, 'question-reason', 'Check-up');
    await setValue(form, 'question-area', 'Back');

    setTimeout(() => submitButton(form).click());
    const event = await oneEvent(form, 'bookafy-details-submit');

    expect(event.detail.answers).to.deep.equal({ reason: 'Check-up', area: 'Back', sms: false });
  });

  it('refuses unanswered required questions and focuses the first', async () => {
    const consent: ServiceQuestion = {
      id: 'consent',
      label: 'I accept the cancellation policy',
      kind: 'checkbox',
      required: true,
    };
    const form = await formWith([...questions, consent]);
    await fillContact(form);
    let fired = false;
    form.addEventListener('bookafy-details-submit', () => (fired = true));

    submitButton(form).click();
    await form.updateComplete;

    expect(fired).to.equal(false);
    expect(errorOf(form, 'question-reason')).to.equal('Answer this question.');
    expect(errorOf(form, 'question-area')).to.equal('Choose an option.');
    expect(errorOf(form, 'question-consent')).to.equal('Tick this box to continue.');
    expect(errorOf(form, 'question-history')).to.equal(null);
    expect(control(form, 'question-consent').getAttribute('aria-describedby')).to.equal(
      'question-consent-error',
    );
    expect(form.shadowRoot!.activeElement).to.equal(control(form, 'question-reason'));

    control(form, 'question-consent').click();
    await form.updateComplete;
    expect(errorOf(form, 'question-consent')).to.equal(null);
  });

  it('refuses answers over the length limits while the visitor types', async () => {
    const form = await formWith(questions);

    await setValue(form, 'question-reason', 'a'.repeat(501));
    await leave(form, 'question-reason');
    expect(errorOf(form, 'question-reason')).to.equal('Use at most 500 characters; this has 501.');
    await setValue(form, 'question-reason', 'a'.repeat(500));
    expect(errorOf(form, 'question-reason')).to.equal(null);

    await setValue(form, 'question-history', 'b'.repeat(4001));
    await leave(form, 'question-history');
    expect(errorOf(form, 'question-history')).to.equal(
      'Use at most 4,000 characters; this has 4,001.',
    );
  });

  it('keeps the answers when it is busy and when a new form takes its values', async () => {
    const form = await formWith(questions);
    await typeInto(form, 'question-reason', 'Stiff neck');
    await setValue(form, 'question-area', 'Shoulders');
    control(form, 'question-sms').click();
    form.busy = true;
    await form.updateComplete;
    form.busy = false;
    await form.updateComplete;
    expect(control(form, 'question-reason').value).to.equal('Stiff neck');

    const next = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form
        .questions=${questions}
        .values=${form.values}
      ></bookafy-booking-form>`,
    );

    expect(control(next, 'question-reason').value).to.equal('Stiff neck');
    expect(control<HTMLSelectElement>(next, 'question-area').value).to.equal('Shoulders');
    expect(control(next, 'question-sms').checked).to.equal(true);
  });

  it('passes an axe accessibility check with every kind of question', async () => {
    const form = await formWith(questions);

    await expect(form).to.be.accessible();
  });

  it('passes an axe accessibility check with the questions refused', async () => {
    const form = await formWith(questions);
    submitButton(form).click();
    await form.updateComplete;

    await expect(form).to.be.accessible();
  });
});
