import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '@/components/ui/heading';
import { useDocumentTitle } from '@/lib/use-document-title';
import { cx } from '@/lib/cx';

/** False until the first page has been shown: the initial load keeps the browser's focus. */
let navigatedBefore = false;

export interface PageProps {
  /** The page's one `<h1>`, and the first part of `document.title`. */
  title: string;
  /** Text under the heading. */
  intro?: ReactNode;
  /** Next to the heading, e.g. a button "Maßnahme anlegen". */
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
}

/**
 * Frame of every page: sets "<title> – Leitplanken" as document title and renders the single h1.
 * After a client-side navigation focus moves to the h1, so screen-reader and keyboard users start
 * at the new content instead of somewhere in the old one.
 */
export function Page({ title, intro, actions, className, children }: PageProps) {
  useDocumentTitle(title);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) return; // StrictMode runs effects twice; this is still the same mount
    mounted.current = true;
    if (navigatedBefore) headingRef.current?.focus();
    navigatedBefore = true;
  }, []);
  return (
    <div className={cx('lp-page', className)}>
      <div className="lp-page__header">
        <div className="lp-page__heading">
          <Heading level={1} ref={headingRef} tabIndex={-1}>
            {title}
          </Heading>
          {intro && <div className="kern-body kern-body--large lp-page__intro">{intro}</div>}
        </div>
        {actions && <div className="lp-page__actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}
