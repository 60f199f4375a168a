import type { Role } from '@leitplanken/shared';

/** The password of every demo account; printed in the README. Demo mode only. */
export const DEMO_PASSWORD = 'Leitplanken-Demo-2026';

export const DEMO_USERS: ReadonlyArray<{
  email: string;
  name: string;
  role: Role;
  departmentCode?: string;
}> = [
  { email: 'admin@demo.leitplanken.de', name: 'Anna Admin', role: 'admin' },
  { email: 'vorstand@demo.leitplanken.de', name: 'Dr. Volker Vorstand', role: 'board' },
  {
    email: 'fbl@demo.leitplanken.de',
    name: 'Frieda Fachbereich',
    role: 'department_head',
    departmentCode: 'FB 3',
  },
  { email: 'personalrat@demo.leitplanken.de', name: 'Paul Personalrat', role: 'staff_council' },
  { email: 'mitarbeiter@demo.leitplanken.de', name: 'Mia Mitarbeiterin', role: 'viewer' },
];

/** The demo accounts' e-mail addresses: they sign in only in demo mode. */
export const DEMO_EMAILS: ReadonlySet<string> = new Set(DEMO_USERS.map((u) => u.email));
