import type { TFunction } from 'i18next';
import {
  passwordProblem,
  roleNeedsDepartment,
  type CreateUserRequest,
  type Role,
  type UpdateUserRequest,
  type User,
} from '@leitplanken/shared';

export interface UserFormValues {
  name: string;
  email: string;
  role: Role | '';
  departmentId: string;
  password: string;
}

export type UserFormField = keyof UserFormValues;
export type UserFormErrors = Partial<Record<UserFormField, string>>;

export const EMPTY_USER_FORM: UserFormValues = {
  name: '',
  email: '',
  role: '',
  departmentId: '',
  password: '',
};

export function valuesOf(user: User): UserFormValues {
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    departmentId: user.departmentId ?? '',
    password: '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The checks the API makes too, so most mistakes are shown before anything is sent: which
 * fields count depends on the form (`create`: all; `edit`: name, role, department;
 * `password`: the new password).
 */
export function validateUserForm(
  values: UserFormValues,
  mode: 'create' | 'edit' | 'password',
  t: TFunction<'users'>,
): UserFormErrors {
  const errors: UserFormErrors = {};
  if (mode !== 'password') {
    if (!values.name.trim()) errors.name = t('errors.nameRequired');
    if (!values.role) errors.role = t('errors.roleRequired');
    else if (roleNeedsDepartment(values.role) && !values.departmentId) {
      errors.departmentId = t('errors.departmentRequired');
    }
  }
  if (mode === 'create') {
    const email = values.email.trim();
    if (!email) errors.email = t('errors.emailRequired');
    else if (!EMAIL.test(email)) errors.email = t('errors.emailInvalid');
  }
  if (mode !== 'edit') {
    const problem = passwordProblem(values.password, values.email);
    if (problem) errors.password = t(`errors.password.${problem}`);
  }
  return errors;
}

export function toCreateRequest(values: UserFormValues): CreateUserRequest {
  return {
    name: values.name.trim(),
    email: values.email.trim().toLowerCase(),
    role: values.role as Role,
    departmentId: values.departmentId || null,
    password: values.password,
  };
}

/** Only what changed; `null` when nothing did. */
export function toUpdateRequest(user: User, values: UserFormValues): UpdateUserRequest | null {
  const changes: UpdateUserRequest = {};
  if (values.name.trim() !== user.name) changes.name = values.name.trim();
  if (values.role && values.role !== user.role) changes.role = values.role;
  const departmentId = values.departmentId || null;
  if (departmentId !== user.departmentId) changes.departmentId = departmentId;
  return Object.keys(changes).length > 0 ? changes : null;
}
