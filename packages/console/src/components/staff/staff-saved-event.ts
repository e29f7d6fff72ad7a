import type { StaffMember } from '../../internal/staff-api.js';

/** Fired when the API accepted a staff member's details; `detail` is the saved member. */
export class StaffSavedEvent extends CustomEvent<StaffMember> {
  constructor(member: StaffMember) {
    super('bookafy-staff-saved', { detail: member, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-staff-saved': StaffSavedEvent;
  }
}
