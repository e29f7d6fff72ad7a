import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import { refusalText } from '../../internal/refusal-text.js';
import {
  calendarFeed,
  createCalendarFeed,
  listStaff,
  revokeCalendarFeed,
  type CalendarFeed,
  type StaffMember,
} from '../../internal/settings-api.js';
import { pageStyles } from '../../styles/page.styles.js';
import type { BookafyConsoleConfirmDialog } from '../embed/confirm-dialog.js';

/**
 * @summary Each staff member's secret calendar feed: an iCalendar URL that Google Calendar or
 * Apple Calendar subscribes to, shown once when created, replaced at any time or revoked after
 * a confirmation.
 */
@localized()
export class BookafyConsoleFeeds extends LitElement {
  static override styles = pageStyles;

  @query('bookafy-console-confirm-dialog') private confirm!: BookafyConsoleConfirmDialog;

  @state() private staff: StaffMember[] = [];
  @state() private feeds = new Map<string, CalendarFeed | undefined>();
  /** The URL just created, which no later answer repeats. */
  @state() private created?: { staffId: string; url: string };
  @state() private status = '';
  @state() private error = '';

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.staff = await listStaff();
      const feeds = await Promise.all(this.staff.map((member) => calendarFeed(member.id)));
      this.feeds = new Map(this.staff.map((member, index) => [member.id, feeds[index]]));
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private async handleCreate(member: StaffMember) {
    this.error = '';
    try {
      const feed = await createCalendarFeed(member.id);
      this.created = { staffId: member.id, url: feed.url };
      this.status = msg(str`New calendar link for ${member.name}; the old one stops working.`, {
        id: 'feeds.created',
      });
      await this.load();
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private async handleRevoke(member: StaffMember) {
    const question = msg(
      str`Revoke the calendar link of ${member.name}? Calendars subscribed to it stop updating at once.`,
      { id: 'feeds.revokeQuestion' },
    );
    if (!(await this.confirm.ask(question, msg('Revoke', { id: 'feeds.revoke' })))) return;
    this.error = '';
    try {
      await revokeCalendarFeed(member.id);
      if (this.created?.staffId === member.id) this.created = undefined;
      await this.load();
      // The revoke button is gone with the feed, so focus moves to the row's create button,
      // and only then is the change announced, so that the move does not cut it off.
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLButtonElement>(`tr[data-staff-id="${member.id}"] td:last-child button`)
        ?.focus();
      this.status = msg(str`The calendar link of ${member.name} no longer works.`, {
        id: 'feeds.revoked',
      });
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  private async handleCopy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      this.status = msg('Copied.', { id: 'feeds.copied' });
    } catch {
      this.renderRoot.querySelector<HTMLInputElement>('#feed-url')?.select();
      this.status = msg('Selected; copy it with your keyboard.', { id: 'feeds.selected' });
    }
  }

  private renderMember(member: StaffMember) {
    const feed = this.feeds.get(member.id);
    const since = feed
      ? new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(
          Date.parse(feed.createdAt),
        )
      : '';
    const feedText = feed
      ? msg(str`Live since ${since}`, { id: 'feeds.live' })
      : msg('None', { id: 'feeds.none' });
    const createText = feed
      ? msg('New link', { id: 'feeds.replace' })
      : msg('Create link', { id: 'feeds.create' });
    const created = this.created?.staffId === member.id ? this.created.url : undefined;
    return html`<tr data-staff-id=${member.id}>
      <th scope="row">${member.name}</th>
      <td>
        ${feedText}
        ${
          created
            ? html`<p>
                <label for="feed-url">${msg('Feed URL, shown once', { id: 'feeds.url' })}</label>
                <input id="feed-url" readonly .value=${created} size="48" />
                <button type="button" @click=${() => this.handleCopy(created)}>
                  ${msg('Copy', { id: 'feeds.copy' })}
                </button>
              </p>`
            : nothing
        }
      </td>
      <td>
        <button
          type="button"
          aria-label=${
            feed
              ? msg(str`New link for ${member.name}`, { id: 'feeds.replaceLabel' })
              : msg(str`Create link for ${member.name}`, { id: 'feeds.createLabel' })
          }
          @click=${() => this.handleCreate(member)}
        >
          ${createText}
        </button>
        ${
          feed
            ? html`<button
                class="danger"
                type="button"
                aria-label=${msg(str`Revoke the calendar link of ${member.name}`, {
                  id: 'feeds.revokeLabel',
                })}
                @click=${() => this.handleRevoke(member)}
              >
                ${msg('Revoke', { id: 'feeds.revoke' })}
              </button>`
            : nothing
        }
      </td>
    </tr>`;
  }

  override render() {
    return html`<section class="card" aria-labelledby="feeds-title">
      <h3 id="feeds-title">${msg('Calendar feeds', { id: 'feeds.title' })}</h3>
      <p class="hint">
        ${msg(
          'A secret link to a staff member\'s bookings that Google Calendar ("From URL") or ' +
            'Apple Calendar ("New Calendar Subscription") keeps up to date. Anyone with the ' +
            'link sees the bookings: revoke it if it leaks.',
          { id: 'feeds.hint' },
        )}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Staff member', { id: 'settings.staffMember' })}</th>
            <th scope="col">${msg('Feed', { id: 'feeds.feed' })}</th>
            <th scope="col">
              <span class="visually-hidden">${msg('Actions', { id: 'settings.actions' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          ${this.staff.map((member) => this.renderMember(member))}
        </tbody>
      </table>
      <p role="status">${this.status}</p>
      <p role="alert">${this.error}</p>
      <bookafy-console-confirm-dialog></bookafy-console-confirm-dialog>
    </section>`;
  }
}
