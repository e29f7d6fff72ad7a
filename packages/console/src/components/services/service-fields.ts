import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';

import type { ServiceDraft } from '../../internal/services-draft.js';

/** A setting's name as the form labels it, for messages that list refused settings. */
export function serviceFieldLabel(field: keyof ServiceDraft): string {
  switch (field) {
    case 'name':
      return msg('Name', { id: 'services.field.name' });
    case 'description':
      return msg('Description', { id: 'services.field.description' });
    case 'durationMinutes':
      return msg('Duration (minutes)', { id: 'services.field.duration' });
    case 'alternativeDurations':
      return msg('Other durations a visitor may choose (minutes)', {
        id: 'services.field.alternatives',
      });
    case 'intervalMinutes':
      return msg('Start times every (minutes)', { id: 'services.field.interval' });
    case 'bufferBeforeMinutes':
      return msg('Buffer before (minutes)', { id: 'services.field.bufferBefore' });
    case 'bufferAfterMinutes':
      return msg('Buffer after (minutes)', { id: 'services.field.bufferAfter' });
    case 'minimumNoticeMinutes':
      return msg('Minimum notice (minutes)', { id: 'services.field.notice' });
    case 'horizonDays':
      return msg('Bookable up to (days ahead)', { id: 'services.field.horizon' });
    case 'capacity':
      return msg('Seats per appointment', { id: 'services.field.capacity' });
    case 'maxPerDay':
      return msg('At most per staff member and day', { id: 'services.field.maxPerDay' });
    case 'maxPerWeek':
      return msg('At most per staff member and week', { id: 'services.field.maxPerWeek' });
    case 'requiresConfirmation':
      return msg('Bookings wait for my confirmation', { id: 'services.field.confirmation' });
    case 'position':
      return msg('Position in lists', { id: 'services.field.position' });
    case 'timeZoneDisplay':
      return msg('Times shown to visitors', { id: 'services.field.zoneDisplay' });
    case 'staffIds':
      return msg('Staff members who offer it', { id: 'services.field.staff' });
    case 'questions':
      return msg('Booking questions', { id: 'services.field.questions' });
    default:
      // A setting the API names that the form does not show under its own label.
      return String(field);
  }
}

/** A hint under a setting, where its meaning needs one. */
function hintOf(field: keyof ServiceDraft): string {
  switch (field) {
    case 'durationMinutes':
      return msg('5 to 1440.', { id: 'services.hint.duration' });
    case 'alternativeDurations':
      return msg('Separated by commas, such as 45, 90. Empty: only the duration above.', {
        id: 'services.hint.alternatives',
      });
    case 'intervalMinutes':
      return msg('Empty: the length of the chosen duration.', { id: 'services.hint.interval' });
    case 'bufferBeforeMinutes':
    case 'bufferAfterMinutes':
      return msg('Free time kept around each appointment, 0 to 1440.', {
        id: 'services.hint.buffer',
      });
    case 'minimumNoticeMinutes':
      return msg('How long before its start a time stops being offered; 1440 is a day.', {
        id: 'services.hint.notice',
      });
    case 'horizonDays':
      return msg('1 to 730.', { id: 'services.hint.horizon' });
    case 'capacity':
      return msg('Visitors one staff member takes at once, 1 to 1000.', {
        id: 'services.hint.capacity',
      });
    case 'maxPerDay':
    case 'maxPerWeek':
      return msg('Empty: unlimited.', { id: 'services.hint.unlimited' });
    case 'position':
      return msg('Lower numbers come first.', { id: 'services.hint.position' });
    default:
      return '';
  }
}

/** How one text or number setting is drawn and what happens as the owner types. */
export interface FieldOptions {
  field: keyof ServiceDraft;
  value: string;
  problem: string | undefined;
  onInput: (field: keyof ServiceDraft, value: string) => void;
  numeric?: boolean;
  multiline?: boolean;
}

/** A labelled setting with its hint and its problem, tied to the input for screen readers. */
export function renderField(options: FieldOptions) {
  const { field, value, problem, onInput } = options;
  const hint = hintOf(field);
  const input = (event: Event) =>
    onInput(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const described = `${hint ? `hint-${field} ` : ''}error-${field}`;
  return html`<div class="field">
    <label for="field-${field}">${serviceFieldLabel(field)}</label>
    ${
      options.multiline
        ? html`<textarea
            id="field-${field}"
            name=${field}
            rows="3"
            .value=${value}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${described}
            @input=${input}
          ></textarea>`
        : html`<input
            id="field-${field}"
            name=${field}
            inputmode=${options.numeric ? 'numeric' : nothing}
            .value=${value}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${described}
            @input=${input}
          />`
    }
    ${hint ? html`<p class="hint" id="hint-${field}">${hint}</p>` : nothing}
    <p class="error" id="error-${field}">${problem ?? ''}</p>
  </div>`;
}

/** One line of the refusal summary: the setting's label and the API's message. */
export function refusalLine(label: string, message: string): string {
  return msg(str`${label}: ${message}`, { id: 'services.refusalLine' });
}
