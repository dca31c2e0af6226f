import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { useToast } from '../../../ui/Toast';
import { DiscussionCategoriesQuery } from '../graphql/categories';
import {
  LockDiscussionThreadMutation,
  MoveDiscussionThreadMutation,
  PinDiscussionThreadMutation,
} from '../graphql/moderation';
import { useCategoryText } from '../lib/localized';
import type { Thread } from '../lib/types';
import { ReasonDialog } from './ReasonDialog';

type Tool = 'lock' | 'pin' | 'move';

/** Moderators: lock or unlock, pin or unpin, move to another category; each with a reason. */
export function ThreadTools({ thread, onChanged }: { thread: Thread; onChanged: () => void }) {
  const { t } = useTranslation('discussions');
  const toast = useToast();
  const text = useCategoryText();
  const [tool, setTool] = useState<Tool | null>(null);
  const [target, setTarget] = useState('');
  const [, lock] = useMutation(LockDiscussionThreadMutation);
  const [, pin] = useMutation(PinDiscussionThreadMutation);
  const [, move] = useMutation(MoveDiscussionThreadMutation);
  const [{ data }] = useQuery({ query: DiscussionCategoriesQuery, pause: tool !== 'move' });
  const categories = (data?.discussionCategories ?? []).filter(
    (category) => category.id !== thread.category.id,
  );
  const close = () => setTool(null);

  function done(message: string) {
    toast.show(message, { tone: 'success' });
    onChanged();
  }

  return (
    <div className="discussions-tools" role="group" aria-label={t('moderation.threadTools')}>
      <Button variant="secondary" onClick={() => setTool('lock')}>
        {thread.locked ? t('moderation.unlock') : t('moderation.lock')}
      </Button>
      <Button variant="secondary" onClick={() => setTool('pin')}>
        {thread.pinned ? t('moderation.unpin') : t('moderation.pin')}
      </Button>
      <Button
        variant="secondary"
        onClick={() => {
          setTarget('');
          setTool('move');
        }}
      >
        {t('moderation.move')}
      </Button>

      <ReasonDialog
        open={tool === 'lock'}
        onClose={close}
        title={thread.locked ? t('moderation.unlockTitle') : t('moderation.lockTitle')}
        body={<p>{thread.locked ? t('moderation.unlockBody') : t('moderation.lockBody')}</p>}
        confirmLabel={thread.locked ? t('moderation.unlock') : t('moderation.lock')}
        onConfirm={async (reason) => {
          const locked = !thread.locked;
          const answer = await lock({ input: { threadId: thread.id, reason }, locked });
          if (!answer.error) done(locked ? t('moderation.locked') : t('moderation.unlocked'));
          return answer.error ?? null;
        }}
      />
      <ReasonDialog
        open={tool === 'pin'}
        onClose={close}
        title={thread.pinned ? t('moderation.unpinTitle') : t('moderation.pinTitle')}
        body={<p>{thread.pinned ? t('moderation.unpinBody') : t('moderation.pinBody')}</p>}
        confirmLabel={thread.pinned ? t('moderation.unpin') : t('moderation.pin')}
        onConfirm={async (reason) => {
          const pinned = !thread.pinned;
          const answer = await pin({ input: { threadId: thread.id, reason }, pinned });
          if (!answer.error) done(pinned ? t('moderation.pinned') : t('moderation.unpinned'));
          return answer.error ?? null;
        }}
      />
      <ReasonDialog
        open={tool === 'move'}
        onClose={close}
        title={t('moderation.moveTitle')}
        body={<p>{t('moderation.moveBody', { category: text.name(thread.category) })}</p>}
        confirmLabel={t('moderation.moveConfirm')}
        validate={() => (target ? null : t('moderation.moveChoose'))}
        onConfirm={async (reason) => {
          const answer = await move({ input: { threadId: thread.id, categoryId: target, reason } });
          if (!answer.error) done(t('moderation.moved'));
          return answer.error ?? null;
        }}
      >
        <FormField label={t('moderation.moveTo')}>
          <Select name="categoryId" value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">{t('moderation.moveChoose')}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {text.name(category)}
              </option>
            ))}
          </Select>
        </FormField>
      </ReasonDialog>
    </div>
  );
}
