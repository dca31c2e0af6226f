import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import './AttachmentList.css';

/** What the list needs of a GraphQL `Attachment`. */
export interface AttachmentView {
  id: string;
  name: string;
  size: number;
  downloadUrl: string;
  previewUrl?: string | null;
}

/**
 * Attachments as download links with their size; images show their preview (lazy-loaded). Names
 * are plain text isolated from the surrounding direction (a Hebrew or Arabic name in an English
 * page, or the reverse, keeps its order and does not reorder what follows).
 */
export function AttachmentList({ attachments }: { attachments: readonly AttachmentView[] }) {
  const { t, i18n } = useTranslation('files');
  const language = currentLanguage(i18n);
  if (attachments.length === 0) return null;
  return (
    <ul className="files-list" aria-label={t('listLabel')}>
      {attachments.map((attachment) => (
        <li key={attachment.id} className="files-list__item">
          {attachment.previewUrl && (
            <a className="files-list__thumb" href={attachment.downloadUrl} tabIndex={-1} aria-hidden="true">
              <img src={attachment.previewUrl} alt={attachment.name} loading="lazy" decoding="async" />
            </a>
          )}
          <span className="files-list__text">
            <a className="files-list__link" href={attachment.downloadUrl} download={attachment.name}>
              <bdi dir="auto">{attachment.name}</bdi>
            </a>{' '}
            <span className="files-list__size">{formatBytes(attachment.size, language)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
