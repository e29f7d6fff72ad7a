/** The visitor chose a time zone; `timeZone` is its IANA name, e.g. `Asia/Kathmandu`. */
export class BookafyZoneChangeEvent extends Event {
  static readonly eventName = 'bookafy-zone-change';
  readonly detail: { timeZone: string };

  constructor(detail: { timeZone: string }) {
    super(BookafyZoneChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-zone-change': BookafyZoneChangeEvent;
  }
}
