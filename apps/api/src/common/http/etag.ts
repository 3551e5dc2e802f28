import { PreconditionFailedError, PreconditionRequiredError } from '../problem/domain-errors';

/** The ETag of a versioned resource: its optimistic-locking version, quoted. */
export function etagFor(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header asks for. Missing → 428; unparseable → 412, because it cannot
 * match the current representation.
 */
export function versionFromIfMatch(header: string | string[] | undefined): number {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || !value.trim()) throw new PreconditionRequiredError();
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(value.trim());
  if (!match) throw new PreconditionFailedError();
  return Number(match[1]);
}
