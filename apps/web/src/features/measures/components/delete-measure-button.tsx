import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '@leitplanken/shared';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useErrorMessage } from '@/lib/error-message';
import { useDeleteMeasure } from '../api/delete-measure';

/** "Löschen" with a confirmation dialog; deletes the version shown (409 if it changed). */
export function DeleteMeasureButton({
  measure,
  onDeleted,
}: {
  measure: Measure;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('measures');
  const errorMessage = useErrorMessage();
  const remove = useDeleteMeasure();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" icon="delete" onClick={() => setOpen(true)}>
        {t('page.delete')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('page.deleteTitle')}
        footer={
          <>
            <Button
              icon="delete"
              disabled={remove.isPending}
              onClick={() =>
                void remove
                  .mutateAsync({ id: measure.id, version: measure.version })
                  .then(onDeleted, () => undefined)
              }
            >
              {t('page.deleteConfirm')}
            </Button>
            <Button variant="tertiary" onClick={() => setOpen(false)}>
              {t('form.cancel')}
            </Button>
          </>
        }
      >
        <p className="kern-body">{t('page.deleteText', { title: measure.title })}</p>
        {remove.isError && <Alert variant="danger" title={errorMessage(remove.error)} />}
      </Dialog>
    </>
  );
}
