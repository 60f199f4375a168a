import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '@leitplanken/shared';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Loader } from '@/components/ui/loader';
import { ApiRequestError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/error-message';
import { useActiveStrategy } from '../api/get-active-strategy';
import { GoalList } from './goal-list';
import { StrategyVision } from './strategy-vision';

/** The active strategy: Leitbild and goals, with loading, error and "none adopted" states. */
export function StrategyOverview({
  renderGoalExtra,
}: {
  renderGoalExtra?: (goal: Goal) => ReactNode;
}) {
  const { t } = useTranslation('strategy');
  const { t: tc } = useTranslation('common');
  const errorMessage = useErrorMessage();
  const query = useActiveStrategy();

  if (query.isPending) return <Loader label={t('loading')} />;

  if (query.isError) {
    const status = query.error instanceof ApiRequestError ? query.error.statusCode : null;
    if (status === 404) {
      return <EmptyState title={t('noActive.title')}>{t('noActive.text')}</EmptyState>;
    }
    if (status === 401) {
      // Retrying will not help; the API says what to do ("Bitte melden Sie sich an.").
      return (
        <Alert variant="info" title={t('signInRequired.title')}>
          <p className="kern-body">{errorMessage(query.error)}</p>
        </Alert>
      );
    }
    return (
      <Alert variant="danger" title={t('loadError')}>
        <p className="kern-body">{errorMessage(query.error)}</p>
        <div>
          <Button variant="secondary" onClick={() => void query.refetch()}>
            {tc('errors.retry')}
          </Button>
        </div>
      </Alert>
    );
  }

  return (
    <>
      <StrategyVision strategy={query.data} />
      <GoalList goals={query.data.goals} renderGoalExtra={renderGoalExtra} />
    </>
  );
}
