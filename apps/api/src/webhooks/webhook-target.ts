import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Why a URL may not receive webhooks, or null when it may. */
export async function webhookTargetProblem(
  url: string,
  allowLoopback: boolean,
): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'must be an http(s) URL';
  if (parsed.username || parsed.password) return 'must not contain credentials';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return 'has a host name that does not resolve';
  }
  for (const address of addresses) {
    if (isLoopback(address)) {
      if (!allowLoopback)
        return 'points to a loopback address (set WEBHOOK_ALLOW_LOOPBACK=true for local tools)';
    } else if (isPrivate(address)) {
      return 'points to a private or link-local address';
    }
  }
  if (parsed.protocol === 'http:' && !addresses.every(isLoopback)) return 'must use https';
  return null;
}

function isLoopback(address: string): boolean {
  return (
    address === '::1' ||
    address.startsWith('127.') ||
    address === '::ffff:127.0.0.1' ||
    address === '0.0.0.0' ||
    address === '::'
  );
}

function isPrivate(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number);
    return (
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127) ||
      a === 0
    );
  }
  const lower = address.toLowerCase();
  return lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80');
}
