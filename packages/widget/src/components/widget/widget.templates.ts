import type { Booking, Bootstrap, PublicService, PublicStaffMember } from '@bookafy/sdk';
import { html, nothing } from 'lit';

import type { BookafyServiceSelectEvent } from '../../events/service-select.js';
import type { BookafySlotSelectEvent } from '../../events/slot-select.js';
import type { BookafyStaffSelectEvent } from '../../events/staff-select.js';
import type { LocalSlot } from '../../internal/local-slot.js';
import type { ShownError } from '../../internal/shown-error.js';

/** The failure banner: what went wrong, the request id for support, and a retry. */
export function errorTemplate(error: ShownError | undefined) {
  if (!error) return nothing;
  const { message, requestId, retry } = error;
  return html`<div class="alert" role="alert" part="error">
    ${message} ${requestId ? html`<span class="muted">(reference ${requestId})</span>` : nothing}
    ${retry ? html`<button class="retry" @click=${retry}>Try again</button>` : nothing}
  </div>`;
}

/** The first step when an account offers several services. */
export function servicesTemplate(
  businessName: string,
  services: readonly PublicService[],
  onSelect: (event: BookafyServiceSelectEvent) => void,
) {
  return html`<h2 tabindex="-1">${businessName}: choose a service</h2>
    <bookafy-service-list
      exportparts="service"
      .services=${services}
      @bookafy-service-select=${onSelect}
    ></bookafy-service-list>`;
}

/** The staff choice for a service that several staff members offer. */
export function staffTemplate(
  service: PublicService,
  staff: readonly PublicStaffMember[],
  onSelect: (event: BookafyStaffSelectEvent) => void,
) {
  const offering = staff.filter((member) => service.staffIds.includes(member.id));
  return html`<h2 tabindex="-1">${service.name}: with whom?</h2>
    <bookafy-staff-list
      exportparts="staff"
      .staff=${offering}
      @bookafy-staff-select=${onSelect}
    ></bookafy-staff-list>`;
}

/** Why the visitor is back at the calendar, with the nearest free times to pick from. */
export function noticeTemplate(
  notice: string | undefined,
  alternatives: readonly LocalSlot[],
  times: {
    timeZone: string;
    businessTimeZone: string | undefined;
    locale: string;
    onSelect: (event: BookafySlotSelectEvent) => void;
  },
) {
  if (!notice) return nothing;
  return html`<div class="alert" role="status">
    <p>${notice}</p>
    ${
      alternatives.length
        ? html`<bookafy-time-list
            .slots=${alternatives}
            .timeZone=${times.timeZone}
            .businessTimeZone=${times.businessTimeZone}
            .locale=${times.locale}
            @bookafy-slot-select=${times.onSelect}
          ></bookafy-time-list>`
        : nothing
    }
  </div>`;
}

/** The booked appointment, in the visitor's zone and the business's. */
export function confirmationTemplate(
  booking: Booking | undefined,
  service: PublicService | undefined,
  bootstrap: Bootstrap | undefined,
  visitor: { timeZone: string; locale: string },
) {
  return html`<bookafy-confirmation
    part="confirmation"
    .booking=${booking}
    .serviceName=${service?.name ?? ''}
    .businessName=${bootstrap?.account.name ?? ''}
    .businessTimeZone=${bootstrap?.account.timeZone ?? 'UTC'}
    .timeZone=${visitor.timeZone}
    .locale=${visitor.locale}
  ></bookafy-confirmation>`;
}
