import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { LANGUAGES } from '@cop/contracts';
import type { AdminDiscussionCategoriesQuery } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { FormError, type ErrorLike } from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { CreateDiscussionCategoryMutation, UpdateDiscussionCategoryMutation } from '../graphql/manage';
import { useDiscussionFieldErrors } from '../lib/errors';
import { SLUG_PATTERN, type Group } from './GroupDialog';

export type AdminCategory = AdminDiscussionCategoriesQuery['adminDiscussionCategories'][number];

/** The languages a category's name and description are translated into (English is the base). */
const OTHER_LANGUAGES = LANGUAGES.filter((language) => language.code !== 'en');

interface CategoryForm {
  slug: string;
  name: string;
  description: string;
  names: Record<string, string>;
  descriptions: Record<string, string>;
  position: string;
  groupIds: string[];
}

function byLanguage(texts: readonly { language: string; text: string }[]): Record<string, string> {
  return Object.fromEntries(texts.map((entry) => [entry.language, entry.text]));
}

function toList(texts: Record<string, string>) {
  return Object.entries(texts)
    .map(([language, text]) => ({ language, text: text.trim() }))
    .filter((entry) => entry.text);
}

export interface CategoryDialogProps {
  open: boolean;
  category: AdminCategory | null;
  groups: readonly Group[];
  onClose: () => void;
  onSaved: () => void;
}

/** Creates or edits a category (administrators): names in each language, order, restriction to groups. */
export function CategoryDialog({ open, category, groups, onClose, onSaved }: CategoryDialogProps) {
  const { t } = useTranslation('discussions');
  const names = useIntlNames();
  const formId = useId();
  const [form, setForm] = useState<CategoryForm | null>(null);
  const [problems, setProblems] = useState<Partial<Record<'slug' | 'name' | 'position', string>>>({});
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [shownFor, setShownFor] = useState<string | null>(null);
  const [created, create] = useMutation(CreateDiscussionCategoryMutation);
  const [updated, update] = useMutation(UpdateDiscussionCategoryMutation);
  const serverErrors = useDiscussionFieldErrors(failure);

  const current = open ? (category?.id ?? 'new') : null;
  if (current !== shownFor) {
    setShownFor(current);
    if (current) {
      setForm({
        slug: category?.slug ?? '',
        name: category?.name ?? '',
        description: category?.description ?? '',
        names: byLanguage(category?.names ?? []),
        descriptions: byLanguage(category?.descriptions ?? []),
        position: String(category?.position ?? 0),
        groupIds: category?.groups.map((group) => group.id) ?? [],
      });
      setProblems({});
      setFailure(null);
    }
  }

  function change<K extends keyof CategoryForm>(key: K, value: CategoryForm[K]) {
    setForm((previous) => (previous ? { ...previous, [key]: value } : previous));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const position = Number.parseInt(form.position, 10);
    const input = {
      slug: form.slug.trim(),
      name: form.name.trim(),
      description: form.description.trim(),
      names: toList(form.names),
      descriptions: toList(form.descriptions),
      position: Number.isFinite(position) ? position : 0,
      groupIds: form.groupIds,
    };
    const found: Partial<Record<'slug' | 'name' | 'position', string>> = {};
    if (!SLUG_PATTERN.test(input.slug)) found.slug = t('manage.slugInvalid');
    if (!input.name) found.name = t('manage.nameRequired');
    if (form.position.trim() && !Number.isFinite(position)) found.position = t('manage.positionInvalid');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const answer = category ? await update({ id: category.id, input }) : await create({ input });
    setFailure(answer.error ?? null);
    if (!answer.error) onSaved();
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={category ? t('manage.editCategoryTitle', { name: category.name }) : t('manage.newCategoryTitle')}
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
      {form && (
        <form id={formId} className="discussions-form" noValidate onSubmit={(event) => void submit(event)}>
          <FormField label={t('manage.nameEnglish')} error={problems.name ?? serverErrors.name}>
            <TextInput
              name="name"
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
          <FormField label={t('manage.descriptionEnglish')} error={serverErrors.description}>
            <TextArea
              name="description"
              rows={3}
              maxLength={1000}
              value={form.description}
              onChange={(event) => change('description', event.target.value)}
            />
          </FormField>
          <fieldset className="discussions-fieldset">
            <legend>{t('manage.translations')}</legend>
            {OTHER_LANGUAGES.map((language) => (
              <div
                key={language.code}
                className="discussions-translation"
                lang={language.code}
                dir={language.dir}
              >
                <FormField label={t('manage.nameIn', { language: language.nativeName })}>
                  <TextInput
                    name={`name-${language.code}`}
                    lang={language.code}
                    dir={language.dir}
                    maxLength={120}
                    value={form.names[language.code] ?? ''}
                    onChange={(event) =>
                      change('names', { ...form.names, [language.code]: event.target.value })
                    }
                  />
                </FormField>
                <FormField label={t('manage.descriptionIn', { language: names.language(language.code) })}>
                  <TextArea
                    name={`description-${language.code}`}
                    lang={language.code}
                    dir={language.dir}
                    rows={2}
                    maxLength={1000}
                    value={form.descriptions[language.code] ?? ''}
                    onChange={(event) =>
                      change('descriptions', { ...form.descriptions, [language.code]: event.target.value })
                    }
                  />
                </FormField>
              </div>
            ))}
          </fieldset>
          <FormField
            label={t('manage.position')}
            hint={t('manage.positionHint')}
            error={problems.position ?? serverErrors.position}
          >
            <TextInput
              name="position"
              inputMode="numeric"
              value={form.position}
              onChange={(event) => change('position', event.target.value)}
            />
          </FormField>
          <CheckboxGroup
            legend={t('manage.restrictTo')}
            hint={t('manage.restrictToHint')}
            error={serverErrors.groupIds}
            name="groupIds"
            options={groups.map((group) => ({ value: group.id, label: group.name }))}
            value={form.groupIds}
            onChange={(groupIds) => change('groupIds', groupIds)}
          />
          <FormError error={failure} shownFields={['name', 'slug', 'description', 'position', 'groupIds']} />
        </form>
      )}
    </Dialog>
  );
}
