/** Fired when the owner chooses a day of a staff member's calendar; `detail` is its date. */
export class DayChooseEvent extends CustomEvent<{ date: string }> {
  constructor(date: string) {
    super('bookafy-day-choose', { detail: { date }, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-day-choose': DayChooseEvent;
  }
}
