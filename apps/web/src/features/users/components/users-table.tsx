import { useTranslation } from 'react-i18next';
import type { Department, User } from '@leitplanken/shared';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, type TableColumn } from '@/components/ui/table';
import { useFormat } from '@/lib/use-language';

export interface UsersTableProps {
  users: readonly User[];
  departments: readonly Department[];
  /** The signed-in admin, marked "(Sie)". */
  currentUserId: string | null;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
}

/** The accounts with role, department, status (text, not colour alone) and their actions. */
export function UsersTable({
  users,
  departments,
  currentUserId,
  onEdit,
  onResetPassword,
  onToggleActive,
}: UsersTableProps) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const format = useFormat();
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  // The visible verb plus, for screen readers, whose account ("Bearbeiten für Anna Admin").
  const forUser = (user: User) => (
    <>
      {' '}
      <span className="lp-visually-hidden">{t('actions.forUser', { name: user.name })}</span>
    </>
  );

  const columns: TableColumn<User>[] = [
    {
      key: 'name',
      header: t('table.name'),
      rowHeader: true,
      cell: (u) => (
        <span className="lp-person">
          <span>
            {u.name}
            {u.id === currentUserId && <> {t('table.you')}</>}
          </span>
          <span className="lp-person__email">
            {/* On narrow screens the address may break after the "@", nowhere else. */}
            {u.email.split('@')[0]}@<wbr />
            {u.email.split('@').slice(1).join('@')}
          </span>
        </span>
      ),
    },
    {
      key: 'role',
      header: t('table.role'),
      cell: (u) => {
        const d = u.departmentId ? departmentById.get(u.departmentId) : undefined;
        return (
          <span className="lp-person">
            <span>{tc(`roles.${u.role}`)}</span>
            {d && (
              <span className="lp-person__detail">
                <abbr title={d.name}>{d.code}</abbr>
              </span>
            )}
          </span>
        );
      },
    },
    {
      key: 'status',
      header: t('table.status'),
      cell: (u) =>
        u.active ? (
          <Badge variant="success" small>
            {t('status.active')}
          </Badge>
        ) : (
          <Badge variant="warning" small>
            {t('status.inactive')}
          </Badge>
        ),
    },
    {
      key: 'lastLogin',
      header: t('table.lastLogin'),
      cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt) : t('table.never')),
    },
    {
      key: 'actions',
      header: t('table.actions'),
      cell: (u) => (
        <div className="lp-row-actions">
          <Button variant="secondary" size="x-small" icon="edit" onClick={() => onEdit(u)}>
            {t('actions.edit')}
            {forUser(u)}
          </Button>
          <Button variant="tertiary" size="x-small" onClick={() => onResetPassword(u)}>
            {t('actions.password')}
            {forUser(u)}
          </Button>
          <Button variant="tertiary" size="x-small" onClick={() => onToggleActive(u)}>
            {u.active ? t('actions.deactivate') : t('actions.reactivate')}
            {forUser(u)}
          </Button>
        </div>
      ),
    },
  ];

  return (
    <Table
      caption={t('table.caption', { count: users.length })}
      columns={columns}
      rows={users}
      rowKey={(u) => u.id}
      small
    />
  );
}
