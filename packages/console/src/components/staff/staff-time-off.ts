import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import { refusalText } from '../../internal/refusal-text.js';
import { deleteTimeOff, listTimeOff, type TimeOff } from '../../internal/staff-api.js';
import { pageStyles } from '../../styles/page.styles.js';
import { ScheduleChangeEvent } from './schedule-change-event.js';

/**
 * @summary A staff member's time off from now on, in their zone, earliest first, each with a
 * button that deletes it.
 *
 * @event bookafy-schedule-change - Some time off was deleted; `detail` says which.
 */
@localized()
export class BookafyConsoleStaffTimeOff extends LitElement {
  static override styles = pageStyles;

  /** The staff member whose time off this is. */
  @property({ attribute: 'staff-id' }) staffId = '';

  /** The staff member's IANA zone, in which the times are shown. */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';

  /** The instant from which time off counts as upcoming (epoch milliseconds). */
  @property({ type: Number }) now = Date.now();

  @state() private timeOff: TimeOff[] = [];
  @state() private loaded = false;
  @state() private alert = '';

  override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('staffId') || changed.has('now')) && this.staffId) void this.load();
  }

  /** Reads the upcoming time off again. */
  async load(): Promise<void> {
    try {
      this.timeOff = await listTimeOff(this.staffId, this.now);
      this.alert = '';
    } catch (error) {
      this.alert = refusalText(error);
    } finally {
      this.loaded = true;
    }
  }

  private async handleDelete(off: TimeOff, range: string, index: number) {
    try {
      await deleteTimeOff(this.staffId, off.id);
      await this.load();
      this.dispatchEvent(
        new ScheduleChangeEvent(
          msg(str`Time off ${range} is deleted.`, { id: 'staff.offDeleted' }),
        ),
      );
      await this.updateComplete;
      // Focus stays in the list: on the next entry's button, else the previous one's.
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('li button');
      buttons[Math.min(index, buttons.length - 1)]?.focus();
    } catch (error) {
      this.alert = refusalText(error);
    }
  }

  override render() {
    const format = new Intl.DateTimeFormat(currentLocale(), {
      timeZone: this.timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return html`
      <h5>${msg('Upcoming time off', { id: 'staff.upcomingOff' })}</h5>
      <p role="alert">${this.alert}</p>
      ${
        this.loaded && this.timeOff.length === 0
          ? html`<p>${msg('No time off ahead.', { id: 'staff.noOff' })}</p>`
          : nothing
      }
      <ul>
        ${this.timeOff.map((off, index) => {
          const range = format.formatRange(Date.parse(off.start), Date.parse(off.end));
          return html`<li data-time-off-id=${off.id}>
            <span class="range">${range}</span>
            ${off.reason ? html`<span class="reason">· ${off.reason}</span>` : nothing}
            <button
              type="button"
              class="danger"
              aria-label=${msg(str`Delete time off ${range}`, { id: 'staff.offDeleteLabel' })}
              @click=${() => this.handleDelete(off, range, index)}
            >
              ${msg('Delete', { id: 'staff.delete' })}
            </button>
          </li>`;
        })}
      </ul>
    `;
  }
}
