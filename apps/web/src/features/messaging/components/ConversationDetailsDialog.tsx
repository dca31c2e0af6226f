import { useState, type FormEvent } from 'react';
import { MESSAGING_LIMITS } from '@cop/contracts';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import {
  AddConversationMembersMutation,
  LeaveConversationMutation,
  RemoveConversationMemberMutation,
  RenameConversationMutation,
  SetConversationMutedMutation,
} from '../graphql/messaging';
import type { Conversation } from '../lib/conversation';
import { ChosenMembers, MemberSearch, type PickedMember } from './MemberSearch';

export interface ConversationDetailsDialogProps {
  open: boolean;
  onClose: () => void;
  conversation: Conversation;
  me: string | undefined;
  /** After leaving the group. */
  onLeft: () => void;
}

/**
 * About a conversation: its members and their roles, mute; for groups, leave, and for the
 * group's admins rename, add and remove members.
 */
export function ConversationDetailsDialog({
  open,
  onClose,
  conversation,
  me,
  onLeft,
}: ConversationDetailsDialogProps) {
  const { t } = useTranslation('messaging');
  const toast = useToast();
  // Only groups are managed here: a JIT workspace's channel follows the workspace's membership.
  const group = conversation.kind === 'GROUP';
  const jit = conversation.kind === 'JIT';
  const admin = group && conversation.myRole === 'ADMIN';
  const [title, setTitle] = useState(conversation.title ?? '');
  const [adding, setAdding] = useState<PickedMember[]>([]);
  const [problem, setProblem] = useState('');
  const [renaming, rename] = useMutation(RenameConversationMutation);
  const [addState, add] = useMutation(AddConversationMembersMutation);
  const [, removeMember] = useMutation(RemoveConversationMemberMutation);
  const [muteState, setMuted] = useMutation(SetConversationMutedMutation);
  const [leaving, leave] = useMutation(LeaveConversationMutation);
  const [confirmLeave, setConfirmLeave] = useState(false);

  function outcome(ok: boolean) {
    setProblem(ok ? '' : t('details.error'));
    if (ok) toast.show(t('details.saved'), { tone: 'success' });
    return ok;
  }

  async function submitRename(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    const result = await rename({ id: conversation.id, title: title.trim() });
    outcome(!result.error);
  }

  async function submitAdd() {
    if (adding.length === 0) return;
    const result = await add({ id: conversation.id, memberIds: adding.map((m) => m.id) });
    if (outcome(!result.error)) setAdding([]);
  }

  async function remove(memberId: string) {
    const result = await removeMember({ id: conversation.id, memberId });
    outcome(!result.error);
  }

  async function doLeave() {
    const result = await leave({ id: conversation.id });
    if (result.error) {
      setProblem(t('details.error'));
      return;
    }
    toast.show(t('details.left'), { tone: 'success' });
    onLeft();
  }

  const memberIds = conversation.members.map((entry) => entry.member.id);

  return (
    <Dialog open={open} onClose={onClose} title={t('details.title')}>
      <div className="messaging-form">
        {admin && (
          <form className="messaging-inline-form" onSubmit={(event) => void submitRename(event)}>
            <FormField label={t('details.rename')}>
              <TextInput
                value={title}
                dir="auto"
                maxLength={MESSAGING_LIMITS.titleMax}
                onChange={(event) => setTitle(event.target.value)}
              />
            </FormField>
            <Button type="submit" variant="secondary" busy={renaming.fetching}>
              {t('details.renameSave')}
            </Button>
          </form>
        )}
        {jit && <p className="messaging-muted">{t('details.jitManaged')}</p>}
        <section aria-labelledby="messaging-details-members">
          <h3 id="messaging-details-members">{t('details.members')}</h3>
          <ul className="messaging-members">
            {conversation.members.map((entry) => (
              <li key={entry.member.id} className="messaging-members__item">
                <span dir="auto">{entry.member.fullName}</span>
                {entry.member.id === me && <span className="messaging-muted"> {t('details.you')}</span>}
                {entry.role === 'ADMIN' && group && (
                  <span className="messaging-tag">{t('details.admin')}</span>
                )}
                {entry.role === 'READER' && <span className="messaging-tag">{t('details.reader')}</span>}
                {admin && entry.member.id !== me && (
                  <Button
                    variant="secondary"
                    className="messaging-members__remove"
                    aria-label={t('details.removeNamed', { name: entry.member.fullName })}
                    onClick={() => void remove(entry.member.id)}
                  >
                    {t('details.remove')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
        {admin && (
          <section aria-labelledby="messaging-details-add" className="messaging-form">
            <h3 id="messaging-details-add">{t('details.add')}</h3>
            <ChosenMembers
              members={adding}
              onRemove={(id) => setAdding((c) => c.filter((m) => m.id !== id))}
            />
            <MemberSearch
              exclude={[...memberIds, ...adding.map((m) => m.id)]}
              onChoose={(member) => setAdding((current) => [...current, member])}
            />
            {adding.length > 0 && (
              <Button variant="secondary" busy={addState.fetching} onClick={() => void submitAdd()}>
                {t('details.addChosen')}
              </Button>
            )}
          </section>
        )}
        <label className="messaging-check">
          <input
            type="checkbox"
            checked={conversation.muted}
            disabled={muteState.fetching}
            aria-describedby="messaging-mute-hint"
            onChange={(event) =>
              void setMuted({ id: conversation.id, muted: event.target.checked }).then((r) =>
                outcome(!r.error),
              )
            }
          />
          {t('details.mute')}
        </label>
        <p id="messaging-mute-hint" className="messaging-muted">
          {t('details.muteHint')}
        </p>
        {group &&
          (confirmLeave ? (
            <div className="messaging-confirm" role="group" aria-label={t('details.leave')}>
              <p>{t('details.leaveConfirm')}</p>
              <Button variant="danger" busy={leaving.fetching} onClick={() => void doLeave()}>
                {t('details.leave')}
              </Button>{' '}
              <Button variant="secondary" onClick={() => setConfirmLeave(false)}>
                {t('message.cancel')}
              </Button>
            </div>
          ) : (
            <Button variant="danger" onClick={() => setConfirmLeave(true)}>
              {t('details.leave')}
            </Button>
          ))}
        {problem && (
          <p className="ui-field__error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </Dialog>
  );
}
