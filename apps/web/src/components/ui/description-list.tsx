import type { ReactNode } from 'react';
import { cx } from '@/lib/cx';

export interface DescriptionItem {
  term: ReactNode;
  value: ReactNode;
}

/** KERN description list (`kern-description-list`): term and value pairs. */
export function DescriptionList({
  items,
  className,
}: {
  items: readonly DescriptionItem[];
  className?: string;
}) {
  return (
    <dl className={cx('kern-description-list', 'lp-description-list', className)}>
      {items.map((item, i) => (
        <div className="kern-description-list-item" key={i}>
          <dt className="kern-description-list-item__key">{item.term}</dt>
          <dd className="kern-description-list-item__value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
