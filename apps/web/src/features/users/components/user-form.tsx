import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Role } from '@leitplanken/shared';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { TextInput } from '@/components/ui/text-input';
import { useErrorMessage } from '@/lib/error-message';
import { serverFieldErrors } from '@/lib/field-errors';
import { useLanguage } from '@/lib/use-language';
import {
  validateUserForm,
  type UserFormErrors,
  type UserFormField,
  type UserFormValues,
} from './user-form-values';

const ROLES: readonly Role[] = ['admin', 'board', 'department_head', 'staff_council', 'viewer'];
const FIELD_ORDER: readonly UserFormField[] = ['name', 'email', 'role', 'departmentId', 'password'];

export interface UserFormProps {
  mode: 'create' | 'edit' | 'password';
  initial: UserFormValues;
  departments: readonly Department[];
  /** Sends the values; a rejected promise (ApiRequestError) is shown at the fields and above. */
  onSubmit: (values: UserFormValues) => Promise<unknown>;
  onCancel: () => void;
  /** A note above the fields, e.g. "Das ist Ihr eigenes Konto …". */
  note?: string;
}

/**
 * Create an account, edit name/role/department, or set a new password. Errors appear at the
 * fields (ours before sending, the API's after) and focus moves to the first wrong field.
 */
export function UserForm({ mode, initial, departments, onSubmit, onCancel, note }: UserFormProps) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<UserFormErrors>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (field: UserFormField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  function focusFirst(found: UserFormErrors) {
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateUserForm(values, mode, t);
    setErrors(found);
    setSubmitError(null);
    if (Object.keys(found).length > 0) return focusFirst(found);
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const fromServer = serverFieldErrors(error, language) as UserFormErrors;
      setErrors(fromServer);
      setSubmitError(error);
      focusFirst(fromServer);
    } finally {
      setBusy(false);
    }
  }

  const departmentOptions = [
    { value: '', label: t('form.departmentNone') },
    ...departments.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` })),
  ];

  return (
    <form ref={formRef} className="lp-form" noValidate onSubmit={(e) => void submit(e)}>
      {submitError !== null && (
        <Alert variant="danger" title={t('form.failed')}>
          <p className="kern-body">{errorMessage(submitError)}</p>
        </Alert>
      )}
      {note && <Alert variant="info" title={note} role="none" />}
      {mode !== 'password' && (
        <TextInput
          label={t('form.name')}
          name="name"
          autoComplete="off"
          value={values.name}
          onChange={(e) => set('name')(e.target.value)}
          error={errors.name}
        />
      )}
      {mode === 'create' && (
        <TextInput
          label={t('form.email')}
          hint={t('form.emailHint')}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          onChange={(e) => set('email')(e.target.value)}
          error={errors.email}
        />
      )}
      {mode !== 'password' && (
        <>
          <Select
            label={t('form.role')}
            name="role"
            placeholder={t('form.rolePlaceholder')}
            options={ROLES.map((role) => ({ value: role, label: tc(`roles.${role}`) }))}
            value={values.role}
            onChange={(e) => set('role')(e.target.value)}
            error={errors.role}
          />
          <Select
            label={t('form.department')}
            hint={t('form.departmentHint')}
            name="departmentId"
            optional={values.role !== 'department_head'}
            options={departmentOptions}
            value={values.departmentId}
            onChange={(e) => set('departmentId')(e.target.value)}
            error={errors.departmentId}
          />
        </>
      )}
      {mode !== 'edit' && (
        <TextInput
          label={mode === 'create' ? t('form.password') : t('form.newPassword')}
          hint={t('form.passwordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => set('password')(e.target.value)}
          error={errors.password}
        />
      )}
      <div className="lp-form-actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('form.saving') : t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
