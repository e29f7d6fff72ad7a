import type { Problem } from '@bookafy/core';

/** The stable `code` of every problem the API answers with. */
export const ProblemCode = {
  invalidRequest: 'invalid_request',
  unauthorized: 'unauthorized',
  notFound: 'not_found',
  slotTaken: 'slot_taken',
  slotUnavailable: 'slot_unavailable',
  holdNotFound: 'hold_not_found',
  bookingNotChangeable: 'booking_not_changeable',
  idempotencyKeyReused: 'idempotency_key_reused',
  idempotencyInFlight: 'idempotency_in_flight',
  internalError: 'internal_error',
  rateLimited: 'rate_limited',
  payloadTooLarge: 'payload_too_large',
  lastSecretKey: 'last_secret_key',
  originNotAllowed: 'origin_not_allowed',
  slugTaken: 'slug_taken',
  invalidAnswers: 'invalid_answers',
  sameOriginOnly: 'same_origin_only',
  feedNotFound: 'feed_not_found',
  emailTaken: 'email_taken',
  ownerOnly: 'owner_only',
  ownerRequired: 'owner_required',
  staffScope: 'staff_scope',
  staffHasUser: 'staff_has_user',
  planLimitStaff: 'plan_limit_staff',
  planLimitBookings: 'plan_limit_bookings',
  invalidCredentials: 'invalid_credentials',
  crossSite: 'cross_site',
  mailUnavailable: 'mail_unavailable',
} as const;

export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];

const TITLES: Record<ProblemCode, string> = {
  invalid_request: 'The request is not valid',
  unauthorized: 'A valid API key or console session is required',
  not_found: 'Not found',
  slot_taken: 'That time has just been taken',
  slot_unavailable: 'That time is not offered',
  hold_not_found: 'The hold has expired or does not exist',
  booking_not_changeable: 'The booking can no longer be changed',
  idempotency_key_reused: 'The Idempotency-Key was used for another request',
  idempotency_in_flight: 'A request with this Idempotency-Key is still being handled',
  internal_error: 'Something went wrong on our side',
  rate_limited: 'Too many requests; try again later',
  payload_too_large: 'The request body is too large',
  last_secret_key: 'The last secret key cannot be revoked',
  origin_not_allowed: 'This origin may not use this key',
  slug_taken: 'Another account has this slug',
  invalid_answers: "The answers do not fit the service's questions",
  same_origin_only: 'The account parameter is for the booking pages of this API only',
  feed_not_found: 'No live calendar feed here',
  email_taken: 'A console login already has this email',
  owner_only: 'Only an owner of the account may do this',
  owner_required: 'Owners cannot be removed here',
  staff_scope: 'Staff members see their own bookings only',
  staff_has_user: 'This staff member already has a console login',
  plan_limit_staff: "The account's plan allows no more staff members",
  plan_limit_bookings: "The account's plan allows no more bookings this month",
  invalid_credentials: 'The email or the password is not right',
  cross_site: 'Console sessions are accepted from this site only',
  mail_unavailable: 'The message could not be sent; try again later',
};

/** An error that the API answers as `application/problem+json`; thrown from handlers. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly extra: Partial<Pick<Problem, 'errors' | 'alternatives'>>;

  constructor(
    status: number,
    code: ProblemCode,
    detail?: string,
    extra: Partial<Pick<Problem, 'errors' | 'alternatives'>> = {},
  ) {
    super(detail ?? TITLES[code]);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = code;
    this.extra = extra;
  }

  /** The RFC 9457 body of this problem for the request `requestId`. */
  toBody(requestId: string): Problem {
    return {
      type: `urn:bookafy:problem:${this.code}`,
      title: TITLES[this.code],
      status: this.status,
      code: this.code,
      detail: this.message,
      requestId,
      ...this.extra,
    };
  }
}

/** The response for a problem, with the problem+json media type. */
export function problemResponse(problem: ApiProblem, requestId: string): Response {
  return new Response(JSON.stringify(problem.toBody(requestId)), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': requestId },
  });
}
