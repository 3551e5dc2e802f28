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
