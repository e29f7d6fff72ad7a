import type { Problem } from '@bookafy/core';

/** The stable `code` of every problem the API answers with. */
export const ProblemCode = {
  invalidRequest: 'invalid_request',
  unauthorized: 'unauthorized',
  notFound: 'not_found',
  slotTaken: 'slot_taken',
  slotUnavailable: 'slot_unavailable',
  internalError: 'internal_error',
} as const;

export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];

const TITLES: Record<ProblemCode, string> = {
  invalid_request: 'The request is not valid',
  unauthorized: 'A valid API key is required',
  not_found: 'Not found',
  slot_taken: 'That time has just been taken',
  slot_unavailable: 'That time is not offered',
  internal_error: 'Something went wrong on our side',
};

/** An error that the API answers as `application/problem+json`; thrown from handlers. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly extra: Partial<Pick<Problem, 'errors'>>;

  constructor(
    status: number,
    code: ProblemCode,
    detail?: string,
    extra: Partial<Pick<Problem, 'errors'>> = {},
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
