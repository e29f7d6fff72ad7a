import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../console.js';
import { switchLocale } from '../i18n/localization.js';
import { setSession, useRealWorker } from '../test-support/real-worker.js';
import type { BookafyConsolePasswordReset } from './password-reset.js';

function parts(reset: BookafyConsolePasswordReset) {
  const root = reset.shadowRoot!;
  return {
    heading: root.querySelector('h1')!,
    input: root.querySelector('input')!,
    submit: root.querySelector<HTMLButtonElement>('button[type="submit"]')!,
    alert: root.querySelector('[role="alert"]')!,
    status: root.querySelector('[role="status"]')!,
  };
}

describe('<bookafy-console-password-reset>', () => {
  useRealWorker();
  before(() => setSession(false));

  it('asks for a link and answers alike whether or not a login has the email', async () => {
    const reset = await fixture<BookafyConsolePasswordReset>(
      html`<bookafy-console-password-reset></bookafy-console-password-reset>`,
    );
    const form = parts(reset);
    expect(form.heading.textContent!.trim()).to.equal('Reset your password');
    await expect(reset).to.be.accessible();

    form.input.value = 'nobody-here@harbour.example';
    form.submit.click();

    await waitUntil(() => form.status.textContent !== '', 'no answer was shown');
    expect(form.status.textContent).to.equal(
      'If a login has this email, a link to reset its password is on its way.',
    );
    expect(form.alert.textContent).to.equal('');
  });

  it('says when a link is unknown or used, and to ask for a new one', async () => {
    const reset = await fixture<BookafyConsolePasswordReset>(html`
      <bookafy-console-password-reset
        .token=${'pwr_notarealtoken'}
      ></bookafy-console-password-reset>
    `);
    const form = parts(reset);
    expect(form.heading.textContent!.trim()).to.equal('Choose a new password');
    expect(form.input.labels?.[0]?.textContent).to.equal('New password (at least 10 characters)');
    await expect(reset).to.be.accessible();

    form.input.value = 'a-long-enough-password';
    form.submit.click();

    await waitUntil(() => form.alert.textContent !== '', 'no error was shown');
    expect(form.alert.textContent).to.equal(
      'This link is no longer valid. Go back to sign in and ask for a new one.',
    );
  });

  it("states the API's reason for refusing the new password itself", async () => {
    const reset = await fixture<BookafyConsolePasswordReset>(html`
      <bookafy-console-password-reset
        .token=${'pwr_notarealtoken'}
      ></bookafy-console-password-reset>
    `);
    const form = parts(reset);

    // Set from script, the value skips the input's own length check, so the API's check answers.
    form.input.value = 'too-short';
    form.submit.click();

    await waitUntil(() => form.alert.textContent !== '', 'no error was shown');
    expect(form.alert.textContent).to.equal('Not accepted: Use at least 10 characters.');
  });

  it('says in Spanish that a link is unknown or used, and what the API refused of a password', async () => {
    await switchLocale('es');
    try {
      const reset = await fixture<BookafyConsolePasswordReset>(html`
        <bookafy-console-password-reset
          .token=${'pwr_notarealtoken'}
        ></bookafy-console-password-reset>
      `);
      const form = parts(reset);
      expect(form.heading.textContent!.trim()).to.equal('Elige una nueva contraseña');

      form.input.value = 'a-long-enough-password';
      form.submit.click();
      await waitUntil(() => form.alert.textContent !== '', 'no error was shown');
      expect(form.alert.textContent).to.equal(
        'Este enlace ya no es válido. Vuelve a iniciar sesión y pide uno nuevo.',
      );

      // The API's reason names what is wrong; it has no Spanish words of its own, so it follows
      // a Spanish sentence rather than being lost.
      form.input.value = 'too-short';
      form.submit.click();
      await waitUntil(() => form.alert.textContent!.includes('10'), 'no refusal was shown');
      expect(form.alert.textContent).to.equal('No se aceptó: Use at least 10 characters.');
      await expect(reset).to.be.accessible();
    } finally {
      await switchLocale('en');
    }
  });
});
