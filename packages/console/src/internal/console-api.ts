import { announceSessionEnded, endsSession } from './session-ended.js';

/** Who is signed in, as `GET /v1/console/me` answers. */
export interface Me {
  user: {
    id: string;
    email: string;
    name: string;
    role: 'owner' | 'staff';
    /** The staff member a staff user is; `null` for owners. */
    staffId: string | null;
  };
  account: {
    id: string;
    name: string;
    slug: string;
    timeZone: string;
    plan: 'free' | 'pro';
    /** The newest live publishable key, for the embed snippet; `null` when none is readable. */
    publishableKey: string | null;
  };
}

/** A booking as the admin API lists it; only the fields the console shows. */
export interface AgendaBooking {
  id: string;
  status: 'pending' | 'confirmed' | 'cancelled';
  serviceId: string;
  start: string;
  end: string;
  customer: { name: string; email: string };
}

/** The body of a problem+json answer, as far as the console reads it. */
interface Problem {
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: { path: string; message: string }[];
}

/**
 * A refusal by the API, carrying the problem's `detail` as its message, its stable code, its
 * field errors and the id of the request it answered.
 */
export class ConsoleApiError extends Error {
  readonly status: number;
  /** The problem's `code`, such as `plan_limit_staff`, for texts in the viewer's language. */
  readonly code: string;
  /**
   * The problem's `errors[]` by the dotted path of the field in the request body
   * (`questions.0.label`), in the API's order; the first message wins for a repeated path.
   */
  readonly fieldErrors: ReadonlyMap<string, string>;
  /** The id the API logged the request under (`req_…`), for the owner to quote; unset if none. */
  readonly requestId: string | undefined;
  /** Seconds the API asked to wait before trying again (`Retry-After`); unset if it did not. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    message: string,
    {
      code = 'unknown',
      fieldErrors = new Map(),
      requestId,
      retryAfterSeconds,
    }: {
      code?: string | undefined;
      fieldErrors?: ReadonlyMap<string, string>;
      requestId?: string | undefined;
      retryAfterSeconds?: number | undefined;
    } = {},
  ) {
    super(message);
    this.name = 'ConsoleApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.requestId = requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A call that never reached the API: the browser is offline, or the server did not answer. */
export class ServerUnreachableError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ServerUnreachableError';
  }
}

/** The field errors of a problem by path, keeping the first message of each path. */
function fieldErrorsOf(problem: Problem): Map<string, string> {
  const fieldErrors = new Map<string, string>();
  for (const { path, message } of problem.errors ?? []) {
    if (!fieldErrors.has(path)) fieldErrors.set(path, message);
  }
  return fieldErrors;
}

/**
 * One same-origin call to the API (`path` after `/v1`); the browser adds the session cookie. A
 * problem answer becomes a `ConsoleApiError` with the problem's `detail`, `code`, field errors
 * and request id (a 401 from an admin route also announces that the session ended, see
 * session-ended.ts); a request that gets no answer at all becomes a `ServerUnreachableError`; an
 * answer without a body (204, or 202 from a password reset) gives `undefined`.
 */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ServerUnreachableError(error);
  }
  if (!response.ok) {
    if (endsSession(response.status, path)) announceSessionEnded();
    const problem = (await response.json().catch(() => ({}))) as Problem;
    const retryAfter = Number(response.headers.get('Retry-After') ?? Number.NaN);
    throw new ConsoleApiError(
      response.status,
      problem.detail ?? (response.statusText || `HTTP ${response.status}`),
      {
        code: problem.code,
        fieldErrors: fieldErrorsOf(problem),
        requestId: problem.requestId ?? response.headers.get('X-Request-Id') ?? undefined,
        retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
      },
    );
  }
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** The signed-in user and account, or `undefined` without a live session. */
export async function currentSession(): Promise<Me | undefined> {
  try {
    return await call<Me>('GET', '/console/me');
  } catch (error) {
    if (error instanceof ConsoleApiError && error.status === 401) return undefined;
    throw error;
  }
}

/** Signs in; the answer sets the session cookie. */
export const signIn = (email: string, password: string) =>
  call<Me>('POST', '/console/sign-in', { email, password });

/** Ends the session and clears its cookie. */
export const signOut = () => call<undefined>('POST', '/console/sign-out');

/** The names of the account's services by id. */
export async function serviceNames(): Promise<Map<string, string>> {
  const { data } = await call<{ data: { id: string; name: string }[] }>('GET', '/admin/services');
  return new Map(data.map((service) => [service.id, service.name]));
}

/** What a new business gives to sign up. */
export interface SignUpDetails {
  businessName: string;
  /** The business's IANA zone. */
  timeZone: string;
  name: string;
  email: string;
  password: string;
}

/** Creates a business on the free plan with its owner, and signs the owner in. */
export const signUp = (details: SignUpDetails) => call<Me>('POST', '/console/sign-up', details);
