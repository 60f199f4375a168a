import { DomainException } from '../../common/errors/domain.exception.js';

export type StrategyErrorCode = 'NO_ACTIVE_STRATEGY' | 'STRATEGY_NOT_FOUND';

function describe(code: StrategyErrorCode): { status: number; de: string; en: string } {
  switch (code) {
    case 'NO_ACTIVE_STRATEGY':
      return { status: 404, de: 'Es ist keine Strategie aktiv.', en: 'No strategy is active.' };
    case 'STRATEGY_NOT_FOUND':
      return {
        status: 404,
        de: 'Die Strategie wurde nicht gefunden.',
        en: 'The strategy was not found.',
      };
  }
}

export class StrategyException extends DomainException {
  constructor(code: StrategyErrorCode) {
    const d = describe(code);
    super({ statusCode: d.status, code, message: d.de, messageEn: d.en });
  }
}
