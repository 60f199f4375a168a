import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '@leitplanken/shared';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextInput } from '@/components/ui/text-input';
import { useErrorMessage } from '@/lib/error-message';
import { useLogin } from '../api/login';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type FieldErrors = Partial<Record<'email' | 'password', string>>;

export interface LoginFormProps {
  /** Re-login: the account is fixed (shown, not editable). */
  fixedEmail?: string;
  submitLabel?: string;
  onSuccess: (user: SessionUser) => void;
  /** Extra buttons next to the submit button (e.g. "Abbrechen" in the dialog). */
  secondaryActions?: ReactNode;
}

/**
 * E-mail and password, with inline errors for empty or malformed input and the API's answer
 * (wrong credentials, too many attempts) above the form. After a failed attempt the password is
 * cleared and focused; the e-mail address stays.
 */
export function LoginForm({
  fixedEmail,
  submitLabel,
  onSuccess,
  secondaryActions,
}: LoginFormProps) {
  const { t } = useTranslation('auth');
  const errorMessage = useErrorMessage();
  const mutation = useLogin();
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // Re-login: the only thing to type is the password. (After the dialog has taken focus.)
  useEffect(() => {
    if (!fixedEmail) return;
    const frame = requestAnimationFrame(() => passwordRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [fixedEmail]);

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    const trimmed = email.trim();
    if (!trimmed) errors.email = t('login.errors.emailRequired');
    else if (!EMAIL.test(trimmed)) errors.email = t('login.errors.emailInvalid');
    if (!password) errors.password = t('login.errors.passwordRequired');
    return errors;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    if (errors.email && !fixedEmail) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    mutation.mutate(
      { email: email.trim(), password },
      {
        onSuccess,
        onError: () => {
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  }

  return (
    <form className="lp-login-form" noValidate onSubmit={submit}>
      {mutation.isError && (
        <Alert variant="danger" title={t('login.failed')}>
          <p className="kern-body">{errorMessage(mutation.error)}</p>
        </Alert>
      )}
      {fixedEmail ? (
        <p className="kern-body">
          <span className="kern-label">{t('relogin.account')}: </span>
          {fixedEmail}
        </p>
      ) : (
        <TextInput
          ref={emailRef}
          label={t('login.email')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldErrors.email}
        />
      )}
      <TextInput
        ref={passwordRef}
        label={t('login.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password}
      />
      <div className="lp-form-actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('login.submitting') : (submitLabel ?? t('login.submit'))}
        </Button>
        {secondaryActions}
      </div>
    </form>
  );
}
