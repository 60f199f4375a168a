import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@leitplanken/shared';
import { Alert } from '@/components/ui/alert';
import { Loader } from '@/components/ui/loader';
import { Table } from '@/components/ui/table';
import { useErrorMessage } from '@/lib/error-message';
import { useFormat } from '@/lib/use-language';
import { useAuditEntries } from '../api/get-audit-entries';

const ROLE_SUFFIX = /\((admin|board|department_head|staff_council|viewer)\)$/;

/** Top-level fields whose value differs between before and after (JSON comparison). */
export function changedFields(entry: Pick<AuditEntry, 'before' | 'after'>): string[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter(
    (key) => key !== 'version' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/**
 * The change history of one entry from the audit log: when, who (name and role at the time),
 * what kind of change, and which fields changed — named by `fieldLabel` of the feature.
 */
export function AuditHistory({
  entity,
  id,
  fieldLabel,
}: {
  entity: string;
  id: string;
  fieldLabel: (field: string) => string;
}) {
  const { t } = useTranslation('audit');
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const entries = useAuditEntries(entity, id);
  if (entries.isPending) return <Loader label={t('loading')} />;
  if (entries.isError) {
    return (
      <Alert variant="danger" title={t('error')}>
        <p className="kern-body">{errorMessage(entries.error)}</p>
      </Alert>
    );
  }
  if (entries.data.length === 0) return <p className="kern-body">{t('empty')}</p>;
  // Stored as "Name (role)" at the time of the change; the role in words of the UI language.
  const actor = (name: string | null) =>
    name === null
      ? t('system')
      : name.replace(ROLE_SUFFIX, (_, role: string) => `(${t(`common:roles.${role}`)})`);
  const actionLabel = (action: string) => t(`actions.${action}`, { defaultValue: action });
  return (
    <Table
      caption={t('caption')}
      hideCaption
      rows={entries.data}
      rowKey={(e) => e.id}
      columns={[
        { key: 'at', header: t('at'), rowHeader: true, cell: (e) => format.dateTime(e.at) },
        { key: 'actor', header: t('actor'), cell: (e) => actor(e.actorName) },
        { key: 'action', header: t('action'), cell: (e) => actionLabel(e.action) },
        {
          key: 'fields',
          header: t('fields'),
          cell: (e) => {
            if (e.action === 'create' || e.action === 'delete') return '–';
            const fields = changedFields(e);
            return fields.length === 0 ? '–' : fields.map(fieldLabel).join(', ');
          },
        },
      ]}
    />
  );
}
