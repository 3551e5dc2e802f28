/** A field a request got wrong, as shown in problem+json `errors[]`. */
export type FieldError = { field: string; message: string };

/** Every kind of failure the API reports; the kind is also the problem `type` (/problems/<kind>). */
export type ProblemKind =
  | 'validation-failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'illegal-transition'
  | 'precondition-required'
  | 'precondition-failed'
  | 'business-rule-violated'
  | 'license-invalid'
  | 'customer-blocked'
  | 'customer-restricted'
  | 'customer-anonymized'
  | 'product-inactive'
  | 'insufficient-stock'
  | 'idempotency-key-reused'
  | 'idempotency-request-in-flight'
  | 'rate-limited'
  | 'login-throttled'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'method-not-allowed'
  | 'service-unavailable'
  | 'internal-error';

/** Base of the typed errors services throw; the global filter renders them as problem+json. */
export class DomainError extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], message = 'The request has invalid fields.') {
    super('validation-failed', message, errors);
  }
}

export class NotFoundError extends DomainError {
  constructor(resource: string) {
    super('not-found', `${resource} was not found.`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, errors?: FieldError[]) {
    super('conflict', message, errors);
  }
}

export class IllegalTransitionError extends DomainError {
  constructor(action: string, status: string) {
    super('illegal-transition', `Cannot ${action} an order that is ${status}.`);
  }
}

export class BusinessRuleError extends DomainError {
  constructor(
    kind:
      | 'license-invalid'
      | 'customer-blocked'
      | 'customer-restricted'
      | 'customer-anonymized'
      | 'product-inactive'
      | 'business-rule-violated',
    message: string,
    errors?: FieldError[],
  ) {
    super(kind, message, errors);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('forbidden', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication is required.') {
    super('unauthenticated', message, undefined, { 'WWW-Authenticate': 'Bearer' });
  }
}

export class PreconditionRequiredError extends DomainError {
  constructor() {
    super(
      'precondition-required',
      'This change needs an If-Match header with the ETag you last read.',
    );
  }
}

export class PreconditionFailedError extends DomainError {
  constructor() {
    super(
      'precondition-failed',
      'The resource changed since you read it; fetch it again and retry.',
    );
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(
    kind: 'rate-limited' | 'login-throttled',
    message: string,
    retryAfterSeconds: number,
  ) {
    super(kind, message, undefined, {
      'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
    });
  }
}
