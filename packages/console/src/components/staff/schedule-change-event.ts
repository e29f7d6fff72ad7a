/** Fired when a date override or time off was saved or removed; `detail` says what, for people. */
export class ScheduleChangeEvent extends CustomEvent<{ message: string }> {
  constructor(message: string) {
    super('bookafy-schedule-change', { detail: { message }, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-schedule-change': ScheduleChangeEvent;
  }
}
