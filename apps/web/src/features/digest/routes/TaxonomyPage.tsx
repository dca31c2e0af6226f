import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DIGEST_LANGUAGES, TaxonomyKind } from '@cop/contracts';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { TextInput } from '../../../ui/TextInput';
import { useIntlNames } from '../../identity/lib/intl';
import {
  BackToSearch,
  DigestGate,
  Problem,
  termName,
  useDigestFieldErrors,
  useDigestProblem,
  type TermView,
} from '../components/common';
import { ArchiveDigestTermMutation, DigestTermsQuery, SaveDigestTermMutation } from '../graphql/digest';

const KINDS = Object.values(TaxonomyKind);

/** Moderators: the offences, weapon types and modi, with names in six languages; add, rename, reorder, archive. */
export function TaxonomyPage() {
  const { t } = useTranslation('digest');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DigestTermsQuery,
    variables: { includeArchived: true },
    requestPolicy: 'cache-and-network',
  });
  const terms = data?.digestTerms as TermView[] | undefined;
  return (
    <DigestGate
      error={error}
      fetching={fetching}
      ready={!!terms}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {() => (
        <Page title={t('taxonomy.title')} lead={t('taxonomy.lead')}>
          <BackToSearch />
          {KINDS.map((kind) => (
            <KindSection
              key={kind}
              kind={kind}
              terms={(terms ?? [])
                .filter((term) => term.kind === kind)
                .sort((a, b) => a.position - b.position)}
            />
          ))}
        </Page>
      )}
    </DigestGate>
  );
}

function KindSection({ kind, terms }: { kind: TaxonomyKind; terms: TermView[] }) {
  const { t, i18n } = useTranslation('digest');
  const names = useIntlNames();
  const language = currentLanguage(i18n);
  const heading = useId();
  const describe = useDigestProblem();
  const [editing, setEditing] = useState<TermView | 'new' | null>(null);
  const [saveState, save] = useMutation(SaveDigestTermMutation);
  const [archiveState, archive] = useMutation(ArchiveDigestTermMutation);
  const failure = saveState.error ?? archiveState.error;

  async function move(index: number, by: -1 | 1) {
    const term = terms[index];
    const other = terms[index + by];
    if (!term || !other) return;
    const input = (of: TermView, position: number) => ({
      kind: of.kind as TaxonomyKind,
      code: of.code,
      names: of.names.map((name) => ({ language: name.language, text: name.text })),
      position,
    });
    await save({ id: term.id, input: input(term, other.position) });
    await save({ id: other.id, input: input(other, term.position) });
  }

  return (
    <section aria-labelledby={heading} className="digest-section">
      <h2 id={heading}>{t(`taxonomy.kind.${kind}`)}</h2>
      <ol className="digest-results">
        {terms.map((term, index) => {
          const name = termName(term, language);
          return (
            <li key={term.id} className="digest-card">
              <p className="digest-meta">
                <strong dir="auto">{name}</strong>
                <code>{term.code}</code>
                {term.archived && (
                  <span className="digest-badge digest-badge--archived">{t('taxonomy.archived')}</span>
                )}
              </p>
              <dl className="digest-fields">
                {DIGEST_LANGUAGES.map((lang) => (
                  <div key={lang} className="digest-field">
                    <dt>{names.language(lang)}</dt>
                    <dd lang={lang} dir="auto">
                      {term.names.find((entry) => entry.language === lang)?.text || '—'}
                    </dd>
                  </div>
                ))}
              </dl>
              <div className="digest-actions" role="group" aria-label={t('taxonomy.actionsFor', { name })}>
                <Button
                  variant="secondary"
                  aria-label={t('taxonomy.editNamed', { name })}
                  onClick={() => setEditing(term)}
                >
                  {t('taxonomy.edit')}
                </Button>
                <Button
                  variant="secondary"
                  disabled={index === 0}
                  aria-label={t('taxonomy.moveUpNamed', { name })}
                  onClick={() => void move(index, -1)}
                >
                  {t('list.moveUp')}
                </Button>
                <Button
                  variant="secondary"
                  disabled={index === terms.length - 1}
                  aria-label={t('taxonomy.moveDownNamed', { name })}
                  onClick={() => void move(index, 1)}
                >
                  {t('list.moveDown')}
                </Button>
                <Button
                  variant={term.archived ? 'secondary' : 'danger'}
                  aria-label={
                    term.archived
                      ? t('taxonomy.restoreNamed', { name })
                      : t('taxonomy.archiveNamed', { name })
                  }
                  onClick={() => void archive({ id: term.id, archived: !term.archived })}
                >
                  {term.archived ? t('taxonomy.restore') : t('taxonomy.archive')}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {failure && <Problem>{describe(failure)}</Problem>}
      <p>
        <Button onClick={() => setEditing('new')}>
          {t('taxonomy.add', { kind: t(`taxonomy.kind.${kind}`) })}
        </Button>
      </p>
      {editing && (
        <TermDialog
          kind={kind}
          term={editing === 'new' ? null : editing}
          nextPosition={(terms[terms.length - 1]?.position ?? 0) + 1}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function TermDialog({
  kind,
  term,
  nextPosition,
  onClose,
}: {
  kind: TaxonomyKind;
  term: TermView | null;
  nextPosition: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('digest');
  const names = useIntlNames();
  const formId = useId();
  const describe = useDigestProblem();
  const [code, setCode] = useState(term?.code ?? '');
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      DIGEST_LANGUAGES.map((lang) => [lang, term?.names.find((n) => n.language === lang)?.text ?? '']),
    ),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [state, save] = useMutation(SaveDigestTermMutation);
  const serverErrors = useDigestFieldErrors(state.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^[a-z0-9][a-z0-9_-]{0,59}$/.test(code.trim())) found.code = t('taxonomy.codeRule');
    if (!texts.en?.trim()) found['names.en'] = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length) return;
    const result = await save({
      id: term?.id ?? null,
      input: {
        kind,
        code: code.trim(),
        names: DIGEST_LANGUAGES.filter((lang) => texts[lang]?.trim()).map((lang) => ({
          language: lang,
          text: (texts[lang] ?? '').trim(),
        })),
        position: term?.position ?? nextPosition,
      },
    });
    if (!result.error) onClose();
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={term ? t('taxonomy.editTitle') : t('taxonomy.addTitle', { kind: t(`taxonomy.kind.${kind}`) })}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={formId} busy={state.fetching}>
            {t('taxonomy.save')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate className="digest-form" onSubmit={(event) => void submit(event)}>
        <FormField
          label={t('taxonomy.code')}
          hint={t('taxonomy.codeHint')}
          error={problems.code ?? serverErrors.code}
        >
          <TextInput dir="ltr" value={code} autoFocus onChange={(event) => setCode(event.target.value)} />
        </FormField>
        {DIGEST_LANGUAGES.map((lang, index) => (
          <FormField
            key={lang}
            label={t('taxonomy.nameIn', { language: names.language(lang) })}
            error={problems[`names.${lang}`] ?? serverErrors[`names.${index}.text`]}
          >
            <TextInput
              lang={lang}
              dir="auto"
              value={texts[lang] ?? ''}
              onChange={(event) => setTexts({ ...texts, [lang]: event.target.value })}
            />
          </FormField>
        ))}
        {state.error && <Problem>{describe(state.error)}</Problem>}
      </form>
    </Dialog>
  );
}
