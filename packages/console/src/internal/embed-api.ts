import { call } from './console-api.js';

/** A service as the embed choices need it. */
export interface EmbedService {
  id: string;
  name: string;
  /** The staff members who give it. */
  staffIds: string[];
  archivedAt: string | null;
}

/** A staff member as the embed choices need them. */
export interface EmbedStaff {
  id: string;
  name: string;
  archivedAt: string | null;
}

/** The account settings the embed page reads and changes. */
export interface EmbedAccount {
  slug: string;
  /** The exact origins whose pages may use the publishable keys. */
  allowedOrigins: string[];
}

/** An API key as the admin API lists it: never the key, only its first characters. */
export interface ApiKey {
  id: string;
  kind: 'publishable' | 'secret';
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A key just made or rotated, with the whole key, which no later answer repeats. */
export interface CreatedApiKey extends ApiKey {
  key: string;
}

/** A webhook endpoint, without its signing secret. */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: string[];
  description: string;
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: 'manual' | 'gone' | 'failing' | null;
  createdAt: string;
}

/** An endpoint with its signing secret, as only its creation and rotation answer. */
export interface WebhookEndpointWithSecret extends WebhookEndpoint {
  secret: string;
}

/** One try to deliver an event; `statusCode` is `null` when the endpoint did not answer. */
export interface WebhookAttempt {
  attemptedAt: string;
  statusCode: number | null;
  detail: string;
  durationMs: number;
}

/** One event owed to one endpoint, with its attempts, oldest first. */
export interface WebhookDelivery {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'failed';
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  attempts: WebhookAttempt[];
}

/** A page of an endpoint's deliveries, newest first. */
export interface WebhookDeliveryPage {
  data: WebhookDelivery[];
  nextCursor: string | null;
}

const endpointPath = (id: string) => `/admin/webhook-endpoints/${encodeURIComponent(id)}`;
const keyPath = (id: string) => `/admin/api-keys/${encodeURIComponent(id)}`;

/** The account's services that are not archived. */
export async function listEmbedServices(): Promise<EmbedService[]> {
  const { data } = await call<{ data: EmbedService[] }>('GET', '/admin/services');
  return data.filter((service) => service.archivedAt === null);
}

/** The account's staff members who are not archived. */
export async function listEmbedStaff(): Promise<EmbedStaff[]> {
  const { data } = await call<{ data: EmbedStaff[] }>('GET', '/admin/staff');
  return data.filter((member) => member.archivedAt === null);
}

/** The account's settings. */
export const readAccount = () => call<EmbedAccount>('GET', '/admin/account');

/** Replaces the account's allowed origins; the answer carries them as the API stored them. */
export const saveAllowedOrigins = (allowedOrigins: string[]) =>
  call<EmbedAccount>('PATCH', '/admin/account', { allowedOrigins });

/** The account's keys, live and revoked, newest first. */
export async function listApiKeys(): Promise<ApiKey[]> {
  return (await call<{ data: ApiKey[] }>('GET', '/admin/api-keys')).data;
}

/** Makes a key of `kind`; the answer is the only one that carries the whole key. */
export const createApiKey = (kind: ApiKey['kind']) =>
  call<CreatedApiKey>('POST', '/admin/api-keys', { kind });

/** Replaces a key by a new one of its kind, revoking the old one at once. */
export const rotateApiKey = (id: string) => call<CreatedApiKey>('POST', `${keyPath(id)}/rotate`);

/** Revokes a key; the last live secret key is refused (409 `last_secret_key`). */
export const revokeApiKey = (id: string) => call<undefined>('DELETE', keyPath(id));

/** The account's webhook endpoints, oldest first. */
export async function listWebhookEndpoints(): Promise<WebhookEndpoint[]> {
  return (await call<{ data: WebhookEndpoint[] }>('GET', '/admin/webhook-endpoints')).data;
}

/** Registers an endpoint for `events`; the answer carries its signing secret, once. */
export const createWebhookEndpoint = (input: { url: string; events: string[] }) =>
  call<WebhookEndpointWithSecret>('POST', '/admin/webhook-endpoints', input);

/** Enables or disables an endpoint. */
export const setWebhookEndpointEnabled = (id: string, enabled: boolean) =>
  call<WebhookEndpoint>('PATCH', endpointPath(id), { enabled });

/** Deletes an endpoint; its deliveries stay on record. */
export const deleteWebhookEndpoint = (id: string) => call<undefined>('DELETE', endpointPath(id));

/** Gives an endpoint a new signing secret, which the answer carries once. */
export const rotateWebhookSecret = (id: string) =>
  call<WebhookEndpointWithSecret>('POST', `${endpointPath(id)}/rotate-secret`);

/** One page of an endpoint's deliveries, newest first; `cursor` is a previous `nextCursor`. */
export function listWebhookDeliveries(id: string, cursor?: string): Promise<WebhookDeliveryPage> {
  const query = new URLSearchParams({ limit: '20', ...(cursor ? { cursor } : {}) });
  return call<WebhookDeliveryPage>('GET', `${endpointPath(id)}/deliveries?${query}`);
}

/** Queues `eventId` again for the one endpoint `endpointId`, due at once. */
export async function replayWebhookEvent(
  eventId: string,
  endpointId: string,
): Promise<WebhookDelivery[]> {
  const path = `/admin/events/${encodeURIComponent(eventId)}/replay`;
  return (await call<{ data: WebhookDelivery[] }>('POST', path, { endpointId })).data;
}

/**
 * The Subresource Integrity hash of this server's `/bookafy.js` from its `/integrity.json`, or
 * `undefined` when the server publishes none.
 */
export async function widgetScriptIntegrity(): Promise<string | undefined> {
  try {
    const answer = await fetch('/integrity.json', { credentials: 'omit' });
    if (!answer.ok) return undefined;
    const hashes = (await answer.json()) as Record<string, unknown>;
    const hash = hashes['bookafy.js'];
    return typeof hash === 'string' && hash.startsWith('sha') ? hash : undefined;
  } catch {
    return undefined;
  }
}
