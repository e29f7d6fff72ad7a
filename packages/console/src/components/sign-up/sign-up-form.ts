import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { query, state } from 'lit/decorators.js';

import { ConsoleApiError, signUp } from '../../internal/console-api.js';
import { formCardStyles } from '../../styles/form-card.styles.js';
import { SignedInEvent } from '../signed-in-event.js';

/** The fields of the form, named as the API names them. */
const FIELDS = ['businessName', 'timeZone', 'name', 'email', 'password'] as const;

type SignUpField = (typeof FIELDS)[number];

const isField = (path: string): path is SignUpField => (FIELDS as readonly string[]).includes(path);

/** Why a sign-up failed: a message beside each field the API names, and one for the form. */
interface Refusal {
  problems: Partial<Record<SignUpField, string>>;
  alert: string;
}

/** The refusal to show for `error`, in the viewer's language where the API's code is known. */
function refusalOf(error: unknown): Refusal {
  if (!(error instanceof ConsoleApiError)) return { problems: {}, alert: String(error) };
  if (error.code === 'email_taken') {
    const taken = msg('A login with this email exists already. Sign in instead.', {
      id: 'signUp.emailTaken',
    });
    return { problems: { email: taken }, alert: '' };
  }
  if (error.status === 429) {
    const alert = msg('Too many sign-ups from here. Try again in a minute.', {
      id: 'signUp.tooMany',
    });
    return { problems: {}, alert };
  }
  const problems: Refusal['problems'] = {};
  for (const [path, message] of error.fieldErrors) {
    if (isField(path)) problems[path] = message;
  }
  return { problems, alert: error.message };
}

/**
 * @summary Creating a business: its name and time zone, and the owner's name, email and
 * password. The new account starts on the free plan, signed in. A refusal by the API shows beside
 * the field it names, which takes focus, and nothing typed is lost.
 *
 * @event bookafy-signed-in - The account exists and its owner is signed in; `detail` is who.
 */
@localized()
export class BookafyConsoleSignUp extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    formCardStyles,
    css`
      select {
        display: block;
        box-sizing: border-box;
        width: 100%;
        margin-top: 0.25rem;
        padding: 0.5rem;
        font: inherit;
      }
      .error {
        margin: 0.25rem 0 0;
        color: #b91c1c;
      }
    `,
  ];

  /** Every zone the browser knows, for the business's own. */
  private readonly zones = Intl.supportedValuesOf('timeZone');

  @query('form') private form!: HTMLFormElement;

  @state() private problems: Refusal['problems'] = {};
  @state() private error = '';
  @state() private busy = false;

  private async handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const field = (name: string) => String(new FormData(this.form).get(name) ?? '');
    this.busy = true;
    this.problems = {};
    this.error = '';
    try {
      const me = await signUp({
        businessName: field('businessName'),
        timeZone: field('timeZone'),
        name: field('name'),
        email: field('email'),
        password: field('password'),
      });
      this.dispatchEvent(new SignedInEvent(me));
    } catch (error) {
      const refusal = refusalOf(error);
      this.problems = refusal.problems;
      this.error = refusal.alert;
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** A field's refusal no longer applies once it is changed. */
  private handleInput(event: Event) {
    const name = (event.target as HTMLInputElement | HTMLSelectElement).name;
    if (isField(name) && this.problems[name]) this.problems = { ...this.problems, [name]: '' };
  }

  /** The `aria-invalid` and `aria-describedby` of a field, and its refusal to show below it. */
  private problemOf(field: SignUpField, id: string) {
    const problem = this.problems[field] ?? '';
    return {
      invalid: problem ? 'true' : 'false',
      describedBy: `${id}-error`,
      message: html`<p class="error" id="${id}-error">${problem}</p>`,
    };
  }

  override render() {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const business = this.problemOf('businessName', 'business-name');
    const zone = this.problemOf('timeZone', 'time-zone');
    const name = this.problemOf('name', 'name');
    const email = this.problemOf('email', 'email');
    const password = this.problemOf('password', 'password');
    return html`
      <h1>${msg('Create your booking page', { id: 'signUp.title' })}</h1>
      <form @submit=${this.handleSubmit} @input=${this.handleInput}>
        <label for="business-name">${msg('Business name', { id: 'signUp.businessName' })}</label>
        <input
          id="business-name"
          name="businessName"
          autocomplete="organization"
          required
          aria-invalid=${business.invalid}
          aria-describedby=${business.describedBy}
        />
        ${business.message}
        <label for="time-zone">${msg("The business's time zone", { id: 'signUp.timeZone' })}</label>
        <select
          id="time-zone"
          name="timeZone"
          required
          aria-invalid=${zone.invalid}
          aria-describedby=${zone.describedBy}
        >
          ${this.zones.map(
            (option) =>
              html`<option value=${option} ?selected=${option === browserZone}>${option}</option>`,
          )}
        </select>
        ${zone.message}
        <label for="name">${msg('Your name', { id: 'signUp.name' })}</label>
        <input
          id="name"
          name="name"
          autocomplete="name"
          required
          aria-invalid=${name.invalid}
          aria-describedby=${name.describedBy}
        />
        ${name.message}
        <label for="email">${msg('Email', { id: 'signIn.email' })}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          aria-invalid=${email.invalid}
          aria-describedby=${email.describedBy}
        />
        ${email.message}
        <label for="password"
          >${msg('Password (at least 10 characters)', { id: 'signUp.password' })}</label
        >
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength="10"
          required
          aria-invalid=${password.invalid}
          aria-describedby=${password.describedBy}
        />
        ${password.message}
        <p role="alert">${this.error}</p>
        <button type="submit" ?disabled=${this.busy}>
          ${msg('Create account', { id: 'signUp.submit' })}
        </button>
      </form>
    `;
  }
}
