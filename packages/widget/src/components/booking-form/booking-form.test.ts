import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../define.js';
import type { BookafyBookingForm, FormValues } from './booking-form.js';
import {
  announcement,
  control,
  errorOf,
  leave,
  submitButton,
  typeInto,
} from './booking-form.test-support.js';

const newForm = () =>
  fixture<BookafyBookingForm>(html`<bookafy-booking-form></bookafy-booking-form>`);

describe('bookafy-booking-form', () => {
  it('refuses to submit empty fields, says why and focuses the first', async () => {
    const form = await newForm();
    let fired = false;
    form.addEventListener('bookafy-details-submit', () => (fired = true));

    submitButton(form).click();
    await form.updateComplete;

    expect(fired).to.equal(false);
    expect(control(form, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(control(form, 'name').getAttribute('aria-describedby')).to.equal('name-error');
    expect(errorOf(form, 'name')).to.equal('Enter your name.');
    expect(errorOf(form, 'email')).to.equal('Enter your email address.');
    expect(announcement(form)).to.equal('Check these details: Name and Email.');
    expect(form.shadowRoot!.activeElement).to.equal(control(form, 'name'));
  });

  it('shows no error before the visitor has left a field', async () => {
    const form = await newForm();

    await typeInto(form, 'email', 'ada@');

    expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('false');
    expect(errorOf(form, 'email')).to.equal(null);
  });

  it('checks the email as the visitor types once they have left the field', async () => {
    const form = await newForm();

    await typeInto(form, 'email', 'ada@');
    await leave(form, 'email');
    expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(form, 'email')).to.equal('Enter an email address such as name@example.com.');
    expect(announcement(form)).to.equal('Email: Enter an email address such as name@example.com.');

    await typeInto(form, 'email', 'example.com');
    expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('false');
    expect(errorOf(form, 'email')).to.equal(null);
  });

  it('sends trimmed details with bookafy-details-submit', async () => {
    const form = await newForm();
    await typeInto(form, 'name', '  Ada Lovelace ');
    await typeInto(form, 'email', 'ada@example.com');

    setTimeout(() => submitButton(form).click());
    const event = await oneEvent(form, 'bookafy-details-submit');

    expect(event.detail).to.deep.equal({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      answers: {},
    });
  });

  it('asks for an optional phone number and checks its shape', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form ask-phone></bookafy-booking-form>`,
    );
    const phone = control(form, 'phone');
    expect(phone.type).to.equal('tel');
    expect(phone.autocomplete).to.equal('tel');
    expect(phone.inputMode).to.equal('tel');
    expect(form.shadowRoot!.querySelector('label[for="phone"]')!.textContent!.trim()).to.equal(
      'Phone (optional)',
    );
    await typeInto(form, 'name', 'Ada');
    await typeInto(form, 'email', 'ada@example.com');

    await typeInto(form, 'phone', 'call me');
    await leave(form, 'phone');
    expect(errorOf(form, 'phone')).to.equal('Enter a phone number such as +44 20 7946 0958.');
    let fired = false;
    form.addEventListener('bookafy-details-submit', () => (fired = true));
    submitButton(form).click();
    await form.updateComplete;
    expect(fired).to.equal(false);
    expect(form.shadowRoot!.activeElement).to.equal(phone);

    phone.select();
    await typeInto(form, 'phone', '+44 (20) 7946-0958');
    setTimeout(() => submitButton(form).click());
    const event = await oneEvent(form, 'bookafy-details-submit');
    expect(event.detail.phone).to.equal('+44 (20) 7946-0958');
  });

  it('leaves out an optional phone number the visitor did not give', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form ask-phone></bookafy-booking-form>`,
    );
    await typeInto(form, 'name', 'Ada');
    await typeInto(form, 'email', 'ada@example.com');

    setTimeout(() => submitButton(form).click());
    const event = await oneEvent(form, 'bookafy-details-submit');

    expect(event.detail).to.not.have.property('phone');
  });

  it('fills and locks the details the site already knows, and still sends them', async () => {
    const prefill = { name: 'Ada Lovelace', email: 'ada@example.com' };
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form .prefill=${prefill} lock-prefill></bookafy-booking-form>`,
    );
    const name = control(form, 'name');
    expect(name.value).to.equal('Ada Lovelace');
    expect(name.readOnly).to.equal(true);
    expect(name.getAttribute('aria-describedby')).to.equal('name-prefilled');
    expect(form.shadowRoot!.querySelector('#name-prefilled')!.textContent!.trim()).to.equal(
      'Filled in for you',
    );

    await typeInto(form, 'name', 'Someone else');
    expect(name.value).to.equal('Ada Lovelace');

    setTimeout(() => submitButton(form).click());
    const event = await oneEvent(form, 'bookafy-details-submit');
    expect(event.detail).to.deep.equal({ ...prefill, answers: {} });
  });

  it('lets the visitor change prefilled details that are not locked', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form .prefill=${{ name: 'Ada' }}></bookafy-booking-form>`,
    );
    expect(control(form, 'name').readOnly).to.equal(false);

    await typeInto(form, 'name', ' Lovelace');

    expect(form.values.name).to.equal('Ada Lovelace');
  });

  it('keeps what was typed while busy and after a failed booking', async () => {
    const form = await newForm();
    await typeInto(form, 'name', 'Ada');
    await typeInto(form, 'email', 'ada@example.com');
    submitButton(form).click();

    form.busy = true;
    await form.updateComplete;
    expect(submitButton(form).disabled).to.equal(true);
    expect(submitButton(form).textContent!.trim()).to.equal('Booking…');
    form.busy = false;
    await form.updateComplete;

    expect(control(form, 'name').value).to.equal('Ada');
    expect(control(form, 'email').value).to.equal('ada@example.com');
  });

  it('takes back the values of a form it replaces', async () => {
    const first = await newForm();
    await typeInto(first, 'name', 'Ada');
    await typeInto(first, 'email', 'ada@example.com');
    const values: FormValues = first.values;

    const second = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form .values=${values}></bookafy-booking-form>`,
    );
    expect(control(second, 'name').value).to.equal('Ada');

    setTimeout(() => submitButton(second).click());
    const event = await oneEvent(second, 'bookafy-details-submit');
    expect(event.detail).to.deep.equal({ name: 'Ada', email: 'ada@example.com', answers: {} });
  });

  it('passes an axe accessibility check, errors shown', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form
        ask-phone
        lock-prefill
        .prefill=${{ email: 'ada@example.com' }}
      ></bookafy-booking-form>`,
    );
    submitButton(form).click();
    await form.updateComplete;

    await expect(form).to.be.accessible();
  });
});
