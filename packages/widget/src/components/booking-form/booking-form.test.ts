import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../define.js';
import type { BookafyBookingForm } from './booking-form.js';

const input = (form: BookafyBookingForm, id: string) =>
  form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
const submit = (form: BookafyBookingForm) =>
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;

async function type(form: BookafyBookingForm, id: string, text: string) {
  input(form, id).focus();
  await sendKeys({ type: text });
  await form.updateComplete;
}

describe('bookafy-booking-form', () => {
  it('refuses to submit empty fields, says why and focuses the first', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form></bookafy-booking-form>`,
    );
    let fired = false;
    form.addEventListener('bookafy-details-submit', () => (fired = true));

    submit(form).click();
    await form.updateComplete;

    expect(fired).to.equal(false);
    expect(input(form, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(form.shadowRoot!.querySelector('#name-error')!.textContent).to.equal('Enter your name.');
    expect(form.shadowRoot!.activeElement).to.equal(input(form, 'name'));
  });

  it('checks the email as the visitor types once they have left the field', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form></bookafy-booking-form>`,
    );

    await type(form, 'email', 'ada@');
    input(form, 'name').focus();
    await form.updateComplete;
    expect(input(form, 'email').getAttribute('aria-invalid')).to.equal('true');

    await type(form, 'email', 'example.com');
    expect(input(form, 'email').getAttribute('aria-invalid')).to.equal('false');
  });

  it('sends trimmed details with bookafy-details-submit', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form></bookafy-booking-form>`,
    );
    await type(form, 'name', '  Ada Lovelace ');
    await type(form, 'email', 'ada@example.com');

    setTimeout(() => submit(form).click());
    const event = await oneEvent(form, 'bookafy-details-submit');

    expect(event.detail).to.deep.equal({ name: 'Ada Lovelace', email: 'ada@example.com' });
  });

  it('waits while busy and keeps what was typed', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form></bookafy-booking-form>`,
    );
    await type(form, 'name', 'Ada');

    form.busy = true;
    await form.updateComplete;
    expect(submit(form).disabled).to.equal(true);
    form.busy = false;
    await form.updateComplete;

    expect(input(form, 'name').value).to.equal('Ada');
  });

  it('passes an axe accessibility check, errors shown', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form></bookafy-booking-form>`,
    );
    submit(form).click();
    await form.updateComplete;

    await expect(form).to.be.accessible();
  });
});
