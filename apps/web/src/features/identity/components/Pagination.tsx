import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import './Pagination.css';

export interface PaginationProps {
  total: number;
  /** Page size. */
  first: number;
  offset: number;
  onChange: (offset: number) => void;
  /** Names the navigation landmark when a page has more than one list. */
  label?: string;
}

/** "21–40 of 57" as the reader's language writes it; empty for no result. */
export function useRangeText(total: number, first: number, offset: number): string {
  const { t, i18n } = useTranslation('members');
  if (total === 0) return '';
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? i18n.language);
  return t('pagination.range', {
    from: number.format(Math.min(offset + 1, total)),
    to: number.format(Math.min(offset + first, total)),
    total: number.format(total),
  });
}

/** Previous and next page of a list, with where the reader is. Hidden when everything fits. */
export function Pagination({ total, first, offset, onChange, label }: PaginationProps) {
  const { t } = useTranslation('members');
  const pages = Math.max(1, Math.ceil(total / first));
  const page = Math.min(pages, Math.floor(offset / first) + 1);
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label ?? t('pagination.label')}>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onChange(Math.max(0, offset - first))}>
        <span aria-hidden="true" className="pagination__arrow">
          ‹
        </span>
        {t('pagination.previous')}
      </Button>
      <p className="pagination__where">{t('pagination.page', { page, pages })}</p>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onChange(offset + first)}>
        {t('pagination.next')}
        <span aria-hidden="true" className="pagination__arrow">
          ›
        </span>
      </Button>
    </nav>
  );
}
