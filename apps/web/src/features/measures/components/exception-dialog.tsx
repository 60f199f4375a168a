import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  exceptionDecisionSchema,
  toFieldErrors,
  type MeasureAssessment,
} from '@leitplanken/shared';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { RadioGroup } from '@/components/ui/radio-group';
import { Textarea } from '@/components/ui/textarea';
import { useErrorMessage } from '@/lib/error-message';
import { useLanguage } from '@/lib/use-language';
import { useDecideException } from '../api/decide-exception';

/** The board decides on a conflict: accept as an exception or reject, with a reason. */
export function ExceptionDialog({
  measureId,
  version,
  assessment,
  onClose,
}: {
  measureId: string;
  version: number;
  assessment: MeasureAssessment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const decide = useDecideException();
  const [decision, setDecision] = useState<'accepted' | 'rejected'>('accepted');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const code = assessment?.subGoalCode ?? '';

  const close = () => {
    decide.reset();
    setReason('');
    setReasonError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { decision, reason, version };
    const parsed = exceptionDecisionSchema.safeParse(body);
    if (!parsed.success) {
      const first = toFieldErrors(parsed.error.issues)[0];
      setReasonError(
        first ? (language === 'en' ? (first.messageEn ?? first.message) : first.message) : null,
      );
      document.getElementById('exception-reason')?.focus();
      return;
    }
    setReasonError(null);
    try {
      await decide.mutateAsync({ id: measureId, subGoalCode: code, body });
      close();
    } catch {
      // shown below from decide.error
    }
  };

  return (
    <Dialog
      open={assessment !== null}
      onClose={close}
      title={t('exception.title', { code })}
      footer={
        <>
          <Button type="submit" form="exception-form" disabled={decide.isPending}>
            {t('exception.save')}
          </Button>
          <Button variant="tertiary" onClick={close}>
            {t('exception.cancel')}
          </Button>
        </>
      }
    >
      <form id="exception-form" noValidate onSubmit={(e) => void submit(e)} className="lp-form">
        {assessment?.justification && (
          <p className="kern-body">
            {t('exception.intro', { justification: assessment.justification })}
          </p>
        )}
        {decide.isError && <Alert variant="danger" title={errorMessage(decide.error)} />}
        <RadioGroup
          legend={t('exception.decision')}
          name="decision"
          value={decision}
          onChange={setDecision}
          options={[
            { value: 'accepted', label: t('exception.accept') },
            { value: 'rejected', label: t('exception.reject') },
          ]}
        />
        <Textarea
          id="exception-reason"
          label={t('exception.reason')}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={reasonError ?? undefined}
        />
      </form>
    </Dialog>
  );
}
