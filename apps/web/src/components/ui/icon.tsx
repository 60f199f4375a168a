import { cx } from '@/lib/cx';

/** The KERN icons we use (`kern-icon--<name>`); extend when a new one is needed. */
export type IconName =
  | 'info'
  | 'success'
  | 'warning'
  | 'danger'
  | 'close'
  | 'add'
  | 'edit'
  | 'delete'
  | 'download'
  | 'search'
  | 'language'
  | 'dehaze'
  | 'open-in-new'
  | 'arrow-forward'
  | 'arrow-back'
  | 'check'
  | 'calendar-today'
  | 'logout'
  | 'account-circle';

/** Decorative icon: always `aria-hidden`; the meaning must be in adjacent text. */
export function Icon({ name, size }: { name: IconName; size?: 'small' | 'large' }) {
  return (
    <span
      className={cx('kern-icon', `kern-icon--${name}`, size && `kern-icon--${size}`)}
      aria-hidden="true"
    />
  );
}
