import { useState, type FormEvent } from 'react';
import { MESSAGING_LIMITS } from '@cop/contracts';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextInput } from '../../../ui/TextInput';
import { CreateGroupConversationMutation, StartDirectConversationMutation } from '../graphql/messaging';
import { ChosenMembers, MemberSearch, type PickedMember } from './MemberSearch';

export interface NewConversationDialogProps {
  open: boolean;
  onClose: () => void;
  me: string | undefined;
  /** The conversation started (or the existing direct one with that member). */
  onStarted: (conversationId: string) => void;
}

type Kind = 'DIRECT' | 'GROUP';

/**
 * "New conversation": one member found in the directory for a direct conversation (the existing
 * one if there is one already), or several and a name for a group.
 */
export function NewConversationDialog({ open, onClose, me, onStarted }: NewConversationDialogProps) {
  const { t } = useTranslation('messaging');
  const [kind, setKind] = useState<Kind>('DIRECT');
  const [chosen, setChosen] = useState<PickedMember[]>([]);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const [direct, startDirect] = useMutation(StartDirectConversationMutation);
  const [group, createGroup] = useMutation(CreateGroupConversationMutation);
  const busy = direct.fetching || group.fetching;
  const othersNeeded = MESSAGING_LIMITS.groupMin - 1;

  function reset() {
    setKind('DIRECT');
    setChosen([]);
    setTitle('');
    setProblem('');
  }

  function choose(member: PickedMember) {
    setProblem('');
    setChosen((current) => (kind === 'DIRECT' ? [member] : [...current, member]));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (kind === 'DIRECT') {
      const member = chosen[0];
      if (!member) return setProblem(t('new.pickOne'));
      const result = await startDirect({ memberId: member.id });
      const id = result.data?.startDirectConversation.id;
      if (!id) return setProblem(t('new.error'));
      reset();
      onStarted(id);
      return;
    }
    if (chosen.length < othersNeeded) return setProblem(t('new.pickMore', { number: othersNeeded }));
    if (!title.trim()) return setProblem(t('new.titleRequired'));
    const result = await createGroup({ input: { title: title.trim(), memberIds: chosen.map((m) => m.id) } });
    const id = result.data?.createGroupConversation.id;
    if (!id) return setProblem(t('new.error'));
    reset();
    onStarted(id);
  }

  const formId = 'messaging-new-conversation';
  return (
    <Dialog
      open={open}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('new.title')}
      footer={
        <Button type="submit" form={formId} busy={busy}>
          {kind === 'DIRECT' ? t('new.start') : t('new.create')}
        </Button>
      }
    >
      <form id={formId} className="messaging-form" onSubmit={(event) => void submit(event)} noValidate>
        <RadioGroup<Kind>
          legend={t('new.kind')}
          name="kind"
          value={kind}
          options={[
            { value: 'DIRECT', label: t('new.direct') },
            { value: 'GROUP', label: t('new.group') },
          ]}
          onChange={(value) => {
            setKind(value);
            setProblem('');
            if (value === 'DIRECT') setChosen((current) => current.slice(0, 1));
          }}
        />
        {kind === 'GROUP' && (
          <FormField label={t('new.groupTitle')}>
            <TextInput
              value={title}
              maxLength={MESSAGING_LIMITS.titleMax}
              dir="auto"
              onChange={(event) => setTitle(event.target.value)}
            />
          </FormField>
        )}
        <ChosenMembers members={chosen} onRemove={(id) => setChosen((c) => c.filter((m) => m.id !== id))} />
        <MemberSearch
          exclude={[...(me ? [me] : []), ...chosen.map((member) => member.id)]}
          onChoose={choose}
        />
        {problem && (
          <p className="ui-field__error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </Dialog>
  );
}
