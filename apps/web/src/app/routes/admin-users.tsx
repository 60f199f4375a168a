import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { User } from '@leitplanken/shared';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Loader } from '@/components/ui/loader';
import { useSession } from '@/features/auth/components/session-provider';
import { LOGIN_PATH } from '@/features/auth/login-path';
import { useDepartments } from '@/features/departments/api/get-departments';
import { useCreateUser } from '@/features/users/api/create-user';
import { useUpdateUser } from '@/features/users/api/update-user';
import { useUsers } from '@/features/users/api/get-users';
import { UserForm } from '@/features/users/components/user-form';
import {
  EMPTY_USER_FORM,
  toCreateRequest,
  toUpdateRequest,
  valuesOf,
} from '@/features/users/components/user-form-values';
import { UsersTable } from '@/features/users/components/users-table';
import { useErrorMessage } from '@/lib/error-message';

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'password'; user: User }
  | { kind: 'deactivate'; user: User };

/** `/verwaltung/benutzer` (admins): list, create, edit, reset password, (de)activate. */
export function AdminUsersRoute() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const errorMessage = useErrorMessage();
  const session = useSession();
  const navigate = useNavigate();
  const users = useUsers();
  const departments = useDepartments();
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const me = session.user;

  const close = () => setDialog(null);

  /** After changing one's own access the session is gone: sign out here, too. */
  async function afterOwnAccessChange(user: User) {
    if (user.id !== me?.id) return false;
    await session.signOut();
    await navigate(LOGIN_PATH, { replace: true });
    return true;
  }

  async function toggleActive(user: User) {
    setActionError(null);
    if (user.active) return setDialog({ kind: 'deactivate', user });
    try {
      await updateUser.mutateAsync({ id: user.id, changes: { active: true } });
      setNotice(t('done.reactivated', { name: user.name }));
    } catch (error) {
      setActionError(error);
    }
  }

  async function deactivate(user: User) {
    try {
      await updateUser.mutateAsync({ id: user.id, changes: { active: false } });
      close();
      if (await afterOwnAccessChange(user)) return;
      setNotice(t('done.deactivated', { name: user.name }));
    } catch (error) {
      close();
      setActionError(error);
    }
  }

  const list = () => {
    if (users.isPending || departments.isPending) return <Loader label={t('loading')} />;
    if (users.isError || departments.isError) {
      return (
        <Alert variant="danger" title={t('loadError')}>
          <p className="kern-body">{errorMessage(users.error ?? departments.error)}</p>
          <div>
            <Button
              variant="secondary"
              onClick={() => {
                void users.refetch();
                void departments.refetch();
              }}
            >
              {tc('errors.retry')}
            </Button>
          </div>
        </Alert>
      );
    }
    return (
      <UsersTable
        users={users.data}
        departments={departments.data}
        currentUserId={me?.id ?? null}
        onEdit={(user) => setDialog({ kind: 'edit', user })}
        onResetPassword={(user) => setDialog({ kind: 'password', user })}
        onToggleActive={(user) => void toggleActive(user)}
      />
    );
  };

  return (
    <Page
      title={t('title')}
      intro={<p>{t('intro')}</p>}
      actions={
        <Button
          icon="add"
          onClick={() => {
            setNotice(null);
            setDialog({ kind: 'create' });
          }}
        >
          {t('create')}
        </Button>
      }
    >
      <div aria-live="polite">
        {notice && <Alert variant="success" title={notice} role="none" />}
      </div>
      {actionError !== null && (
        <Alert variant="danger" title={t('form.failed')}>
          <p className="kern-body">{errorMessage(actionError)}</p>
        </Alert>
      )}
      {list()}

      <Dialog open={dialog?.kind === 'create'} onClose={close} title={t('createDialog.title')}>
        {dialog?.kind === 'create' && (
          <UserForm
            mode="create"
            initial={EMPTY_USER_FORM}
            departments={departments.data ?? []}
            onCancel={close}
            onSubmit={async (values) => {
              const created = await createUser.mutateAsync(toCreateRequest(values));
              close();
              setNotice(t('done.created', { name: created.name }));
            }}
          />
        )}
      </Dialog>

      <Dialog
        open={dialog?.kind === 'edit'}
        onClose={close}
        title={dialog?.kind === 'edit' ? t('editDialog.title', { name: dialog.user.name }) : ''}
      >
        {dialog?.kind === 'edit' && (
          <UserForm
            key={dialog.user.id}
            mode="edit"
            initial={valuesOf(dialog.user)}
            departments={departments.data ?? []}
            note={dialog.user.id === me?.id ? t('form.selfNote') : undefined}
            onCancel={close}
            onSubmit={async (values) => {
              const changes = toUpdateRequest(dialog.user, values);
              if (!changes) return close();
              const updated = await updateUser.mutateAsync({ id: dialog.user.id, changes });
              close();
              const accessChanged =
                changes.role !== undefined || changes.departmentId !== undefined;
              if (accessChanged && (await afterOwnAccessChange(updated))) return;
              setNotice(t('done.updated', { name: updated.name }));
            }}
          />
        )}
      </Dialog>

      <Dialog
        open={dialog?.kind === 'password'}
        onClose={close}
        title={
          dialog?.kind === 'password' ? t('passwordDialog.title', { name: dialog.user.name }) : ''
        }
      >
        {dialog?.kind === 'password' && (
          <>
            <p className="kern-body">{t('passwordDialog.text', { name: dialog.user.name })}</p>
            <UserForm
              key={dialog.user.id}
              mode="password"
              initial={valuesOf(dialog.user)}
              departments={[]}
              onCancel={close}
              onSubmit={async (values) => {
                await updateUser.mutateAsync({
                  id: dialog.user.id,
                  changes: { password: values.password },
                });
                close();
                setNotice(t('done.password', { name: dialog.user.name }));
              }}
            />
          </>
        )}
      </Dialog>

      <Dialog
        open={dialog?.kind === 'deactivate'}
        onClose={close}
        title={
          dialog?.kind === 'deactivate'
            ? t('deactivateDialog.title', { name: dialog.user.name })
            : ''
        }
        footer={
          dialog?.kind === 'deactivate' && (
            <>
              <Button disabled={updateUser.isPending} onClick={() => void deactivate(dialog.user)}>
                {t('deactivateDialog.confirm')}
              </Button>
              <Button variant="secondary" onClick={close}>
                {t('form.cancel')}
              </Button>
            </>
          )
        }
      >
        {dialog?.kind === 'deactivate' && (
          <p className="kern-body">
            {dialog.user.id === me?.id
              ? t('deactivateDialog.selfText')
              : t('deactivateDialog.text', { name: dialog.user.name })}
          </p>
        )}
      </Dialog>
    </Page>
  );
}

export { AdminUsersRoute as Component };
