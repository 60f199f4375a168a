import { DomainException } from '../../common/errors/domain.exception.js';

export type AuthErrorCode = 'INVALID_CREDENTIALS';

function describe(code: AuthErrorCode): { status: number; de: string; en: string } {
  switch (code) {
    case 'INVALID_CREDENTIALS':
      // Deliberately the same whether the e-mail exists or not.
      return {
        status: 401,
        de: 'E-Mail-Adresse oder Passwort ist falsch.',
        en: 'E-mail address or password is wrong.',
      };
  }
}

export class AuthException extends DomainException {
  constructor(code: AuthErrorCode) {
    const d = describe(code);
    super({ statusCode: d.status, code, message: d.de, messageEn: d.en });
  }
}
