import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from '@/lib/cx';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingSize = 'display' | 'x-large' | 'large' | 'medium' | 'small';

const DEFAULT_SIZE: Record<HeadingLevel, HeadingSize> = {
  1: 'x-large',
  2: 'large',
  3: 'medium',
  4: 'small',
  5: 'small',
  6: 'small',
};

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The document outline level; pick it by structure, and `size` by looks. */
  level: HeadingLevel;
  size?: HeadingSize;
  ref?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** KERN heading (`kern-heading-<size>`) at the given outline level. */
export function Heading({ level, size, className, children, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={cx(`kern-heading-${size ?? DEFAULT_SIZE[level]}`, className)} {...rest}>
      {children}
    </Tag>
  );
}
