import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ProblemDto } from '../problem/problem.dto';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON, unknown fields, wrong types or formats; `errors[]` names each field.',
  401: 'No, expired or invalid credentials.',
  403: 'Authenticated but not allowed.',
  404: 'Not found, or outside your scope.',
  409: 'Conflicts with the current state (duplicate value, illegal transition, request in flight).',
  412: 'The If-Match ETag is stale: the resource changed since you read it.',
  415: 'Unsupported Content-Type.',
  422: 'Well-formed but breaks a business rule (or an Idempotency-Key reused with another body).',
  428: 'If-Match is required.',
  429: 'Rate limited; see Retry-After.',
  503: 'A dependency (the database) is unavailable.',
};

/** Documents error statuses with the problem+json schema. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } },
        },
      }),
    ),
  );
}

export { ProblemDto };
