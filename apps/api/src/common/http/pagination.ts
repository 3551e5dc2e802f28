import { ValidationFailedError } from '../problem/domain-errors';

/** A keyset position: the sort value and the id of the last row a page returned. */
export type Keyset = { sort: string; id: string };

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.sort, keyset.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((part) => typeof part === 'string')
    ) {
      return { sort: value[0], id: value[1] };
    }
  } catch {
    // fall through to the field error below
  }
  throw new ValidationFailedError([
    { field: 'cursor', message: 'is not a cursor this API issued' },
  ]);
}

/** Takes `limit + 1` rows and turns them into a page with the next cursor, if any. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keysetOf: (row: Row) => Keyset,
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const nextCursor =
    rows.length > limit ? encodeCursor(keysetOf(pageRows[pageRows.length - 1])) : null;
  return { items: pageRows.map(toItem), nextCursor };
}
