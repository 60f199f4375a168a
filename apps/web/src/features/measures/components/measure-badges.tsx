import { useTranslation } from 'react-i18next';
import type { CheckResult, Health, Rating } from '@leitplanken/shared';
import { Badge, type BadgeProps } from '@/components/ui/badge';

const CHECK_VARIANT: Record<CheckResult, BadgeProps['variant']> = {
  pass: 'success',
  warn: 'warning',
  fail: 'danger',
};

/** The guardrail check result: icon, text and colour together. */
export function CheckBadge({ result, small }: { result: CheckResult; small?: boolean }) {
  const { t } = useTranslation('measures');
  return (
    <Badge variant={CHECK_VARIANT[result]} small={small}>
      {t(`enums.check.${result}`)}
    </Badge>
  );
}

const HEALTH_VARIANT: Record<Health, BadgeProps['variant']> = {
  on_track: 'success',
  at_risk: 'warning',
  off_track: 'danger',
};

/** Health ("Ampel"): icon and text, never colour alone; null → "Unbekannt". */
export function HealthBadge({ health, small }: { health: Health | null; small?: boolean }) {
  const { t } = useTranslation('measures');
  return (
    <Badge variant={health ? HEALTH_VARIANT[health] : 'info'} small={small}>
      {t(`enums.health.${health ?? 'unknown'}`)}
    </Badge>
  );
}

/** What a matrix cell or assessment shows: a symbol and a word, coloured by a class. */
export type RatingCell = Rating | 'exception' | 'requested' | 'none';

export const RATING_SYMBOL: Record<RatingCell, string> = {
  supports: '✓',
  neutral: '–',
  conflicts: '✗',
  exception: '!',
  requested: '✗',
  none: '?',
};

/** The cell kind of an assessment: an accepted conflict is an exception. */
export function ratingCell(
  assessment: { rating: Rating; exception: { status: string } } | undefined,
): RatingCell {
  if (!assessment) return 'none';
  if (assessment.rating !== 'conflicts') return assessment.rating;
  if (assessment.exception.status === 'accepted') return 'exception';
  if (assessment.exception.status === 'requested') return 'requested';
  return 'conflicts';
}

/** Symbol plus text, e.g. "✓ unterstützt"; the symbol is decoration, the word carries it. */
export function RatingLabel({ cell }: { cell: RatingCell }) {
  const { t } = useTranslation('measures');
  return (
    <span className={`lp-rating lp-rating--${cell}`}>
      <span className="lp-rating__symbol" aria-hidden="true">
        {RATING_SYMBOL[cell]}
      </span>{' '}
      <span className="lp-rating__text">{t(`matrix.cell.${cell}`)}</span>
    </span>
  );
}
