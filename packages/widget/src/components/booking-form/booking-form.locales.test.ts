import type { ServiceQuestion } from '@bookafy/sdk';
import { expect, fixture, html } from '@open-wc/testing';

import '../../define.js';
import type { BookafyBookingForm } from './booking-form.js';
import {
  announcement,
  control,
  errorOf,
  leave,
  submitButton,
  typeInto,
} from './booking-form.test-support.js';

const questions: ServiceQuestion[] = [
  { id: 'area', label: 'Zona', kind: 'select', required: false, options: ['Espalda'] },
];

const labelOf = (form: BookafyBookingForm, id: string) =>
  form.shadowRoot!.querySelector(`label[for="${id}"]`)!.textContent!.trim();

describe('bookafy-booking-form in other languages', () => {
  it('speaks Spanish', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form
        locale="es-MX"
        ask-phone
        .questions=${questions}
      ></bookafy-booking-form>`,
    );

    expect(labelOf(form, 'name')).to.equal('Nombre');
    expect(labelOf(form, 'email')).to.equal('Correo electrónico');
    expect(labelOf(form, 'phone')).to.equal('Teléfono (opcional)');
    expect(control<HTMLSelectElement>(form, 'question-area').options[0]!.text).to.equal(
      'Elige una opción…',
    );
    expect(submitButton(form).textContent!.trim()).to.equal('Reservar');

    submitButton(form).click();
    await form.updateComplete;
    expect(errorOf(form, 'name')).to.equal('Escribe tu nombre.');
    expect(announcement(form)).to.equal('Revisa estos datos: Nombre y Correo electrónico.');
  });

  it('speaks Arabic, right to left', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form locale="ar" ask-phone></bookafy-booking-form>`,
    );
    const formElement = form.shadowRoot!.querySelector('form')!;

    expect(formElement.dir).to.equal('rtl');
    expect(formElement.lang).to.equal('ar');
    expect(getComputedStyle(control(form, 'name')).direction).to.equal('rtl');
    expect(labelOf(form, 'name')).to.equal('الاسم');
    expect(labelOf(form, 'phone')).to.equal('رقم الهاتف (اختياري)');
    expect(submitButton(form).textContent!.trim()).to.equal('احجز');

    await typeInto(form, 'phone', 'abc');
    await leave(form, 'phone');
    expect(errorOf(form, 'phone')).to.equal('أدخل رقم هاتف مثل \u2066+971 4 123 4567\u2069.');
  });

  it('passes an axe accessibility check in Arabic, errors shown', async () => {
    const form = await fixture<BookafyBookingForm>(
      html`<bookafy-booking-form locale="ar" .questions=${questions}></bookafy-booking-form>`,
    );
    submitButton(form).click();
    await form.updateComplete;

    await expect(form).to.be.accessible();
  });
});
