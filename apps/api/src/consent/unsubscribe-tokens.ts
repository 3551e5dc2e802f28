import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export type UnsubscribeClaims = { customerId: string; purpose: string };

/**
 * Purpose-bound unsubscribe tokens: `base64url(payload).base64url(HMAC-SHA256)`. The payload holds a
 * random nonce, so tokens cannot be guessed; any change to either part fails verification.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'bei-hub', 'unsubscribe-links', 32));
  }

  sign(claims: UnsubscribeClaims): string {
    const payload = Buffer.from(
      JSON.stringify({
        c: claims.customerId,
        p: claims.purpose,
        n: randomBytes(9).toString('base64url'),
      }),
    ).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  verify(token: string): UnsubscribeClaims | null {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
        c?: unknown;
        p?: unknown;
      };
      return typeof data.c === 'string' && typeof data.p === 'string'
        ? { customerId: data.c, purpose: data.p }
        : null;
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
