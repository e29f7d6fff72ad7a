import { call } from './console-api.js';

/** The kinds of booking question a service may ask. */
export const QUESTION_KINDS = ['text', 'longText', 'select', 'checkbox', 'phone'] as const;

/** One kind of booking question. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A question of a service's booking form; only `select` questions carry `options`. */
export interface ServiceQuestion {
  /** The key of the answer in a booking's `answers`. */
  id: string;
  label: string;
  kind: QuestionKind;
  required: boolean;
  options?: string[];
}

/** Every setting of a service that the admin API accepts. */
export interface ServiceSettings {
  name: string;
  description: string;
  durationMinutes: number;
  alternativeDurationsMinutes: number[];
  /** Minutes between slot starts; the chosen duration when `null`. */
  intervalMinutes: number | null;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  horizonDays: number;
  capacity: number;
  /** Appointments per staff member per local day; unlimited when `null`. */
  maxPerDay: number | null;
  /** Appointments per staff member per ISO week; unlimited when `null`. */
  maxPerWeek: number | null;
  requiresConfirmation: boolean;
  position: number;
  staffIds: string[];
  questions: ServiceQuestion[];
  timeZoneDisplay: 'visitor' | 'business';
}

/** A service as the admin API answers it. */
export interface Service extends ServiceSettings {
  id: string;
  archivedAt: string | null;
  createdAt: string;
}

/** The account's services by position, archived ones too when asked. */
export async function listServices(includeArchived = false): Promise<Service[]> {
  const query = includeArchived ? '?includeArchived=true' : '';
  return (await call<{ data: Service[] }>('GET', `/admin/services${query}`)).data;
}

/** Creates a service; a refusal carries the field errors. */
export const createService = (settings: ServiceSettings) =>
  call<Service>('POST', '/admin/services', settings);

/** Changes a service's settings; a refusal carries the field errors. */
export const updateService = (id: string, settings: Partial<ServiceSettings>) =>
  call<Service>('PATCH', `/admin/services/${encodeURIComponent(id)}`, settings);

/** Archives a service: it keeps its bookings and is no longer offered to visitors. */
export const archiveService = (id: string) =>
  call<undefined>('DELETE', `/admin/services/${encodeURIComponent(id)}`);

/** Restores an archived service, which visitors can book again; the answer is the service. */
export const restoreService = (id: string) =>
  call<Service>('POST', `/admin/services/${encodeURIComponent(id)}/restore`);
