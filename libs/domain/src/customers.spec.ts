import { deriveLicenseStatus, todayInJakarta } from './customers';

describe('deriveLicenseStatus', () => {
  const today = '2026-11-25';

  it('is none without an active licence', () => {
    expect(deriveLicenseStatus([], today)).toBe('none');
    expect(deriveLicenseStatus([{ status: 'revoked', validUntil: null }], today)).toBe('none');
  });

  it('treats a lifetime STR as valid', () => {
    expect(deriveLicenseStatus([{ status: 'active', validUntil: null }], today)).toBe('valid');
  });

  it('flags expiring within 30 days and expired before today', () => {
    expect(deriveLicenseStatus([{ status: 'active', validUntil: '2026-12-25' }], today)).toBe(
      'expiring',
    );
    expect(deriveLicenseStatus([{ status: 'active', validUntil: '2026-12-26' }], today)).toBe(
      'valid',
    );
    expect(deriveLicenseStatus([{ status: 'active', validUntil: '2026-11-25' }], today)).toBe(
      'expiring',
    );
    expect(deriveLicenseStatus([{ status: 'active', validUntil: '2026-11-24' }], today)).toBe(
      'expired',
    );
  });

  it('reports the worst active licence', () => {
    expect(
      deriveLicenseStatus(
        [
          { status: 'active', validUntil: null },
          { status: 'active', validUntil: '2025-01-01' },
        ],
        today,
      ),
    ).toBe('expired');
  });
});

describe('todayInJakarta', () => {
  it('rolls over at midnight WIB, not UTC', () => {
    expect(todayInJakarta(new Date('2026-11-25T16:59:59Z'))).toBe('2026-11-25');
    expect(todayInJakarta(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26');
  });
});
