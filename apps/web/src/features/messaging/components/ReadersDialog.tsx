import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { Dialog } from '../../../ui/Dialog';
import { MessageReadersQuery } from '../graphql/messaging';

/** Who has read one's message in a group, asked when opened. */
export function ReadersDialog({ messageId, onClose }: { messageId: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('messaging');
  const locale = currentLanguage(i18n);
  const [{ data, fetching, error }] = useQuery({
    query: MessageReadersQuery,
    variables: { messageId: messageId ?? '' },
    pause: !messageId,
    requestPolicy: 'network-only',
  });
  const readers = data?.messageReaders ?? [];
  return (
    <Dialog open={messageId !== null} onClose={onClose} title={t('receipt.readersTitle')}>
      {fetching && !data ? (
        <p role="status">{t('receipt.readersLoading')}</p>
      ) : error ? (
        <p role="alert">{t('receipt.readersError')}</p>
      ) : readers.length === 0 ? (
        <p>{t('receipt.readersNone')}</p>
      ) : (
        <ul className="messaging-members">
          {readers.map((reader) => (
            <li key={reader.member.id} className="messaging-members__item">
              <span dir="auto">{reader.member.fullName}</span>
              {reader.readAt && (
                <time className="messaging-muted" dateTime={reader.readAt}>
                  {formatDateTime(reader.readAt, locale)}
                </time>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
