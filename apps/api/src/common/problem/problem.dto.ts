/** One field a request got wrong. */
export class FieldErrorDto {
  /** Path of the field, e.g. `email`, `roles[1]`, `address.city`. */
  field: string;
  message: string;
}

/** RFC 9457 problem details, the body of every error response. */
export class ProblemDto {
  /** Stable relative URI per error kind, e.g. `/problems/validation-failed`. */
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request path that failed. */
  instance?: string;
  /** The request id, also sent as X-Request-Id. */
  requestId?: string;
  errors?: FieldErrorDto[];
}
