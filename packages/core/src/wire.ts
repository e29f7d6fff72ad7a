/**
 * Shapes of the HTTP API's bodies as they travel: instants are RFC 3339 UTC strings, durations
 * whole minutes, zones IANA names. The API's schemas are checked against these types, and the
 * SDK returns them.
 */

/** A UTC instant written as RFC 3339 with a `Z` suffix, e.g. `2027-03-14T13:00:00Z`. */
export type UtcString = string;

/** How a widget presents an account; each field is optional and has a built-in default. */
export interface Branding {
  /** A `#rrggbb` colour for buttons and the chosen day. */
  accentColor?: string;
  /** An https URL of the business's logo. */
  logoUrl?: string;
}

/** What an account's plan lets a widget do. */
export interface PlanFeatures {
  /** The widget may hide its Bookafy credit; true on paid plans. */
  removeBranding: boolean;
}

/** The public face of an account, as a widget shows it. */
export interface PublicAccount {
  id: string;
  name: string;
  /** The business's own zone, shown beside the visitor's. */
  timeZone: string;
  plan: 'free' | 'pro';
  branding: Branding;
  features: PlanFeatures;
}

/** A service a visitor can book. */
export interface PublicService {
  id: string;
  name: string;
  description: string;
  durationMinutes: number;
  /** Other lengths the visitor may choose instead, in minutes. */
  alternativeDurationsMinutes: number[];
  /** Visitors one appointment takes; above 1 for group sessions. */
  capacity: number;
  /** How far ahead a visitor may book, in days. */
  horizonDays: number;
  /** Staff members who offer the service. */
  staffIds: string[];
}

/** A staff member as a visitor sees them. */
export interface PublicStaffMember {
  id: string;
  name: string;
  timeZone: string;
}

/** Everything a widget needs before it shows the first step, in one response. */
export interface Bootstrap {
  account: PublicAccount;
  services: PublicService[];
  staff: PublicStaffMember[];
}

/** A bookable start time and the staff members free to take it. */
export interface WireSlot {
  start: UtcString;
  end: UtcString;
  /** Who can take it, the one a booking for "anyone" gets first. */
  staffIds: string[];
  /** Seats still free at this start, summed over the listed staff members. */
  seatsLeft: number;
}

/** The slots of a service over a UTC range. */
export interface SlotList {
  serviceId: string;
  slots: WireSlot[];
}

/** The visitor who books. */
export interface Customer {
  name: string;
  email: string;
  /** The visitor's zone, kept so that later messages state the time as they know it. */
  timeZone: string;
}

/** What a visitor sends to book a slot. */
export interface BookingRequest {
  serviceId: string;
  /** A staff member, or omitted for whoever is free. */
  staffId?: string;
  start: UtcString;
  /** One of the service's durations; the service's default when omitted. */
  durationMinutes?: number;
  /** A hold the visitor placed on this slot, which the booking takes over. */
  holdId?: string;
  customer: Customer;
}

/** A booking as its visitor sees it. */
export interface Booking {
  id: string;
  /** `pending` until the business confirms, for services that require confirmation. */
  status: 'pending' | 'confirmed' | 'cancelled';
  serviceId: string;
  staffId: string;
  start: UtcString;
  end: UtcString;
  /** The staff member's zone, in which the business states the time. */
  timeZone: string;
  customer: Customer;
  /** Raised on every reschedule. */
  sequence: number;
  createdAt: UtcString;
  /**
   * The secret that lets the visitor view, reschedule and cancel this booking. Returned only
   * by the call that creates the booking; keep it.
   */
  manageToken?: string;
}

/** An error response body (RFC 9457 problem details). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  /** A stable, machine-readable reason, e.g. `slot_taken`. */
  code: string;
  detail?: string;
  requestId: string;
  /** Field-level reasons for `invalid_request`. */
  errors?: { path: string; message: string }[];
  /** For `slot_taken`: the free slots nearest the time asked for. */
  alternatives?: WireSlot[];
}
