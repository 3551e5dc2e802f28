export type Countdown =
  | { kind: 'closed' }
  | { kind: 'left'; hours: number; minutes: number }
  | { kind: 'overdue'; hours: number };

const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * Time to the 72-hour due moment of an open request: whole hours left (rounded down, so "41 h"
 * never overstates), minutes in the last hour, or whole hours past due (rounded up: one minute
 * late is already late).
 */
export const countdown = (
  request: { dueAt: string; status: string; overdue?: boolean },
  now: number,
): Countdown => {
  if (request.status === 'completed' || request.status === 'rejected') return { kind: 'closed' };
  const remaining = new Date(request.dueAt).getTime() - now;
  if (remaining <= 0 || request.overdue) {
    return { kind: 'overdue', hours: Math.max(1, Math.ceil(-remaining / HOUR)) };
  }
  return {
    kind: 'left',
    hours: Math.floor(remaining / HOUR),
    minutes: Math.floor(remaining / MINUTE),
  };
};

/** Open requests first, the one with the least time left on top; closed ones after. */
export const byTimeLeft = <T extends { dueAt: string; status: string }>(a: T, b: T): number => {
  const closed = (request: T) => request.status === 'completed' || request.status === 'rejected';
  if (closed(a) !== closed(b)) return closed(a) ? 1 : -1;
  const diff = new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime();
  return closed(a) ? -diff : diff;
};
