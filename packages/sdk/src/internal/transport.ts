import type { Problem } from '@bookafy/core/client';

import { HttpError } from '../errors/http-error.js';
import { NetworkError } from '../errors/network-error.js';
import { SlotTakenError } from '../errors/slot-taken-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { resolveRoute, type HttpMethod, type Route } from './route.js';

/** How a client reaches the API, whoever it calls as; shared by the public and admin client. */
export interface ConnectionOptions {
  baseUrl: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch | undefined;
  /** @default 15000 */
  timeoutMs?: number | undefined;
  /**
   * Retries of a GET, a PUT or a POST with an idempotency key after a network error, a
   * timeout, 429, 5xx or 409 `idempotency_in_flight`. @default 2
   */
  maxRetries?: number | undefined;
}

/**
 * Who a client calls as: an API key, sent as `Authorization: Bearer …` or, for a publishable
 * key, as the `key` query parameter; or an account slug, sent as the `account` query parameter,
 * which the API accepts only from its own pages.
 */
export type Credential = { apiKey: string; account?: never } | { account: string; apiKey?: never };

/** How a client reaches the API and who it calls as. */
export type TransportOptions = ConnectionOptions & Credential;

/** One call to the API. */
export interface CallOptions {
  method: HttpMethod;
  /** Path below `/v1`, with parameters already encoded. */
  path: string;
  query?: Record<string, string | undefined> | undefined;
  headers?: Record<string, string> | undefined;
  body?: unknown;
  /**
   * Sent as `Idempotency-Key`; it makes a POST safe to retry, and every retry of the call
   * sends the same key, so the API answers them all with the first outcome.
   */
  idempotencyKey?: string | undefined;
  /** `text` returns the body as a string, such as an iCalendar file. @default 'json' */
  responseType?: 'json' | 'text' | undefined;
  signal?: AbortSignal | undefined;
}

/** A call named by its route, such as `GET /bookings/{bookingId}`, and the route's parameters. */
export interface RouteCallOptions extends Omit<CallOptions, 'method' | 'path'> {
  params?: Record<string, string>;
}

/** Methods whose repetition changes nothing beyond the first request. */
const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'PUT']);

const BOOKMARK_HEADER = 'Bookafy-Bookmark';

/**
 * Sends requests, keeps the D1 bookmark of the latest response so that reads always see the
 * client's own writes, retries what is safe to retry, and turns failures into typed errors.
 */
export class Transport {
  #bookmark: string | undefined;
  readonly #options: TransportOptions;
  readonly #fetch: typeof fetch;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** Calls `route` with its path parameters encoded; see {@link Transport.call}. */
  request<T>(route: Route, options: RouteCallOptions = {}): Promise<T> {
    const { params, ...rest } = options;
    return this.call<T>({ ...resolveRoute(route, params), ...rest });
  }

  async call<T>(call: CallOptions): Promise<T> {
    const isRetryable =
      IDEMPOTENT_METHODS.has(call.method) ||
      (call.method === 'POST' && call.idempotencyKey !== undefined);
    const maxRetries = isRetryable ? (this.#options.maxRetries ?? 2) : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#send<T>(call);
      } catch (error) {
        const delayMs = retryDelayMs(error, attempt);
        if (attempt >= maxRetries || delayMs === undefined || call.signal?.aborted) throw error;
        await sleep(delayMs, call.signal);
      }
    }
  }

  async #send<T>(call: CallOptions): Promise<T> {
    const { method, path } = call;
    const isGet = method === 'GET';
    const url = new URL(`v1${path}`, this.#options.baseUrl.replace(/\/?$/, '/'));
    for (const [name, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
    // A publishable key always travels in the URL: a cross-origin preflight carries no
    // headers, and the API grants CORS by the key's account. Public GETs put the bookmark in
    // the URL too, so they need no preflight at all; writes keep their URLs stable so that
    // the browser can reuse a cached preflight.
    const isText = call.responseType === 'text';
    const headers = new Headers(call.headers);
    headers.set('Accept', isText ? 'text/*' : 'application/json');
    if (call.idempotencyKey !== undefined) headers.set('Idempotency-Key', call.idempotencyKey);
    const { apiKey, account } = this.#options;
    const isPublic = apiKey === undefined || apiKey.startsWith('pk_');
    if (apiKey === undefined) url.searchParams.set('account', account);
    else if (isPublic) url.searchParams.set('key', apiKey);
    else headers.set('Authorization', `Bearer ${apiKey}`);
    if (this.#bookmark && isGet && isPublic) url.searchParams.set('bookmark', this.#bookmark);
    else if (this.#bookmark) headers.set(BOOKMARK_HEADER, this.#bookmark);
    if (call.body !== undefined) headers.set('Content-Type', 'application/json');

    const timeoutMs = this.#options.timeoutMs ?? 15_000;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;

    let response: Response;
    try {
      response = await this.#fetch(url, {
        method,
        headers,
        signal,
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      });
    } catch (error) {
      if (timeout.aborted && !call.signal?.aborted) throw new TimeoutError(method, path, timeoutMs);
      if (call.signal?.aborted) throw call.signal.reason;
      throw new NetworkError(method, path, error);
    }

    const bookmark = response.headers.get(BOOKMARK_HEADER);
    if (bookmark) this.#bookmark = bookmark;
    if (!response.ok) throw await toHttpError(method, path, response);
    if (isText) return (await response.text()) as T;
    // 204 No Content, such as an archive or a revoke, resolves to `undefined`.
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
}

async function toHttpError(method: string, path: string, response: Response): Promise<HttpError> {
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  let problem: Problem | undefined;
  if (response.headers.get('Content-Type')?.includes('json')) {
    problem = (await response.json().catch(() => undefined)) as Problem | undefined;
  }
  const retryAfter = Number(response.headers.get('Retry-After') ?? Number.NaN);
  const headers = {
    requestId,
    retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
  };
  const ErrorClass =
    problem?.code === 'slot_taken'
      ? SlotTakenError
      : problem?.code === 'invalid_request' || problem?.code === 'invalid_answers'
        ? ValidationError
        : HttpError;
  return new ErrorClass(method, path, response.status, problem, headers);
}

/** How long to wait before retrying after `error`, or `undefined` when it must not be retried. */
function retryDelayMs(error: unknown, attempt: number): number | undefined {
  const isRetryable =
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    (error instanceof HttpError &&
      (error.status === 429 || error.status >= 500 || error.code === 'idempotency_in_flight'));
  if (!isRetryable) return undefined;

  const serverDelay = error instanceof HttpError ? error.retryAfterSeconds : undefined;
  if (serverDelay !== undefined) return Math.min(serverDelay, 60) * 1000;
  // Full jitter over an exponential ceiling: 0–300 ms, then 0–600 ms, …
  return Math.random() * 300 * 2 ** attempt;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
