import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Loader } from '@/components/ui/loader';
import { useMeasure } from '@/features/measures/api/get-measure';
import { usePutCodetermination } from '@/features/measures/api/put-codetermination';
import { CodeterminationForm } from '@/features/measures/components/codetermination-form';
import { useMeasurePermissions } from '@/features/measures/hooks/use-measure-permissions';
import { useErrorMessage } from '@/lib/error-message';

/** `/massnahmen/:id/beteiligung`: the staff council records its participation. */
export function MeasureCodeterminationRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('measures');
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const measure = useMeasure(id);
  const permissions = useMeasurePermissions();
  const put = usePutCodetermination();

  let content;
  if (measure.isError) {
    content = (
      <Alert variant="danger" title={t('page.error')}>
        <p className="kern-body">{errorMessage(measure.error)}</p>
      </Alert>
    );
  } else if (!measure.data || !permissions.ready) {
    content = <Loader label={t('page.loading')} />;
  } else if (!permissions.canEditCodetermination(measure.data.departmentId)) {
    content = <Alert variant="warning" title={t('form.forbidden')} />;
  } else {
    const m = measure.data;
    content = (
      <CodeterminationForm
        key={`${m.id}:${m.version}`}
        measure={m}
        canWritePosition={permissions.canWritePosition}
        save={(body) => put.mutateAsync({ id: m.id, body })}
        onSaved={(saved) => void navigate(`/massnahmen/${saved.id}`)}
      />
    );
  }
  return (
    <Page
      title={t('codetermination.title', { title: measure.data?.title ?? '' })}
      intro={<p>{t('codetermination.intro')}</p>}
    >
      {content}
    </Page>
  );
}

export { MeasureCodeterminationRoute as Component };
