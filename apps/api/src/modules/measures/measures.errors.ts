import { DomainException } from '../../common/errors/domain.exception.js';

export type MeasureErrorCode =
  | 'MEASURE_NOT_FOUND'
  | 'ASSESSMENT_NOT_FOUND'
  | 'EXCEPTION_NOT_A_CONFLICT'
  | 'POSITION_STAFF_COUNCIL_ONLY';

function describe(
  code: MeasureErrorCode,
  subGoalCode: string,
): { status: number; de: string; en: string } {
  switch (code) {
    case 'MEASURE_NOT_FOUND':
      return {
        status: 404,
        de: 'Die Maßnahme wurde nicht gefunden.',
        en: 'The measure was not found.',
      };
    case 'ASSESSMENT_NOT_FOUND':
      return {
        status: 404,
        de: `Für Teilziel ${subGoalCode} liegt keine Bewertung dieser Maßnahme vor.`,
        en: `This measure has no assessment of sub-goal ${subGoalCode}.`,
      };
    case 'EXCEPTION_NOT_A_CONFLICT':
      return {
        status: 400,
        de: `Über eine Ausnahme wird nur bei einem Konflikt entschieden; Teilziel ${subGoalCode} ist nicht als Konflikt bewertet.`,
        en: `Exceptions are decided for conflicts only; sub-goal ${subGoalCode} is not rated as a conflict.`,
      };
    case 'POSITION_STAFF_COUNCIL_ONLY':
      return {
        status: 403,
        de: 'Die Stellungnahme des Personalrats kann nur der Personalrat ändern.',
        en: "Only the staff council can change the staff council's position.",
      };
  }
}

export class MeasureException extends DomainException {
  constructor(code: MeasureErrorCode, options: { subGoalCode?: string } = {}) {
    const d = describe(code, options.subGoalCode ?? '');
    super({ statusCode: d.status, code, message: d.de, messageEn: d.en });
  }
}
