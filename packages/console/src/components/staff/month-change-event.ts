/** Fired when the owner moves a staff member's calendar to another month (`YYYY-MM`). */
export class MonthChangeEvent extends CustomEvent<{ month: string }> {
  constructor(month: string) {
    super('bookafy-month-change', { detail: { month }, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-month-change': MonthChangeEvent;
  }
}
