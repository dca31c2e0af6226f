import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { DiscussionGroupFieldsFragment, DiscussionGroupKind } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { FormError, type ErrorLike } from '../../identity/graphql/errors';
import { CreateDiscussionGroupMutation, UpdateDiscussionGroupMutation } from '../graphql/manage';
import { useDiscussionFieldErrors } from '../lib/errors';

export type Group = DiscussionGroupFieldsFragment;

/** Short names: lower-case letters, digits and hyphens, as the api checks them. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,59}$/;

interface GroupForm {
  slug: string;
  kind: DiscussionGroupKind;
  name: string;
  description: string;
}

export interface GroupDialogProps {
  open: boolean;
  /** The group being edited; a new one when null. */
  group: Group | null;
  onClose: () => void;
  onSaved: (group: Group) => void;
}

/** Creates or edits a regional or thematic group. */
export function GroupDialog({ open, group, onClose, onSaved }: GroupDialogProps) {
  const { t } = useTranslation('discussions');
  const formId = useId();
  const blank: GroupForm = { slug: '', kind: 'REGIONAL', name: '', description: '' };
  const [form, setForm] = useState<GroupForm>(blank);
  const [problems, setProblems] = useState<Partial<Record<keyof GroupForm, string>>>({});
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [shownFor, setShownFor] = useState<string | null>(null);
  const [created, create] = useMutation(CreateDiscussionGroupMutation);
  const [updated, update] = useMutation(UpdateDiscussionGroupMutation);
  const serverErrors = useDiscussionFieldErrors(failure);

  const current = open ? (group?.id ?? 'new') : null;
  if (current !== shownFor) {
    setShownFor(current);
    if (current) {
      setForm(
        group
          ? { slug: group.slug, kind: group.kind, name: group.name, description: group.description }
          : blank,
      );
      setProblems({});
      setFailure(null);
    }
  }

  function change<K extends keyof GroupForm>(key: K, value: GroupForm[K]) {
    setForm((previous) => ({ ...previous, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      ...form,
      slug: form.slug.trim(),
      name: form.name.trim(),
      description: form.description.trim(),
    };
    const found: Partial<Record<keyof GroupForm, string>> = {};
    if (!SLUG_PATTERN.test(input.slug)) found.slug = t('manage.slugInvalid');
    if (!input.name) found.name = t('manage.nameRequired');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const answer = group ? await update({ id: group.id, input }) : await create({ input });
    setFailure(answer.error ?? null);
    const saved =
      answer.data && 'updateDiscussionGroup' in answer.data
        ? answer.data.updateDiscussionGroup
        : answer.data && 'createDiscussionGroup' in answer.data
          ? answer.data.createDiscussionGroup
          : null;
    if (!answer.error && saved) onSaved(saved);
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={group ? t('manage.editGroupTitle', { name: group.name }) : t('manage.newGroupTitle')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={formId} busy={created.fetching || updated.fetching}>
            {t('manage.save')}
          </Button>
        </>
      }
    >
      <form id={formId} className="discussions-form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField label={t('manage.name')} error={problems.name ?? serverErrors.name}>
          <TextInput
            name="name"
            dir="auto"
            required
            maxLength={120}
            value={form.name}
            onChange={(event) => change('name', event.target.value)}
          />
        </FormField>
        <FormField
          label={t('manage.slug')}
          hint={t('manage.slugHint')}
          error={problems.slug ?? serverErrors.slug}
        >
          <TextInput
            name="slug"
            dir="ltr"
            required
            maxLength={60}
            autoComplete="off"
            value={form.slug}
            onChange={(event) => change('slug', event.target.value.toLowerCase())}
          />
        </FormField>
        <FormField label={t('manage.kind')} error={serverErrors.kind}>
          <Select
            name="kind"
            value={form.kind}
            onChange={(event) => change('kind', event.target.value as DiscussionGroupKind)}
          >
            <option value="REGIONAL">{t('manage.kindREGIONAL')}</option>
            <option value="THEMATIC">{t('manage.kindTHEMATIC')}</option>
          </Select>
        </FormField>
        <FormField label={t('manage.description')} error={serverErrors.description}>
          <TextArea
            name="description"
            dir="auto"
            rows={3}
            maxLength={1000}
            value={form.description}
            onChange={(event) => change('description', event.target.value)}
          />
        </FormField>
        <FormError error={failure} shownFields={['name', 'slug', 'kind', 'description']} />
      </form>
    </Dialog>
  );
}
