import type { ReactNode } from 'react';
import { cx } from '@/lib/cx';
import type { HeadingLevel } from './heading';

export interface CardProps {
  title?: ReactNode;
  /** Outline level of the title; choose it from where the card sits in the page. */
  titleLevel?: HeadingLevel;
  titleId?: string;
  /** Small line above the title, e.g. "Ziel 1". */
  preline?: ReactNode;
  /** Line below the title. */
  subline?: ReactNode;
  footer?: ReactNode;
  size?: 'small' | 'default' | 'large';
  /** Height of its own content instead of stretching to the row. */
  hug?: boolean;
  as?: 'div' | 'article' | 'section' | 'li' | 'figure';
  className?: string;
  children?: ReactNode;
}

/** KERN card (`kern-card`). */
export function Card({
  title,
  titleLevel = 3,
  titleId,
  preline,
  subline,
  footer,
  size = 'default',
  hug = false,
  as: Tag = 'div',
  className,
  children,
}: CardProps) {
  const TitleTag = `h${titleLevel}` as const;
  return (
    <Tag
      className={cx(
        'kern-card',
        size !== 'default' && `kern-card--${size}`,
        hug && 'kern-card--hug',
        className,
      )}
    >
      <div className="kern-card__container">
        {(title || preline || subline) && (
          <div className="kern-card__header">
            {preline && <p className="kern-preline">{preline}</p>}
            {title && (
              <TitleTag className="kern-title" id={titleId}>
                {title}
              </TitleTag>
            )}
            {subline && <p className="kern-subline">{subline}</p>}
          </div>
        )}
        {children && <div className="kern-card__body">{children}</div>}
        {footer && <div className="kern-card__footer">{footer}</div>}
      </div>
    </Tag>
  );
}
