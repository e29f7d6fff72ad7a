import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { ConsoleApiError, ServerUnreachableError } from '../src/internal/console-api.js';
import { refusalText } from '../src/internal/refusal-text.js';

/** Every problem code the API answers with, read from the API's own list. */
function apiProblemCodes(): string[] {
  const source = readFileSync(new URL('../../api/src/problem.ts', import.meta.url), 'utf8');
  const list = /export const ProblemCode = \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return [...list.matchAll(/:\s*'([a-z_]+)'/g)].map((match) => match[1]!);
}

/** Codes that only the visitors' booking calls answer with, never a call of the console. */
const VISITOR_ONLY = [
  'hold_not_found',
  'idempotency_key_reused',
  'idempotency_in_flight',
  'origin_not_allowed',
  'slug_taken',
  'invalid_answers',
  'same_origin_only',
  'plan_limit_bookings',
];

/** Codes whose text carries the API's detail or the request id by design. */
const WITH_DETAIL = ['invalid_request', 'internal_error'];

const DETAIL = 'The API said so.';

const refusal = (status: number, code?: string, requestId?: string, detail = DETAIL) =>
  new ConsoleApiError(status, detail, { code, requestId });

describe('refusalText', () => {
  it('has a sentence of its own for every code a console call can be answered with', () => {
    const codes = apiProblemCodes();
    expect(codes).toEqual(expect.arrayContaining(['slot_taken', ...VISITOR_ONLY, ...WITH_DETAIL]));
    const own = codes.filter((code) => !VISITOR_ONLY.includes(code) && !WITH_DETAIL.includes(code));

    const texts = own.map((code) => refusalText(refusal(409, code, 'req_1')));

    const leaking = own.filter((_, index) => /API said|req_1/.test(texts[index]!));
    expect(leaking, 'codes shown with the API detail').toEqual([]);
    expect(new Set(texts).size, 'codes sharing one sentence').toBe(own.length);
  });

  it('keeps the API detail of invalid_request after a sentence of its own', () => {
    const text = refusalText(refusal(400, 'invalid_request', 'req_2', 'The cursor is not valid.'));

    expect(text).toBe('Not accepted: The cursor is not valid.');
  });

  it('gives the request id of an internal error, for the owner to quote', () => {
    expect(refusalText(refusal(500, 'internal_error', 'req_3'))).toBe(
      'Something went wrong on the server. Try again; if it keeps happening, give your Bookafy ' +
        'operator this request id: req_3.',
    );
    expect(refusalText(refusal(500, 'internal_error'))).toBe(
      'Something went wrong on the server. Try again in a moment.',
    );
  });

  it('treats a server failure without a problem body as trouble on the server', () => {
    const gateway = refusal(502, undefined, 'req_4', 'Bad Gateway');

    expect(refusalText(gateway)).toContain('Something went wrong on the server.');
    expect(refusalText(gateway)).toContain('req_4');
  });

  it('falls back to the API detail and the request id for a code it does not know', () => {
    expect(refusalText(refusal(409, 'some_future_code', 'req_5'))).toBe(
      'The server refused this: The API said so. (request req_5)',
    );
    expect(refusalText(refusal(403, undefined, undefined, 'Forbidden'))).toBe(
      'The server refused this: Forbidden',
    );
  });

  it('says the server could not be reached when the request got no answer', () => {
    const offline = new ServerUnreachableError(new TypeError('Failed to fetch'));

    expect(refusalText(offline)).toBe(
      'Could not reach the server. Check the connection, then try again.',
    );
  });

  it('keeps the message of any other error', () => {
    expect(refusalText(new Error('The widget script could not be loaded.'))).toBe(
      'The widget script could not be loaded.',
    );
    expect(refusalText('plain')).toBe('plain');
  });
});
