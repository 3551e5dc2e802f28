/**
 * A random key for `Idempotency-Key`. crypto.randomUUID needs a secure context, which a plain
 * http intranet deployment is not; getRandomValues works everywhere.
 */
export const newIdempotencyKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
