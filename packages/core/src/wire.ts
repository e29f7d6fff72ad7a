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
  /** The account's handle in its hosted booking page's address, `/book/<slug>`. */
  slug: string;
  name: string;
  /** The business's own zone, shown beside the visitor's. */
  timeZone: string;
  plan: 'free' | 'pro';
  branding: Branding;
  features: PlanFeatures;
}

/** The kinds of answer a service's question takes. */
export type QuestionKind = 'text' | 'longText' | 'select' | 'checkbox' | 'phone';

/** A question a service asks the visitor on the details form, besides name and email. */
export interface ServiceQuestion {
  /** Stable key of the answer in a booking's `answers`, e.g. `reason`. */
  id: string;
  label: string;
  kind: QuestionKind;
  required: boolean;
  /** The choices of a `select` question; absent for the other kinds. */
  options?: string[];
}

/** A visitor's answers, by question id: text for most kinds, a boolean for `checkbox`. */
export type Answers = Record<string, string | boolean>;

/**
 * Which zone a widget states times in: the visitor's own, or always the business's (for
 * in-person services, where the visitor travels to the business).
 */
export type TimeZoneDisplay = 'visitor' | 'business';

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
  /** Extra questions of the details form, in order. */
  questions: ServiceQuestion[];
  timeZoneDisplay: TimeZoneDisplay;
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
  /** A phone number as the visitor typed it, in international form where possible. */
  phone?: string;
  /** The visitor's zone, kept so that later messages state the time as they know it. */
  timeZone: string;
}

/**
 * Free-form string pairs the embedding site attaches to a booking (a CRM id, `utm_source`),
 * stored and returned untouched: at most 20 keys of up to 40 characters, values up to 500.
 */
export type Metadata = Record<string, string>;

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
  /** Answers to the service's questions; required questions must be answered. */
  answers?: Answers;
  metadata?: Metadata;
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
  answers: Answers;
  metadata: Metadata;
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

/** What a visitor sends to keep a slot for a few minutes while they fill in the form. */
export interface HoldRequest {
  serviceId: string;
  /** A staff member, or omitted for whoever is free. */
  staffId?: string;
  start: UtcString;
  /** One of the service's durations; the service's default when omitted. */
  durationMinutes?: number;
  /** How long the hold lasts, 1–15 minutes; 5 when omitted. */
  minutes?: number;
}

/** A slot kept for one visitor until `expiresAt`; pass its id as `holdId` when booking. */
export interface Hold {
  id: string;
  serviceId: string;
  staffId: string;
  start: UtcString;
  end: UtcString;
  expiresAt: UtcString;
}

/** Why a booking is cancelled; the reason is optional. */
export interface CancelRequest {
  reason?: string;
}

/** The new start of a booking that moves; its length stays the same. */
export interface RescheduleRequest {
  start: UtcString;
}

/** The Worker's answer to a health check. */
export interface Health {
  status: 'ok';
  database: 'ok';
}

/** An account as its owner manages it. */
export interface Account {
  id: string;
  /** The handle of the hosted booking page, `/book/<slug>`. */
  slug: string;
  name: string;
  timeZone: string;
  /** Changed by the operator only. */
  plan: 'free' | 'pro';
  /** Origins of the pages allowed to call the public API with the publishable key. */
  allowedOrigins: string[];
  branding: Branding;
  /** The business's address: the organizer of the calendar files in booking messages. */
  contactEmail: string | null;
  createdAt: UtcString;
}

/** The account settings an owner may change; omitted fields stay as they are. */
export interface AccountUpdate {
  name?: string;
  /** Lower-case letters, digits and single hyphens, 3 to 40 characters; unique. */
  slug?: string;
  timeZone?: string;
  allowedOrigins?: string[];
  /** `null` removes the contact address. */
  contactEmail?: string | null;
  /** `null` removes a branding field. */
  branding?: { accentColor?: string | null; logoUrl?: string | null };
}

/** An API key as listed; the key itself is never shown again after it is created. */
export interface ApiKey {
  id: string;
  /** `publishable` (`pk_…`) for web pages, `secret` (`sk_…`) for admin calls. */
  kind: 'publishable' | 'secret';
  /** The key's first characters, to recognise it. */
  prefix: string;
  createdAt: UtcString;
  revokedAt: UtcString | null;
}

/** A newly created or rotated API key, with the whole key, shown this once. */
export interface CreatedApiKey extends ApiKey {
  key: string;
}

/** The settings of a service that an owner writes. */
export interface ServiceInput {
  name: string;
  description?: string;
  durationMinutes: number;
  alternativeDurationsMinutes?: number[];
  /** Minutes between slot starts; the chosen duration when `null`. */
  intervalMinutes?: number | null;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  /** How long before its start a slot stops being offered. */
  minimumNoticeMinutes?: number;
  horizonDays?: number;
  /** Visitors one staff member takes at once. */
  capacity?: number;
  /** Appointments per staff member per local day; unlimited when `null`. */
  maxPerDay?: number | null;
  /** Appointments per staff member per ISO week; unlimited when `null`. */
  maxPerWeek?: number | null;
  requiresConfirmation?: boolean;
  position?: number;
  /** The staff members who offer the service. */
  staffIds?: string[];
  /** Up to 20 questions; ids unique within the service. */
  questions?: ServiceQuestion[];
  /** `visitor` by default. */
  timeZoneDisplay?: TimeZoneDisplay;
}

/** A service as its owner manages it, archived ones included. */
export interface Service extends Required<ServiceInput> {
  id: string;
  archivedAt: UtcString | null;
  createdAt: UtcString;
}

/** The settings of a staff member that an owner writes. */
export interface StaffMemberInput {
  name: string;
  /** The zone in which working hours and date overrides are written. */
  timeZone: string;
  position?: number;
  /** Where this staff member's booking messages go; none are sent while it is `null`. */
  email?: string | null;
}

/** A staff member as the owner manages them. */
export interface StaffMember extends Required<StaffMemberInput> {
  id: string;
  archivedAt: UtcString | null;
  createdAt: UtcString;
}

/** Wall-clock minutes after local midnight; an end past 1440 lies on the next day. */
export interface WireLocalInterval {
  startMinute: number;
  endMinute: number;
}

/** One weekly interval of working hours, in the staff member's zone. */
export interface WireWorkingInterval extends WireLocalInterval {
  /** Monday 1 … Sunday 7. */
  weekday: number;
}

/** The hours of one local date that replace the weekly hours; none closes the day. */
export interface WireDateOverride {
  /** A local date, `YYYY-MM-DD`, in the staff member's zone. */
  date: string;
  intervals: WireLocalInterval[];
}

/** What an owner sends to give a staff member time off. */
export interface TimeOffInput {
  start: UtcString;
  end: UtcString;
  reason?: string;
}

/** A staff member's time off over `[start, end)`. */
export interface TimeOff extends Required<TimeOffInput> {
  id: string;
}

/** A whole list, wrapped so that fields can be added beside it later. */
export interface DataList<T> {
  data: T[];
}

/** One page of a list; `nextCursor` fetches the next page and is `null` on the last. */
export interface Page<T> extends DataList<T> {
  nextCursor: string | null;
}

/** One entry of a booking's history. */
export interface BookingEvent {
  id: string;
  type: 'created' | 'confirmed' | 'rescheduled' | 'cancelled';
  actor: 'visitor' | 'admin' | 'system';
  /** What changed, such as the previous start of a reschedule. */
  data: Record<string, unknown>;
  at: UtcString;
}

/** Webhook endpoints, deliveries and the events they carry. */
export type * from './wire-webhooks.js';
