import type { ProblemKind } from './domain-errors';

type ProblemEntry = { status: number; title: string };

function assertUnreachable(value: never): never {
  throw new Error(`Unmapped problem kind: ${String(value)}`);
}

/** Status and title of each problem kind; a new kind without an entry is a compile error. */
export function problemEntry(kind: ProblemKind): ProblemEntry {
  switch (kind) {
    case 'validation-failed':
      return { status: 400, title: 'Invalid request' };
    case 'unauthenticated':
      return { status: 401, title: 'Authentication required' };
    case 'forbidden':
      return { status: 403, title: 'Forbidden' };
    case 'not-found':
      return { status: 404, title: 'Not found' };
    case 'method-not-allowed':
      return { status: 405, title: 'Method not allowed' };
    case 'conflict':
      return { status: 409, title: 'Conflict' };
    case 'illegal-transition':
      return { status: 409, title: 'Illegal status transition' };
    case 'idempotency-request-in-flight':
      return { status: 409, title: 'A request with this Idempotency-Key is still in progress' };
    case 'insufficient-stock':
      return { status: 409, title: 'Not enough stock' };
    case 'precondition-failed':
      return { status: 412, title: 'Precondition failed' };
    case 'payload-too-large':
      return { status: 413, title: 'Payload too large' };
    case 'unsupported-media-type':
      return { status: 415, title: 'Unsupported media type' };
    case 'business-rule-violated':
      return { status: 422, title: 'Business rule violated' };
    case 'license-invalid':
      return { status: 422, title: 'The customer has no valid licence for this product' };
    case 'customer-blocked':
      return { status: 422, title: 'The customer is blocked' };
    case 'customer-restricted':
      return { status: 422, title: 'The customer is restricted' };
    case 'customer-anonymized':
      return { status: 422, title: 'The customer was anonymised' };
    case 'product-inactive':
      return { status: 422, title: 'The product is not sold any more' };
    case 'idempotency-key-reused':
      return { status: 422, title: 'Idempotency-Key reused with a different request' };
    case 'precondition-required':
      return { status: 428, title: 'Precondition required' };
    case 'rate-limited':
      return { status: 429, title: 'Too many requests' };
    case 'login-throttled':
      return { status: 429, title: 'Too many failed logins' };
    case 'internal-error':
      return { status: 500, title: 'Internal server error' };
    case 'service-unavailable':
      return { status: 503, title: 'Service unavailable' };
    default:
      return assertUnreachable(kind);
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(kind: ProblemKind): string {
  return `/problems/${kind}`;
}
