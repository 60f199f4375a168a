import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/components/ui/link';
import { Loader } from '@/components/ui/loader';
import { useDepartments } from '@/features/departments/api/get-departments';
import { useFieldsOfAction } from '@/features/fields-of-action/api/get-fields-of-action';
import { useMeasure } from '@/features/measures/api/get-measure';
import { useSaveMeasure } from '@/features/measures/api/save-measure';
import { MeasureForm } from '@/features/measures/components/measure-form';
import { measureValuesOf } from '@/features/measures/components/measure-form-values';
import { useMeasurePermissions } from '@/features/measures/hooks/use-measure-permissions';
import { useActiveStrategy } from '@/features/strategy/api/get-active-strategy';
import { useErrorMessage } from '@/lib/error-message';
import { useLanguage } from '@/lib/use-language';

/** `/massnahmen/:id/bearbeiten`: edit a measure (PATCH with the version it was loaded with). */
export function MeasureEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('measures');
  const navigate = useNavigate();
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const measure = useMeasure(id);
  const strategy = useActiveStrategy();
  const departments = useDepartments();
  const fields = useFieldsOfAction();
  const permissions = useMeasurePermissions();
  const save = useSaveMeasure();
  // Remount the form with the new state after "Neuen Stand laden".
  const [formKey, setFormKey] = useState(0);

  const failed = [measure, strategy, departments, fields].find((q) => q.isError);
  let content;
  if (failed) {
    content = (
      <Alert variant="danger" title={t('form.loadError')}>
        <p className="kern-body">{errorMessage(failed.error)}</p>
      </Alert>
    );
  } else if (
    !measure.data ||
    !strategy.data ||
    !departments.data ||
    !fields.data ||
    !permissions.ready
  ) {
    content = <Loader label={t('page.loading')} />;
  } else if (!permissions.canEdit(measure.data.departmentId)) {
    content = <Alert variant="warning" title={t('form.forbidden')} />;
  } else {
    const m = measure.data;
    const codes = strategy.data.goals.flatMap((g) => g.subGoals.map((s) => s.code));
    content = (
      <>
        <p className="kern-body">
          <Link to={`/massnahmen/${m.id}/beteiligung`}>{t('form.codeterminationLink')}</Link>
        </p>
        <MeasureForm
          key={`${m.id}:${formKey}`}
          initial={measureValuesOf(m, codes, language)}
          version={m.version}
          goals={strategy.data.goals}
          departments={departments.data}
          fieldsOfAction={fields.data}
          ownDepartmentId={permissions.ownDepartmentId}
          save={(body) => save.mutateAsync({ id: m.id, body: body as never })}
          onSaved={(saved) => void navigate(`/massnahmen/${saved.id}`)}
          cancelTo={`/massnahmen/${m.id}`}
          onReload={() => void measure.refetch().then(() => setFormKey((k) => k + 1))}
        />
      </>
    );
  }
  return (
    <Page
      title={measure.data ? t('form.editTitle', { title: measure.data.title }) : t('page.edit')}
      intro={<p>{t('form.intro')}</p>}
    >
      {content}
    </Page>
  );
}

export { MeasureEditRoute as Component };
