import type { Session } from '../lib/session-store';
import type { Role } from '../features/auth/roles';

export const sessionFor = (roles: Role[], name = 'Siti Rahma'): Session => ({
  accessToken: `token-${roles.join('-')}`,
  user: { id: '0192f7e0-0000-7000-8000-000000000001', email: 'siti@bei.test', name, roles },
});

export const userRecord = (overrides: Record<string, unknown> = {}) => ({
  id: '0192f7e0-0000-7000-8000-000000000002',
  email: 'budi@bei.test',
  name: 'Budi Santoso',
  roles: ['sales'],
  active: true,
  createdAt: '2026-11-25T01:00:00.000Z',
  updatedAt: '2026-11-25T01:00:00.000Z',
  lastLoginAt: null,
  ...overrides,
});

export const customerSummary = (overrides: Record<string, unknown> = {}) => ({
  id: '0192f7e0-0000-7000-8000-0000000000c1',
  type: 'doctor',
  name: 'dr. Ayu Lestari, Sp.KK',
  email: 'ayu.lestari@example.com',
  phone: '+6281234567890',
  whatsapp: null,
  specialty: 'Dermatologi dan Venereologi',
  address: {
    line1: 'Jl. Kemang Raya No. 8',
    district: 'Mampang Prapatan',
    city: 'Kota Jakarta Selatan',
    province: 'DKI Jakarta',
    postalCode: '12730',
  },
  ownerId: '0192f7e0-0000-7000-8000-000000000001',
  creditLimit: 50_000_000,
  status: 'active',
  licenseStatus: 'valid',
  source: 'entered',
  version: 1,
  createdAt: '2026-11-25T01:00:00.000Z',
  updatedAt: '2026-11-25T01:00:00.000Z',
  ...overrides,
});

export const customerRecord = (overrides: Record<string, unknown> = {}) => ({
  ...customerSummary(),
  nik: '••••••••••••0002',
  npwp: null,
  notes: null,
  licenses: [
    {
      kind: 'STR',
      number: 'STR-3171-0022',
      validUntil: null,
      practiceClinicId: null,
      status: 'active',
    },
    {
      kind: 'SIP',
      number: 'SIP-446-1234',
      validUntil: '2030-06-30',
      practiceClinicId: null,
      status: 'active',
    },
  ],
  ...overrides,
});
