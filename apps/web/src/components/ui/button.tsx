import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from '@/lib/cx';
import { Icon, type IconName } from './icon';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'tertiary';
  size?: 'default' | 'x-small';
  /** Full width. */
  block?: boolean;
  icon?: IconName;
  /** Show only the icon; `children` stays as the accessible name (screen readers only). */
  iconOnly?: boolean;
  ref?: Ref<HTMLButtonElement>;
  children: ReactNode;
}

/** KERN button (`kern-btn`). Defaults to `type="button"` so it never submits a form by accident. */
export function Button({
  variant = 'primary',
  size = 'default',
  block = false,
  icon,
  iconOnly = false,
  type = 'button',
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        'kern-btn',
        `kern-btn--${variant}`,
        size === 'x-small' && 'kern-btn--x-small',
        block && 'kern-btn--block',
        className,
      )}
      {...rest}
    >
      {icon && <Icon name={icon} />}
      <span className={cx('kern-label', iconOnly && 'kern-sr-only')}>{children}</span>
    </button>
  );
}
