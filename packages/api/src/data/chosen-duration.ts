import { offeredDurations } from '@bookafy/core';

import type { Service } from '../db/schema/index.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { serviceRules } from './load-availability.js';

/** The duration a visitor asked for, refused with `invalid_request` when the service lacks it. */
export function chosenDuration(service: Service, requested: number | undefined): number {
  const offered = offeredDurations(serviceRules(service));
  if (requested === undefined) return service.durationMinutes;
  if (offered.includes(requested)) return requested;
  throw new ApiProblem(400, ProblemCode.invalidRequest, 'That duration is not offered.', {
    errors: [
      { path: 'durationMinutes', message: `Expected one of ${offered.join(', ')} minutes.` },
    ],
  });
}
