/** The visitor chose a staff member, or `null` for whoever is free. */
export class BookafyStaffSelectEvent extends Event {
  static readonly eventName = 'bookafy-staff-select';
  readonly detail: { staffId: string | null };

  constructor(detail: { staffId: string | null }) {
    super(BookafyStaffSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-staff-select': BookafyStaffSelectEvent;
  }
}
