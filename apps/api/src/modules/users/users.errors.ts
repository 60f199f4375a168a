import type { FieldError } from '@leitplanken/shared';
import { DomainException } from '../../common/errors/domain.exception.js';

export type UsersErrorCode =
  | 'USER_NOT_FOUND'
  | 'EMAIL_TAKEN'
  | 'DEPARTMENT_REQUIRED'
  | 'DEPARTMENT_UNKNOWN'
  | 'PASSWORD_IS_EMAIL'
  | 'LAST_ADMIN';

function describe(code: UsersErrorCode): {
  status: number;
  de: string;
  en: string;
  field?: string;
} {
  switch (code) {
    case 'USER_NOT_FOUND':
      return {
        status: 404,
        de: 'Das Konto wurde nicht gefunden.',
        en: 'The account was not found.',
      };
    case 'EMAIL_TAKEN':
      return {
        status: 409,
        de: 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse.',
        en: 'An account with this e-mail address already exists.',
        field: 'email',
      };
    case 'DEPARTMENT_REQUIRED':
      return {
        status: 400,
        de: 'Eine Fachbereichsleitung braucht einen Fachbereich.',
        en: 'A head of department needs a department.',
        field: 'departmentId',
      };
    case 'DEPARTMENT_UNKNOWN':
      return {
        status: 400,
        de: 'Diesen Fachbereich gibt es nicht.',
        en: 'This department does not exist.',
        field: 'departmentId',
      };
    case 'PASSWORD_IS_EMAIL':
      return {
        status: 400,
        de: 'Das Passwort darf nicht die E-Mail-Adresse sein.',
        en: 'The password must not be the e-mail address.',
        field: 'password',
      };
    case 'LAST_ADMIN':
      return {
        status: 409,
        de: 'Das ist das letzte aktive Administrationskonto: Es kann nicht deaktiviert oder herabgestuft werden. Legen Sie zuerst ein weiteres an.',
        en: 'This is the last active admin account: it cannot be deactivated or demoted. Create another one first.',
      };
  }
}

export class UsersException extends DomainException {
  constructor(code: UsersErrorCode) {
    const d = describe(code);
    const fields: FieldError[] | undefined = d.field
      ? [{ field: d.field, code, message: d.de, messageEn: d.en }]
      : undefined;
    super({ statusCode: d.status, code, message: d.de, messageEn: d.en, fields });
  }
}
