import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Dialog } from '../../../ui/Dialog';
import { LoadError } from '../../identity/components/LoadError';
import { useIntlNames } from '../../identity/lib/intl';
import { DiscussionPostHistoryQuery } from '../graphql/threads';

export interface EditHistoryDialogProps {
  postId: string;
  /** The post's number, for the title. */
  seq: number;
  open: boolean;
  onClose: () => void;
}

/**
 * A post's earlier texts, newest first, as the author wrote them: Markdown shown as plain text (the
 * exact words that were replaced), never as HTML.
 */
export function EditHistoryDialog({ postId, seq, open, onClose }: EditHistoryDialogProps) {
  const { t } = useTranslation('discussions');
  const names = useIntlNames();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DiscussionPostHistoryQuery,
    variables: { id: postId },
    pause: !open,
    requestPolicy: 'network-only',
  });
  const revisions = data?.discussionPost.revisions;

  return (
    <Dialog open={open} onClose={onClose} title={t('history.title', { n: seq })}>
      {fetching && !revisions && <p role="status">{t('history.loading')}</p>}
      {error && !fetching && (
        <LoadError
          message={t('history.error')}
          retryLabel={t('retry')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {revisions && revisions.length === 0 && <p>{t('history.none')}</p>}
      {revisions && revisions.length > 0 && (
        <ol className="discussions-history">
          {revisions.map((revision) => (
            <li key={revision.id} className="discussions-history__item">
              <p className="discussions-history__meta">
                {t('history.replacedAt', {
                  date: names.dateTime(revision.createdAt),
                  name: revision.editor?.fullName ?? t('post.formerMember'),
                })}
              </p>
              {revision.title && (
                <p className="discussions-history__title" dir="auto">
                  {t('history.titleWas', { title: revision.title })}
                </p>
              )}
              <div className="discussions-history__body" dir="auto">
                {revision.body}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}
