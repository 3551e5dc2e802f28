import type { Role } from '@bei-hub/domain';

/** One demo employee per role; they share the admin's password (printed at start). */
export const DEMO_USERS: { email: string; name: string; roles: Role[] }[] = [
  { email: 'manager@bei-hub.local', name: 'Hendra Wijaya', roles: ['manager'] },
  { email: 'sales@bei-hub.local', name: 'Rina Wulandari', roles: ['sales'] },
  { email: 'sales2@bei-hub.local', name: 'Agus Setiawan', roles: ['sales'] },
  { email: 'privacy@bei-hub.local', name: 'Dewi Lestari', roles: ['privacy_officer'] },
  { email: 'auditor@bei-hub.local', name: 'Bambang Sutrisno', roles: ['auditor'] },
];
