import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

export interface DialogProps {
  open: boolean;
  /** Called when the user closes the dialog (close button, Escape). */
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  /** Action buttons; the close button in the header is always there. */
  footer?: ReactNode;
}

/**
 * KERN dialog (`kern-dialog`) on the native modal `<dialog>`: the browser traps focus, closes on
 * Escape and returns focus to the opener.
 */
export function Dialog({ open, onClose, title, children, footer }: DialogProps) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', ''); // jsdom and very old browsers
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog ref={ref} className="kern-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={titleId}>
          {title}
        </h2>
        <Button variant="tertiary" icon="close" iconOnly onClick={onClose}>
          {t('dialog.close')}
        </Button>
      </header>
      <div className="kern-dialog__body">{children}</div>
      {footer && <footer className="kern-dialog__footer">{footer}</footer>}
    </dialog>
  );
}
