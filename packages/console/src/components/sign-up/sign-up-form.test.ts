import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../console.js';
import type { Me } from '../../internal/console-api.js';
import { realWorker, setSession, useRealWorker } from '../../test-support/real-worker.js';
import { focused, tabTo } from '../embed/embed.test-support.js';
import type { BookafyConsoleSignUp } from './sign-up-form.js';

/** How long to wait for the API's answer: a sign-up hashes a password, on a busy machine. */
const ANSWER = { timeout: 10_000 };

/** What a person types into the form, field by field. */
interface SignUpEntry {
  businessName: string;
  timeZone: string;
  name: string;
  email: string;
  password: string;
}

/** A business nobody has signed up yet, so runs and tests never meet. */
function newBusiness(): SignUpEntry {
  const unique = crypto.randomUUID().slice(0, 8);
  return {
    businessName: `Tide Pool Yoga ${unique}`,
    timeZone: 'Asia/Tokyo',
    name: 'Noa Owner',
    email: `noa-${unique}@tidepool.example`,
    password: 'salt-water-2027',
  };
}

async function openForm(): Promise<BookafyConsoleSignUp> {
  return fixture<BookafyConsoleSignUp>(html`<bookafy-console-sign-up></bookafy-console-sign-up>`);
}

function fieldsOf(form: BookafyConsoleSignUp) {
  const root = form.shadowRoot!;
  return {
    businessName: root.querySelector<HTMLInputElement>('#business-name')!,
    timeZone: root.querySelector<HTMLSelectElement>('#time-zone')!,
    name: root.querySelector<HTMLInputElement>('#name')!,
    email: root.querySelector<HTMLInputElement>('#email')!,
    password: root.querySelector<HTMLInputElement>('#password')!,
    submit: root.querySelector<HTMLButtonElement>('button[type="submit"]')!,
  };
}

/**
 * Fills the form in by keyboard: Tab to the first field, then each value typed (the zone by
 * typing its name into the closed list) and Tab to the next, ending on the password field.
 */
async function typeEntry(form: BookafyConsoleSignUp, entry: SignUpEntry): Promise<void> {
  const fields = fieldsOf(form);
  await tabTo(fields.businessName);
  const order = ['businessName', 'timeZone', 'name', 'email', 'password'] as const;
  for (const [index, key] of order.entries()) {
    if (index > 0) await sendKeys({ press: 'Tab' });
    expect(focused(), `Tab did not reach ${key}`).to.equal(fields[key]);
    await sendKeys({ type: entry[key] });
  }
}

/** Who each `bookafy-signed-in` event from `form` names, as they come. */
function signInsFrom(form: BookafyConsoleSignUp): Me[] {
  const signIns: Me[] = [];
  form.addEventListener('bookafy-signed-in', (event) => signIns.push(event.detail));
  return signIns;
}

/** What the form holds now, in the shape of an entry. */
function valuesOf(form: BookafyConsoleSignUp): SignUpEntry {
  const { businessName, timeZone, name, email, password } = fieldsOf(form);
  return {
    businessName: businessName.value,
    timeZone: timeZone.value,
    name: name.value,
    email: email.value,
    password: password.value,
  };
}

/** The text that describes `field` to assistive technology, from its `aria-describedby`. */
function descriptionOf(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  const root = field.getRootNode() as ShadowRoot;
  return ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

describe('<bookafy-console-sign-up>', () => {
  useRealWorker();
  beforeEach(() => setSession(false));
  // Ends the session of whoever signed up last; every other file signs in as it needs.
  after(() => setSession(false));

  it('labels every field and passes the accessibility check', async () => {
    const form = await openForm();

    const labels = Object.values(fieldsOf(form))
      .filter((field) => field instanceof HTMLInputElement || field instanceof HTMLSelectElement)
      .map((field) => field.labels?.[0]?.textContent?.trim());
    expect(labels).to.deep.equal([
      'Business name',
      "The business's time zone",
      'Your name',
      'Email',
      'Password (at least 10 characters)',
    ]);
    await expect(form).to.be.accessible();
  });

  it('creates a business from the keyboard alone and signs its owner in', async () => {
    const entry = newBusiness();
    const form = await openForm();

    await typeEntry(form, entry);
    expect(fieldsOf(form).timeZone.value).to.equal('Asia/Tokyo');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(fieldsOf(form).submit);
    const signIns = signInsFrom(form);
    await sendKeys({ press: ' ' });

    await waitUntil(() => signIns.length === 1, 'the owner was not signed in', ANSWER);
    const [detail] = signIns as [Me];
    expect(detail.user).to.include({ email: entry.email, name: 'Noa Owner', role: 'owner' });
    expect(detail.account).to.include({
      name: entry.businessName,
      timeZone: 'Asia/Tokyo',
      plan: 'free',
    });
    const me = await fetch('/v1/console/me');
    expect(me.status).to.equal(200);
    expect(((await me.json()) as Me).account.id).to.equal(detail.account.id);
  });

  it('says beside the email field that it has a login already, keeping every entry', async () => {
    const { owner } = await realWorker();
    const entry = { ...newBusiness(), email: owner.email };
    const form = await openForm();
    const signIns = signInsFrom(form);

    await typeEntry(form, entry);
    await sendKeys({ press: 'Enter' });

    const { email } = fieldsOf(form);
    await waitUntil(
      () => email.getAttribute('aria-invalid') === 'true',
      'no refusal shown',
      ANSWER,
    );
    expect(descriptionOf(email)).to.equal(
      'A login with this email exists already. Sign in instead.',
    );
    expect(focused()).to.equal(email);
    expect(valuesOf(form)).to.deep.equal(entry);
    expect(signIns).to.deep.equal([]);
    expect((await fetch('/v1/console/me')).status).to.equal(401);
    await expect(form).to.be.accessible();
  });

  it('shows a field the API refuses beside that field, keeping every entry', async () => {
    // Spaces satisfy the browser's `required`; the API trims them away and refuses the name.
    const entry = { ...newBusiness(), businessName: '   ' };
    const form = await openForm();

    await typeEntry(form, entry);
    await sendKeys({ press: 'Enter' });

    const { businessName, email } = fieldsOf(form);
    await waitUntil(
      () => businessName.getAttribute('aria-invalid') === 'true',
      'no refusal',
      ANSWER,
    );
    expect(descriptionOf(businessName)).to.equal('Enter a name.');
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    expect(form.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
      'Not accepted: Some fields are not valid.',
    );
    expect(valuesOf(form)).to.deep.equal(entry);
    expect((await fetch('/v1/console/me')).status).to.equal(401);
  });
});
