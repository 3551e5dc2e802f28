import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, type FieldError, type ProblemKind } from './domain-errors';
import { problemEntry, problemType } from './problem-catalog';

/** What the filter sends; `internal` marks a bug that must be logged with its stack. */
export type Problem = {
  status: number;
  body: { type: string; title: string; status: number; detail: string; errors?: FieldError[] };
  headers: Record<string, string>;
  internal: boolean;
};

function problem(
  kind: ProblemKind,
  detail: string,
  errors?: FieldError[],
  headers: Record<string, string> = {},
): Problem {
  const { status, title } = problemEntry(kind);
  const body = {
    type: problemType(kind),
    title,
    status,
    detail,
    ...(errors?.length ? { errors } : {}),
  };
  return { status, body, headers, internal: kind === 'internal-error' };
}

const KIND_BY_STATUS: Record<number, ProblemKind> = {
  400: 'validation-failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'business-rule-violated',
  428: 'precondition-required',
  429: 'rate-limited',
  503: 'service-unavailable',
};

type CodedError = Error & { code?: string };

/** Maps anything thrown while serving a request to problem details. Unknown errors become a bare 500. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError)
    return problem(error.kind, error.message, error.errors, error.headers);
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const kind = KIND_BY_STATUS[status];
    // Nest re-throws Fastify's body-parser errors as plain HttpExceptions carrying their message.
    if (
      status === 400 &&
      /valid JSON|content-type is set to 'application\/json'/.test(error.message)
    ) {
      return problem('validation-failed', 'The request body is not valid JSON.', [
        { field: 'body', message: 'must be valid JSON' },
      ]);
    }
    if (kind) return problem(kind, httpExceptionDetail(error, status));
    return problem('internal-error', 'An unexpected error occurred.');
  }
  if (error instanceof QueryFailedError)
    return fromDatabaseError(error as QueryFailedError & { code?: string });
  if (isConnectionError(error as CodedError)) {
    return problem(
      'service-unavailable',
      'The database is unavailable; try again shortly.',
      undefined,
      { 'Retry-After': '5' },
    );
  }
  return problem('internal-error', 'An unexpected error occurred.');
}

function httpExceptionDetail(error: HttpException, status: number): string {
  if (status === 404) return 'No resource exists at this path.';
  const response = error.getResponse();
  if (typeof response === 'object' && response && 'message' in response) {
    const message = (response as { message: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message);
  }
  return error.message;
}

function fromDatabaseError(
  error: QueryFailedError & { code?: string; constraint?: string },
): Problem {
  switch (error.code) {
    case '23505':
      return problem('conflict', 'A record with the same unique value already exists.');
    case '40001':
    case '40P01':
      return problem('conflict', 'A concurrent change got in the way; retry the request.');
    case '57014':
      return problem('service-unavailable', 'The database took too long to answer.', undefined, {
        'Retry-After': '5',
      });
    default:
      return problem('internal-error', 'An unexpected error occurred.');
  }
}

function isConnectionError(error: CodedError | undefined): boolean {
  const code = error?.code ?? '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', '08006', '08001'].includes(code) ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(error?.message ?? '')
  );
}
