import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Link } from '@/components/ui/link';
import { Loader } from '@/components/ui/loader';
import { AuditHistory } from '@/features/audit/components/audit-history';
import { useMeasure } from '@/features/measures/api/get-measure';
import { AssessmentTable } from '@/features/measures/components/assessment-table';
import { ChannelTable } from '@/features/measures/components/channel-table';
import { CodeterminationFacts } from '@/features/measures/components/codetermination-facts';
import { DeleteMeasureButton } from '@/features/measures/components/delete-measure-button';
import { GuardrailCheckResult } from '@/features/measures/components/guardrail-check-result';
import { MeasureFacts } from '@/features/measures/components/measure-facts';
import { MeasureFigures } from '@/features/measures/components/measure-figures';
import { MilestoneTable } from '@/features/measures/components/milestone-table';
import { useMeasurePermissions } from '@/features/measures/hooks/use-measure-permissions';
import { useActiveStrategy } from '@/features/strategy/api/get-active-strategy';
import { ApiRequestError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/error-message';
import { useFormat } from '@/lib/use-language';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="lp-section" aria-labelledby={id}>
      <h2 className="kern-heading-large" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** `/massnahmen/:id`: everything about one measure, its check with reasons, and its actions. */
export function MeasureRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('measures');
  const navigate = useNavigate();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const measure = useMeasure(id);
  const strategy = useActiveStrategy();
  const permissions = useMeasurePermissions();

  if (measure.isError) {
    const notFound = measure.error instanceof ApiRequestError && measure.error.statusCode === 404;
    return (
      <Page title={notFound ? t('page.notFound') : t('page.error')}>
        {!notFound && (
          <Alert variant="danger" title={t('page.error')}>
            <p className="kern-body">{errorMessage(measure.error)}</p>
          </Alert>
        )}
        <p className="kern-body">
          <Link to="/massnahmen">{t('page.back')}</Link>
        </p>
      </Page>
    );
  }
  if (!measure.data) {
    return (
      <Page title={t('page.loading')}>
        <Loader label={t('page.loading')} />
      </Page>
    );
  }

  const m = measure.data;
  const canEdit = permissions.canEdit(m.departmentId);
  return (
    <Page
      title={m.title}
      intro={
        <p>
          {t('page.meta', {
            department: `${m.department.code} – ${m.department.name}`,
            date: format.dateTime(m.updatedAt),
            version: m.version,
          })}
        </p>
      }
      actions={
        <>
          {canEdit && (
            <ButtonLink to={`/massnahmen/${m.id}/bearbeiten`} icon="edit">
              {t('page.edit')}
            </ButtonLink>
          )}
          {permissions.canEditCodetermination(m.departmentId) && (
            <ButtonLink to={`/massnahmen/${m.id}/beteiligung`} variant="secondary" icon="edit">
              {t('page.editCodetermination')}
            </ButtonLink>
          )}
          {canEdit && (
            <DeleteMeasureButton measure={m} onDeleted={() => void navigate('/massnahmen')} />
          )}
        </>
      }
    >
      <p className="kern-body">
        <Link to="/massnahmen">{t('page.back')}</Link>
      </p>
      {m.description && <p className="kern-body lp-measure-description">{m.description}</p>}

      <Section title={t('page.sections.check')}>
        <GuardrailCheckResult check={m.guardrailCheck} />
      </Section>
      <Section title={t('page.sections.figures')}>
        <MeasureFigures measure={m} />
      </Section>
      <Section title={t('page.sections.details')}>
        <MeasureFacts measure={m} />
      </Section>
      <Section title={t('page.sections.assessments')}>
        {strategy.data ? (
          <AssessmentTable
            measure={m}
            goals={strategy.data.goals}
            canDecide={permissions.canDecideExceptions}
          />
        ) : (
          <Loader />
        )}
      </Section>
      <Section title={t('page.sections.milestones')}>
        <MilestoneTable milestones={m.milestones} />
      </Section>
      <Section title={t('page.sections.channels')}>
        <ChannelTable channels={m.channels} />
      </Section>
      <Section title={t('page.sections.codetermination')}>
        <CodeterminationFacts record={m.codetermination} />
      </Section>
      <Section title={t('page.sections.history')}>
        <AuditHistory
          entity="measure"
          id={m.id}
          fieldLabel={(field) => t(`fields.${field}`, { defaultValue: field })}
        />
      </Section>
    </Page>
  );
}

export { MeasureRoute as Component };
