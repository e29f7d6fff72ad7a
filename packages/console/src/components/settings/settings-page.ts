import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import type { Me } from '../../internal/console-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { loadUsage, type Usage } from '../../internal/settings-api.js';
import { pageStyles } from '../../styles/page.styles.js';

/**
 * @summary The account's plan with its usage against the plan's limits, the console logins
 * (inviting staff members), and each staff member's calendar feed.
 */
@localized()
export class BookafyConsoleSettings extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .usage {
        display: grid;
        grid-template-columns: minmax(10rem, max-content) minmax(8rem, 16rem) auto;
        gap: 0.75rem 1rem;
        align-items: center;
      }
      meter {
        width: 100%;
        height: 1rem;
      }
    `,
  ];

  /** Who is signed in; the page shows their account. */
  @property({ attribute: false }) me?: Me;

  @state() private usage?: Usage;
  @state() private error = '';

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  /** Reads the usage again, for example after a booking or a new staff member. */
  async load(): Promise<void> {
    try {
      this.usage = await loadUsage();
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private renderMeter(id: string, label: string, used: number, limit: number | null) {
    const count = new Intl.NumberFormat(currentLocale());
    const text =
      limit === null
        ? msg(str`${count.format(used)}, no limit`, { id: 'settings.unlimited' })
        : msg(str`${count.format(used)} of ${count.format(limit)}`, { id: 'settings.usedOf' });
    return html`<label for=${id}>${label}</label>
      ${
        limit === null
          ? html`<span></span>`
          : html`<meter id=${id} min="0" max=${limit} .value=${used} high=${limit * 0.8}></meter>`
      }
      <span id="${id}-text">${text}</span>`;
  }

  private renderPlan(usage: Usage) {
    const month = new Intl.DateTimeFormat(currentLocale(), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.parse(`${usage.monthlyBookings.month}-01`));
    const free = usage.plan === 'free';
    return html`<section class="card" aria-labelledby="plan-title">
      <h3 id="plan-title">
        ${free ? msg('Free plan', { id: 'settings.free' }) : msg('Pro plan', { id: 'settings.pro' })}
      </h3>
      <div class="usage">
        ${this.renderMeter(
          'staff-usage',
          msg('Staff members', { id: 'settings.staffUsage' }),
          usage.staff.used,
          usage.staff.limit,
        )}
        ${this.renderMeter(
          'booking-usage',
          msg(str`Bookings in ${month}`, { id: 'settings.bookingUsage' }),
          usage.monthlyBookings.used,
          usage.monthlyBookings.limit,
        )}
      </div>
      ${
        free
          ? html`<p class="hint">
              ${msg(
                'The free plan shows a small "Powered by Bookafy" line in the booking widget. ' +
                  'The Pro plan lifts both limits and drops the line; ask your Bookafy ' +
                  'operator to move the account to it.',
                { id: 'settings.upgrade' },
              )}
            </p>`
          : nothing
      }
    </section>`;
  }

  override render() {
    return html`
      <h2>${msg('Plan and users', { id: 'shell.page.settings' })}</h2>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${
        this.usage
          ? this.renderPlan(this.usage)
          : html`<p role="status">${msg('Loading…', { id: 'agenda.loading' })}</p>`
      }
      <bookafy-console-users></bookafy-console-users>
      <bookafy-console-feeds></bookafy-console-feeds>
    `;
  }
}
