import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DISCUSSION_LIMITS, LANGUAGES } from '@cop/contracts';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { LoadError } from '../../identity/components/LoadError';
import { FormError, type ErrorLike } from '../../identity/graphql/errors';
import { Composer } from '../components/Composer';
import { ThreadMetaFields } from '../components/ThreadMetaFields';
import { DiscussionCategoriesQuery } from '../graphql/categories';
import { CreateDiscussionThreadMutation } from '../graphql/threads';
import { useDraft } from '../lib/drafts';
import { useDiscussionFieldErrors } from '../lib/errors';
import { useCategoryText } from '../lib/localized';
import '../components/discussions.css';

interface ThreadDraft {
  categoryId: string;
  title: string;
  body: string;
  tags: string[];
  countries: string[];
  caseReference: string;
  language: string;
}

type Problems = Partial<Record<'categoryId' | 'title' | 'body', string>>;

/** Starting a thread, at /discussions/new?category=<id or short name>. */
export function NewThreadPage() {
  const [search] = useSearchParams();
  const requested = search.get('category') ?? '';
  // One draft per category the page was opened for.
  return <NewThreadForm key={requested} requested={requested} />;
}

function NewThreadForm({ requested }: { requested: string }) {
  const { t, i18n } = useTranslation('discussions');
  const navigate = useNavigate();
  const toast = useToast();
  const text = useCategoryText();
  const formId = useId();
  const categoryRef = useRef<HTMLSelectElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DiscussionCategoriesQuery });
  const categories = data?.discussionCategories;
  const [draft, setDraft, discard] = useDraft<ThreadDraft>(
    `new:${requested}`,
    {
      categoryId: '',
      title: '',
      body: '',
      tags: [],
      countries: [],
      caseReference: '',
      language: currentLanguage(i18n),
    },
    (value) =>
      !value.title.trim() &&
      !value.body.trim() &&
      value.tags.length === 0 &&
      value.countries.length === 0 &&
      !value.caseReference.trim(),
  );
  const [attachments, setAttachments] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [result, create] = useMutation(CreateDiscussionThreadMutation);
  const serverErrors = useDiscussionFieldErrors(failure);

  // The category in the address (id or short name) is the default until one is chosen.
  const fromAddress = categories?.find(
    (category) => category.id === requested || category.slug === requested,
  );
  const categoryId = draft.categoryId || fromAddress?.id || '';

  function update<K extends keyof ThreadDraft>(key: K, value: ThreadDraft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const title = draft.title.trim();
    const body = draft.body.trim();
    const found: Problems = {};
    if (!categoryId) found.categoryId = t('form.categoryRequired');
    if (title.length < DISCUSSION_LIMITS.titleMin || title.length > DISCUSSION_LIMITS.titleMax) {
      found.title = t('form.titleLength', {
        min: DISCUSSION_LIMITS.titleMin,
        max: DISCUSSION_LIMITS.titleMax,
      });
    }
    if (!body) found.body = t('form.bodyRequired');
    else if (body.length > DISCUSSION_LIMITS.bodyMax) found.body = t('form.bodyTooLong');
    setProblems(found);
    const first = (['categoryId', 'title', 'body'] as const).find((key) => found[key]);
    if (first) {
      ({ categoryId: categoryRef, title: titleRef, body: bodyRef })[first].current?.focus();
      return;
    }
    const answer = await create({
      input: {
        categoryId,
        title,
        body,
        tags: draft.tags,
        countries: draft.countries,
        caseReference: draft.caseReference.trim() || null,
        language: draft.language,
        ...(attachments.length > 0 ? { attachmentIds: attachments } : {}),
      },
    });
    setFailure(answer.error ?? null);
    const thread = answer.data?.createDiscussionThread;
    if (answer.error || !thread) return;
    discard();
    toast.show(t('newThread.created'), { tone: 'success' });
    void navigate(`/discussions/t/${thread.id}`);
  }

  const shown = [
    'categoryId',
    'title',
    'body',
    'tags',
    'countries',
    'caseReference',
    'language',
    'attachments',
  ];

  return (
    <div className="discussions-page">
      <nav aria-label={t('breadcrumbs')} className="discussions-breadcrumbs">
        <ol>
          <li>
            <Link to="/discussions">{t('home.title')}</Link>
          </li>
          {fromAddress && (
            <li>
              <Link to={`/discussions/c/${fromAddress.slug}`}>{text.name(fromAddress)}</Link>
            </li>
          )}
        </ol>
      </nav>
      <Page title={t('newThread.title')} lead={t('newThread.lead')}>
        {error && !fetching && (
          <LoadError
            message={t('home.categoriesError')}
            retryLabel={t('retry')}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )}
        <form id={formId} className="discussions-form" noValidate onSubmit={(event) => void submit(event)}>
          <FormField label={t('form.category')} error={problems.categoryId ?? serverErrors.categoryId}>
            <Select
              ref={categoryRef}
              name="categoryId"
              required
              value={categoryId}
              onChange={(event) => update('categoryId', event.target.value)}
            >
              <option value="">
                {fetching && !categories ? t('form.loadingCategories') : t('form.chooseCategory')}
              </option>
              {(categories ?? []).map((category) => (
                <option key={category.id} value={category.id}>
                  {text.name(category)}
                  {category.restricted ? ` (${t('form.restrictedOption')})` : ''}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField
            label={t('form.title')}
            hint={t('form.titleHint')}
            error={problems.title ?? serverErrors.title}
          >
            <TextInput
              ref={titleRef}
              name="title"
              dir="auto"
              required
              maxLength={DISCUSSION_LIMITS.titleMax}
              value={draft.title}
              onChange={(event) => update('title', event.target.value)}
            />
          </FormField>
          <Composer
            label={t('form.body')}
            hint={t('form.bodyHint')}
            value={draft.body}
            onChange={(body) => update('body', body)}
            mentionScope={categoryId ? { categoryId } : null}
            error={problems.body ?? serverErrors.body}
            attachmentIds={attachments}
            onAttachmentsChange={setAttachments}
            onUploadingChange={setUploading}
            attachmentsError={serverErrors.attachments}
            textareaRef={bodyRef}
          />
          <ThreadMetaFields
            value={draft}
            onChange={(change) => update(change.key, change.value)}
            errors={serverErrors}
          />
          <FormField label={t('form.language')} hint={t('form.languageHint')} error={serverErrors.language}>
            <Select
              name="language"
              value={draft.language}
              onChange={(event) => update('language', event.target.value)}
            >
              {LANGUAGES.map((language) => (
                <option key={language.code} value={language.code} lang={language.code}>
                  {language.nativeName}
                </option>
              ))}
            </Select>
          </FormField>
          <FormError error={failure} shownFields={shown} />
          <div className="discussions-form__actions">
            <Button type="submit" busy={result.fetching} disabled={uploading}>
              {t('newThread.submit')}
            </Button>
            <Link to={fromAddress ? `/discussions/c/${fromAddress.slug}` : '/discussions'}>
              {t('cancel')}
            </Link>
            {uploading && <p className="discussions-muted">{t('form.waitForUploads')}</p>}
          </div>
          <p className="discussions-muted">{t('form.draftNote')}</p>
        </form>
      </Page>
    </div>
  );
}
