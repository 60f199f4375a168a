import type { ReactNode } from 'react';

/**
 * KERN Kopfzeile: the thin bar with the German flag that says who runs the site. CSS-only
 * variant of KERN's `kern-kopfzeile` (no web component, no script).
 */
export function Kopfzeile({ children }: { children: ReactNode }) {
  return (
    <div className="kern-kopfzeile">
      <div className="lp-container">
        <div className="kern-kopfzeile__content">
          <span className="kern-kopfzeile__flagge" aria-hidden="true">
            <svg
              xmlns="http://www.w3.org/2000/svg"
              fill="none"
              viewBox="0 0 24 16"
              width="24"
              height="16"
            >
              <path fill="#000" d="M0 .5h24v5.333H0z" />
              <path fill="red" d="M0 5.833h24v5.333H0z" />
              <path fill="#FACA2C" d="M0 11.167h24V16.5H0z" />
            </svg>
          </span>
          <span className="kern-kopfzeile__label">{children}</span>
        </div>
      </div>
    </div>
  );
}
