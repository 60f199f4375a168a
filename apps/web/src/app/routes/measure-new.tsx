import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Loader } from '@/components/ui/loader';
import { useDepartments } from '@/features/departments/api/get-departments';
import { useFieldsOfAction } from '@/features/fields-of-action/api/get-fields-of-action';
import { useSaveMeasure } from '@/features/measures/api/save-measure';
import { MeasureForm } from '@/features/measures/components/measure-form';
import { emptyMeasureValues } from '@/features/measures/components/measure-form-values';
import { useMeasurePermissions } from '@/features/measures/hooks/use-measure-permissions';
import { useActiveStrategy } from '@/features/strategy/api/get-active-strategy';
import { useErrorMessage } from '@/lib/error-message';

/** `/massnahmen/neu`: create a measure. */
export function MeasureNewRoute() {
  const { t } = useTranslation('measures');
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const strategy = useActiveStrategy();
  const departments = useDepartments();
  const fields = useFieldsOfAction();
  const permissions = useMeasurePermissions();
  const save = useSaveMeasure();

  const failed = [strategy, departments, fields].find((q) => q.isError);
  let content;
  if (failed) {
    content = (
      <Alert variant="danger" title={t('form.loadError')}>
        <p className="kern-body">{errorMessage(failed.error)}</p>
      </Alert>
    );
  } else if (!strategy.data || !departments.data || !fields.data || !permissions.ready) {
    content = <Loader />;
  } else if (!permissions.canCreate) {
    content = <Alert variant="warning" title={t('form.forbidden')} />;
  } else {
    const codes = strategy.data.goals.flatMap((g) => g.subGoals.map((s) => s.code));
    content = (
      <MeasureForm
        initial={emptyMeasureValues(codes, permissions.ownDepartmentId ?? '')}
        version={null}
        goals={strategy.data.goals}
        departments={departments.data}
        fieldsOfAction={fields.data}
        ownDepartmentId={permissions.ownDepartmentId}
        save={(body) => save.mutateAsync({ id: null, body: body as never })}
        onSaved={(measure) => void navigate(`/massnahmen/${measure.id}`)}
        cancelTo="/massnahmen"
      />
    );
  }
  return (
    <Page title={t('form.createTitle')} intro={<p>{t('form.intro')}</p>}>
      {content}
    </Page>
  );
}

export { MeasureNewRoute as Component };
