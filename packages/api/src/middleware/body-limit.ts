import { bodyLimit } from 'hono/body-limit';

import { ApiProblem, ProblemCode } from '../problem.js';

/** The largest request body any route takes; a booking with metadata is a few kilobytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Refuses a body over {@link MAX_BODY_BYTES} with 413 `payload_too_large`, from its declared
 * length when it has one and otherwise while it streams in, before a route parses it.
 */
export const bodySizeLimit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiProblem(
      413,
      ProblemCode.payloadTooLarge,
      `Request bodies are limited to ${MAX_BODY_BYTES / 1024} KB.`,
    );
  },
});
