import type { UtcString } from '@bookafy/sdk';

/** The visitor chose a time; `start` is the slot's UTC instant. */
export class BookafySlotSelectEvent extends Event {
  static readonly eventName = 'bookafy-slot-select';
  readonly detail: { start: UtcString; staffIds: readonly string[] };

  constructor(detail: { start: UtcString; staffIds: readonly string[] }) {
    super(BookafySlotSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-slot-select': BookafySlotSelectEvent;
  }
}
