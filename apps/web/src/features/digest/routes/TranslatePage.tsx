import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DIGEST_LANGUAGES, DIGEST_LIMITS } from '@cop/contracts';
import type { DigestCaseTranslationsQuery as TranslationsData } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { useIntlNames } from '../../identity/lib/intl';
import {
  DigestGate,
  Person,
  Problem,
  useDigestFieldErrors,
  useDigestProblem,
  When,
} from '../components/common';
import { DigestCaseTranslationsQuery, SaveDigestTranslationMutation } from '../graphql/digest';

type Record_ = TranslationsData['digestCase'];

interface TextDraft {
  title: string;
  summary: string;
  facts: string;
  reasoning: string;
  commentary: string;
  /** One item a line. */
  goodPractices: string;
  lessons: string;
}

const LONG_FIELDS = ['summary', 'facts', 'reasoning', 'commentary'] as const;
const LIST_FIELDS = ['goodPractices', 'lessons'] as const;

/** Translating a record's text fields into another language, side by side with the original. */
export function TranslatePage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DigestCaseTranslationsQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const record = data?.digestCase;
  return (
    <DigestGate
      error={error}
      fetching={fetching}
      ready={!!record && record.id === id}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {() => record && <Translator record={record} />}
    </DigestGate>
  );
}

function draftFor(record: Record_, language: string): TextDraft {
  const fields = record.translations.find((translation) => translation.language === language)?.fields;
  return {
    title: fields?.title ?? '',
    summary: fields?.summary ?? '',
    facts: fields?.facts ?? '',
    reasoning: fields?.reasoning ?? '',
    commentary: fields?.commentary ?? '',
    goodPractices: (fields?.goodPractices ?? []).join('\n'),
    lessons: (fields?.lessons ?? []).join('\n'),
  };
}

function Translator({ record }: { record: Record_ }) {
  const { t, i18n } = useTranslation('digest');
  const names = useIntlNames();
  const toast = useToast();
  const describe = useDigestProblem();
  const original = record.content.contentLanguage;
  const targets = DIGEST_LANGUAGES.filter((code) => code !== original);
  const preferred = currentLanguage(i18n);
  const [language, setLanguage] = useState<string>(
    (targets as readonly string[]).includes(preferred) ? preferred : (targets[0] ?? 'fr'),
  );
  const [draft, setDraft] = useState<TextDraft>(() => draftFor(record, language));
  const [state, save] = useMutation(SaveDigestTranslationMutation);
  const serverErrors = useDigestFieldErrors(state.error);
  const existing = record.translations.find((translation) => translation.language === language);

  function choose(next: string) {
    setLanguage(next);
    setDraft(draftFor(record, next));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const lines = (value: string) =>
      value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    const text = (value: string) => (value.trim() ? value.trim() : null);
    const result = await save({
      id: record.id,
      language,
      fields: {
        title: text(draft.title),
        summary: text(draft.summary),
        facts: text(draft.facts),
        reasoning: text(draft.reasoning),
        commentary: text(draft.commentary),
        goodPractices: lines(draft.goodPractices),
        lessons: lines(draft.lessons),
      },
    });
    if (!result.error) toast.show(t('translate.saved'), { tone: 'success' });
  }

  const fieldError = (field: string) => serverErrors[field] ?? serverErrors[`fields.${field}`];

  return (
    <Page title={t('translate.title', { title: record.content.title })} lead={t('translate.lead')}>
      <p>
        <Link to={`/case-law/cases/${record.id}`}>{t('form.backToRecord')}</Link>
      </p>
      <FormField label={t('translate.language')}>
        <Select name="language" value={language} onChange={(event) => choose(event.target.value)}>
          {targets.map((code) => (
            <option key={code} value={code}>
              {names.language(code)}
            </option>
          ))}
        </Select>
      </FormField>
      {existing && (
        <p className="digest-note">
          {t('reader.translatedBy')} <Person person={existing.translator} /> ·{' '}
          <When value={existing.translatedAt} />
        </p>
      )}
      <form noValidate className="digest-form" onSubmit={(event) => void submit(event)}>
        <div className="digest-side-by-side">
          <Original label={t('field.title')} text={record.content.title} lang={original} />
          <FormField
            label={t('translate.fieldIn', { field: t('field.title'), language: names.language(language) })}
            error={fieldError('title')}
          >
            <TextInput
              lang={language}
              dir="auto"
              maxLength={DIGEST_LIMITS.titleMax}
              value={draft.title}
              onChange={(event) => setDraft({ ...draft, title: event.target.value })}
            />
          </FormField>
          {LONG_FIELDS.map((field) => (
            <Fragment key={field}>
              <Original label={t(`field.${field}`)} text={record.content[field]} lang={original} />
              <FormField
                label={t('translate.fieldIn', {
                  field: t(`field.${field}`),
                  language: names.language(language),
                })}
                error={fieldError(field)}
              >
                <TextArea
                  lang={language}
                  dir="auto"
                  rows={field === 'summary' ? 5 : 8}
                  value={draft[field]}
                  onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
                />
              </FormField>
            </Fragment>
          ))}
          {LIST_FIELDS.map((field) => (
            <Fragment key={field}>
              <Original label={t(`field.${field}`)} text={record.content[field].join('\n')} lang={original} />
              <FormField
                label={t('translate.fieldIn', {
                  field: t(`field.${field}`),
                  language: names.language(language),
                })}
                hint={t('translate.oneALine')}
                error={fieldError(field)}
              >
                <TextArea
                  lang={language}
                  dir="auto"
                  rows={4}
                  value={draft[field]}
                  onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
                />
              </FormField>
            </Fragment>
          ))}
        </div>
        {state.error && <Problem>{describe(state.error)}</Problem>}
        <div className="digest-actions">
          <Button type="submit" busy={state.fetching}>
            {t('translate.save')}
          </Button>
        </div>
      </form>
    </Page>
  );
}

function Original({ label, text, lang }: { label: string; text: string; lang: string }) {
  const { t } = useTranslation('digest');
  return (
    <div>
      <p className="ui-field__label">{t('translate.original', { field: label })}</p>
      <p className="digest-text digest-card" lang={lang} dir="auto">
        {text || '—'}
      </p>
    </div>
  );
}
