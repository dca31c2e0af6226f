import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { DigestStatus } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { useToast } from '../../../ui/Toast';
import {
  ArchiveDigestCaseMutation,
  PublishDigestCaseMutation,
  RestoreDigestCaseMutation,
  ReturnDigestCaseMutation,
  SubmitDigestCaseMutation,
} from '../graphql/digest';
import { CommentDialog } from './CommentDialog';
import { Problem, useDigestProblem } from './common';

export interface CaseActionsProps {
  id: string;
  title: string;
  status: DigestStatus | string;
  canEdit: boolean;
  canSubmit: boolean;
  canModerate: boolean;
  /** Show the edit link (the reader); the review queue leaves it out. */
  withEdit?: boolean;
}

/**
 * What the caller may do with a record, by its flags and status: edit, submit for review; and for
 * moderators return with a comment, publish, archive with a reason, restore. Members never see the
 * moderators' buttons.
 */
export function CaseActions({
  id,
  title,
  status,
  canEdit,
  canSubmit,
  canModerate,
  withEdit = true,
}: CaseActionsProps) {
  const { t } = useTranslation('digest');
  const toast = useToast();
  const describe = useDigestProblem();
  const [dialog, setDialog] = useState<'return' | 'archive' | null>(null);
  const [submitState, submit] = useMutation(SubmitDigestCaseMutation);
  const [publishState, publish] = useMutation(PublishDigestCaseMutation);
  const [restoreState, restore] = useMutation(RestoreDigestCaseMutation);
  const [, returnCase] = useMutation(ReturnDigestCaseMutation);
  const [, archive] = useMutation(ArchiveDigestCaseMutation);
  const failure = submitState.error ?? publishState.error ?? restoreState.error;

  const canPublish = canModerate && (status === 'IN_REVIEW' || status === 'DRAFT');
  const canReturn = canModerate && status === 'IN_REVIEW';
  const canArchive = canModerate && status === 'PUBLISHED';
  const canRestore = canModerate && status === 'ARCHIVED';
  const showSubmit = canSubmit && status === 'DRAFT';

  return (
    <div className="digest-actions" role="group" aria-label={t('actions.label', { title })}>
      {withEdit && canEdit && (
        <Link className="ui-button ui-button--secondary" to={`/case-law/cases/${id}/edit`}>
          {t('actions.edit')}
        </Link>
      )}
      {showSubmit && (
        <Button
          busy={submitState.fetching}
          onClick={async () => {
            const result = await submit({ id });
            if (!result.error) toast.show(t('actions.submitted'), { tone: 'success' });
          }}
        >
          {t('actions.submit')}
        </Button>
      )}
      {canReturn && (
        <Button variant="secondary" onClick={() => setDialog('return')}>
          {t('actions.return')}
        </Button>
      )}
      {canPublish && (
        <Button
          busy={publishState.fetching}
          onClick={async () => {
            const result = await publish({ id });
            if (!result.error) toast.show(t('actions.published'), { tone: 'success' });
          }}
        >
          {t('actions.publish')}
        </Button>
      )}
      {canArchive && (
        <Button variant="danger" onClick={() => setDialog('archive')}>
          {t('actions.archive')}
        </Button>
      )}
      {canRestore && (
        <Button
          busy={restoreState.fetching}
          onClick={async () => {
            const result = await restore({ id });
            if (!result.error) toast.show(t('actions.restored'), { tone: 'success' });
          }}
        >
          {t('actions.restore')}
        </Button>
      )}
      {failure && <Problem>{describe(failure)}</Problem>}
      <CommentDialog
        open={dialog === 'return'}
        onClose={() => setDialog(null)}
        title={t('actions.returnTitle')}
        body={<p>{t('actions.returnBody')}</p>}
        label={t('actions.returnComment')}
        confirmLabel={t('actions.returnConfirm')}
        onConfirm={async (comment) => {
          const result = await returnCase({ id, comment });
          if (!result.error) toast.show(t('actions.returned'), { tone: 'success' });
          return result.error ?? null;
        }}
      />
      <CommentDialog
        open={dialog === 'archive'}
        onClose={() => setDialog(null)}
        title={t('actions.archiveTitle')}
        body={<p>{t('actions.archiveBody')}</p>}
        label={t('actions.archiveReason')}
        confirmLabel={t('actions.archiveConfirm')}
        danger
        onConfirm={async (reason) => {
          const result = await archive({ id, reason });
          if (!result.error) toast.show(t('actions.archived'), { tone: 'success' });
          return result.error ?? null;
        }}
      />
    </div>
  );
}
