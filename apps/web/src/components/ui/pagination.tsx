import { useTranslation } from 'react-i18next';
import { Button } from './button';

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** Names the navigation, e.g. "Seiten der Maßnahmenliste". */
  label: string;
}

/** Previous/next with "Seite 2 von 7"; the buttons are disabled at either end. */
export function Pagination({ page, pageSize, total, onPage, label }: PaginationProps) {
  const { t } = useTranslation('common');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="lp-pagination" aria-label={label}>
      <Button
        variant="secondary"
        icon="arrow-back"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('pagination.previous')}
      </Button>
      <p className="kern-body lp-pagination__status" aria-live="polite">
        {t('pagination.status', { page, pages })}
      </p>
      <Button
        variant="secondary"
        icon="arrow-forward"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('pagination.next')}
      </Button>
    </nav>
  );
}
