import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { ConsoleApiError, signUp } from '../../internal/console-api.js';
import { refusalText } from '../../internal/refusal-text.js';
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

/** How one text field of the form reads and what the browser may fill into it. */
interface TextInput {
  id: string;
  label: string;
  autocomplete: string;
  type?: 'email' | 'password';
  minLength?: number;
}

/** The refusal to show for `error`, in the viewer's language. */
function refusalOf(error: unknown): Refusal {
  if (!(error instanceof ConsoleApiError)) return { problems: {}, alert: refusalText(error) };
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
  return { problems, alert: refusalText(error) };
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

  /** A labelled text field with the API's refusal of it below. */
  private renderInput(field: Exclude<SignUpField, 'timeZone'>, input: TextInput) {
    const { invalid, describedBy, message } = this.problemOf(field, input.id);
    return html`<label for=${input.id}>${input.label}</label>
      <input
        id=${input.id}
        name=${field}
        type=${ifDefined(input.type)}
        autocomplete=${input.autocomplete}
        minlength=${ifDefined(input.minLength)}
        required
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
      />
      ${message}`;
  }

  override render() {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zone = this.problemOf('timeZone', 'time-zone');
    return html`
      <h1>${msg('Create your booking page', { id: 'signUp.title' })}</h1>
      <form @submit=${this.handleSubmit} @input=${this.handleInput}>
        ${this.renderInput('businessName', {
          id: 'business-name',
          label: msg('Business name', { id: 'signUp.businessName' }),
          autocomplete: 'organization',
        })}
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
        ${this.renderInput('name', {
          id: 'name',
          label: msg('Your name', { id: 'signUp.name' }),
          autocomplete: 'name',
        })}
        ${this.renderInput('email', {
          id: 'email',
          label: msg('Email', { id: 'signIn.email' }),
          type: 'email',
          autocomplete: 'username',
        })}
        ${this.renderInput('password', {
          id: 'password',
          label: msg('Password (at least 10 characters)', { id: 'signUp.password' }),
          type: 'password',
          autocomplete: 'new-password',
          minLength: 10,
        })}
        <p role="alert">${this.error}</p>
        <button type="submit" ?disabled=${this.busy}>
          ${msg('Create account', { id: 'signUp.submit' })}
        </button>
      </form>
    `;
  }
}
