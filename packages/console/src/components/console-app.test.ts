import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../console.js';
import { switchLocale } from '../i18n/localization.js';
import { realWorker, setSession, useRealWorker } from '../test-support/real-worker.js';
import type { BookafyConsole } from './console-app.js';

async function openConsole() {
  const app = await fixture<BookafyConsole>(html`<bookafy-console></bookafy-console>`);
  await waitUntil(() => app.shadowRoot!.querySelector('main'), 'the app did not start');
  return app;
}

function signInForm(app: BookafyConsole) {
  const form = app.shadowRoot!.querySelector('bookafy-console-sign-in')!.shadowRoot!;
  return {
    email: form.querySelector<HTMLInputElement>('#email')!,
    password: form.querySelector<HTMLInputElement>('#password')!,
    submit: form.querySelector<HTMLButtonElement>('button[type="submit"]')!,
    alert: form.querySelector('[role="alert"]')!,
  };
}

describe('<bookafy-console>', () => {
  useRealWorker();
  beforeEach(() => setSession(false));

  it('offers a labelled, accessible sign-in form when nobody is signed in', async () => {
    const app = await openConsole();
    const form = signInForm(app);

    expect(form.email.labels?.[0]?.textContent).to.equal('Email');
    expect(form.password.labels?.[0]?.textContent).to.equal('Password');
    await expect(app).to.be.accessible();
  });

  it('says why a sign-in failed and stays on the form', async () => {
    const app = await openConsole();
    const form = signInForm(app);

    form.email.value = 'nobody@harbour.example';
    form.password.value = 'not-a-password';
    form.submit.click();

    await waitUntil(() => form.alert.textContent !== '', 'no error was shown');
    expect(form.alert.textContent).to.equal('The email or the password is not right.');
    expect(app.shadowRoot!.querySelector('header')).to.equal(null);
  });

  it('says to wait a minute once five failures in a row have locked the email', async () => {
    // A fresh address each run, so earlier runs against the same Worker do not count.
    const email = `locked-${crypto.randomUUID()}@harbour.example`;
    for (let attempt = 1; attempt <= 5; attempt++) {
      await fetch('/v1/console/sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'a guess' }),
      });
    }
    const app = await openConsole();
    const form = signInForm(app);

    form.email.value = email;
    form.password.value = 'a guess';
    form.submit.click();

    await waitUntil(() => form.alert.textContent !== '', 'no error was shown');
    expect(form.alert.textContent).to.equal('Too many tries. Wait a minute, then sign in again.');
  });

  it('signs the owner in to the shell with the account name, and out again', async () => {
    const { owner } = await realWorker();
    const app = await openConsole();
    const form = signInForm(app);

    form.email.value = owner.email;
    form.password.value = owner.password;
    form.submit.click();

    await waitUntil(() => app.shadowRoot!.querySelector('header'), 'the shell did not open');
    const heading = app.shadowRoot!.querySelector('h1')!;
    expect(heading.textContent).to.equal('Harbour Wellness');
    expect(app.shadowRoot!.activeElement).to.equal(heading);
    expect(app.shadowRoot!.querySelector('bookafy-console-agenda')).to.not.equal(null);
    await expect(app).to.be.accessible();

    app.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
    await waitUntil(() => app.shadowRoot!.querySelector('bookafy-console-sign-in'));
    expect((await fetch('/v1/console/me')).status).to.equal(401);
  });

  it('returns to sign-in when the session ends, and back to the same page after', async () => {
    const { owner } = await realWorker();
    await setSession(true);
    location.hash = '#/services';
    const app = await openConsole();
    await waitUntil(() => app.shadowRoot!.querySelector('bookafy-console-services'), 'no page');

    // Another tab signs out: the next call the page makes is refused.
    await setSession(false);
    location.hash = '#/staff';

    await waitUntil(() => app.shadowRoot!.querySelector('bookafy-console-sign-in'), 'no sign-in');
    const notice = app.shadowRoot!.querySelector('[role="alert"].session-ended')!;
    expect(notice.textContent!.trim()).to.equal(
      'Your session has ended. Sign in again to go on where you were.',
    );
    await expect(app).to.be.accessible();
    const form = signInForm(app);
    form.email.value = owner.email;
    form.password.value = owner.password;
    form.submit.click();
    await waitUntil(() => app.shadowRoot!.querySelector('bookafy-console-staff'), 'not back');
    expect(app.shadowRoot!.querySelector('.session-ended')).to.equal(null);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('opens straight to the shell while the session lasts', async () => {
    await setSession(true);

    const app = await openConsole();

    await waitUntil(() => app.shadowRoot!.querySelector('header'), 'the shell did not open');
  });

  it('opens the new-password form from a reset link and drops the token from the URL', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#reset=pwr_fromlink`);

    const app = await openConsole();

    const reset = app.shadowRoot!.querySelector('bookafy-console-password-reset')!;
    expect(reset.token).to.equal('pwr_fromlink');
    expect(location.hash).to.equal('');
  });

  it('offers a reset link from the sign-in form and comes back to it', async () => {
    const app = await openConsole();

    app.shadowRoot!.querySelector<HTMLButtonElement>('.signed-out-links button')!.click();
    await waitUntil(() => app.shadowRoot!.querySelector('bookafy-console-password-reset'));
    const reset = app.shadowRoot!.querySelector('bookafy-console-password-reset')!;
    expect(reset.token).to.equal(undefined);
    reset.shadowRoot!.querySelector<HTMLButtonElement>('button.secondary')!.click();

    await waitUntil(() => app.shadowRoot!.querySelector('bookafy-console-sign-in'));
  });
});

describe('<bookafy-console> pages and languages', () => {
  useRealWorker();
  afterEach(async () => {
    await switchLocale('en');
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('lists every page for an owner and follows the location fragment', async () => {
    await setSession(true);
    const app = await openConsole();
    await waitUntil(() => app.shadowRoot!.querySelector('nav a'), 'no navigation');

    const links = [...app.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
      'Agenda',
      'Week',
      'Services',
      'Staff',
      'Embed',
      'Insight',
      'Plan and users',
    ]);
    expect(links[0]!.getAttribute('aria-current')).to.equal('page');

    location.hash = '#/services';
    await waitUntil(() => links[2]!.getAttribute('aria-current') === 'page', 'no page change');
    expect(links[0]!.getAttribute('aria-current')).to.equal('false');
    expect(app.shadowRoot!.querySelector('main > bookafy-console-services')).to.not.equal(null);
    expect(document.title).to.equal('Services · Harbour Wellness · Bookafy');
  });

  it('speaks the language picked in the header, and remembers it', async () => {
    await setSession(true);
    const app = await openConsole();
    await waitUntil(() => app.shadowRoot!.querySelector('#language'), 'no language picker');

    const picker = app.shadowRoot!.querySelector<HTMLSelectElement>('#language')!;
    picker.value = 'es';
    picker.dispatchEvent(new Event('change'));

    const signOut = app.shadowRoot!.querySelector('header button')!;
    await waitUntil(() => signOut.textContent!.trim() === 'Cerrar sesión', 'still in English');
    expect(document.documentElement.lang).to.equal('es');
    expect(localStorage.getItem('bookafy-console-locale')).to.equal('es');
    await expect(app).to.be.accessible();
  });
});
