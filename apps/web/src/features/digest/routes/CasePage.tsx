import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  DIGEST_EXPORT_FORMATS,
  DIGEST_LANGUAGES,
  type CaseOutcome,
  type CourtLevel,
  type LegalSystem,
  type ProceduralStage,
  type RouteRole,
} from '@cop/contracts';
import type { DigestCaseQuery as DigestCaseData } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { Table } from '../../../ui/Table';
import { DiscussionCategoriesQuery } from '../../discussions/graphql/categories';
import { useCategoryText } from '../../discussions/lib/localized';
import { AttachmentList } from '../../files/components/AttachmentList';
import { useIntlNames } from '../../identity/lib/intl';
import { CaseActions } from '../components/CaseActions';
import {
  BackToSearch,
  Day,
  DigestGate,
  Field,
  Person,
  Problem,
  StatusBadge,
  useDigestProblem,
  useTerms,
  When,
} from '../components/common';
import { DigestCaseQuery, DiscussDigestCaseMutation } from '../graphql/digest';
import { isDigestLanguage } from '../lib/content';
import { caseExportUrl } from '../lib/params';

type DigestCase = DigestCaseData['digestCase'];
type Localized = DigestCase['localized'];

/** A record as members read it: text in the chosen language (falling back per field), every structured field. */
export function CasePage() {
  const { id = '' } = useParams();
  const { i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('lang') ?? '';
  const language = isDigestLanguage(asked) ? asked : currentLanguage(i18n);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DigestCaseQuery,
    variables: { id, language },
  });
  const record = data?.digestCase;
  return (
    <DigestGate
      error={error}
      fetching={fetching}
      ready={!!record && record.id === id}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {() =>
        record && (
          <Reader
            record={record}
            language={language}
            onLanguage={(next) => {
              const params = new URLSearchParams(search);
              params.set('lang', next);
              setSearch(params, { replace: true });
            }}
          />
        )
      }
    </DigestGate>
  );
}

function Reader({
  record,
  language,
  onLanguage,
}: {
  record: DigestCase;
  language: string;
  onLanguage: (language: string) => void;
}) {
  const { t } = useTranslation('digest');
  const names = useIntlNames();
  const terms = useTerms();
  const content = record.content;
  const localized = record.localized;
  const owner = record.canEdit || record.canModerate;

  return (
    <Page title={localized.title}>
      <BackToSearch />
      {record.archived && (
        <p className="digest-banner digest-banner--warning" role="note">
          {t('reader.archived')}
        </p>
      )}
      {owner && (
        <div className="digest-banner">
          <p>
            {t('reader.status')} <StatusBadge status={record.status} />{' '}
            {t('reader.revision', { n: record.revision })}
            {record.publishedRevision !== null && record.publishedRevision !== undefined && (
              <> · {t('reader.publishedRevision', { n: record.publishedRevision })}</>
            )}
          </p>
          {record.reviewComment && (
            <>
              <p>
                <strong>{t('reader.reviewComment')}</strong>
              </p>
              <p className="digest-text" dir="auto">
                {record.reviewComment}
              </p>
            </>
          )}
        </div>
      )}
      <CaseActions
        id={record.id}
        title={localized.title}
        status={record.status}
        canEdit={record.canEdit}
        canSubmit={record.canSubmit}
        canModerate={record.canModerate}
      />
      {owner && (
        <ul className="digest-links">
          <li>
            <Link to={`/case-law/cases/${record.id}/history`}>{t('reader.history')}</Link>
          </li>
          <li>
            <Link to={`/case-law/cases/${record.id}/translate`}>{t('reader.translate')}</Link>
          </li>
        </ul>
      )}

      <FormField label={t('reader.language')}>
        <Select name="language" value={language} onChange={(event) => onLanguage(event.target.value)}>
          {DIGEST_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {names.language(code)}
            </option>
          ))}
        </Select>
      </FormField>
      <TranslationNote localized={localized} />

      <TextSection localized={localized} field="summary" heading={t('field.summary')} />

      <section aria-labelledby="digest-details">
        <h2 id="digest-details">{t('reader.details')}</h2>
        <dl className="digest-fields">
          <Field label={t('field.country')}>{names.country(content.country)}</Field>
          {content.jurisdiction && (
            <Field label={t('field.jurisdiction')}>
              <span dir="auto">{content.jurisdiction}</span>
            </Field>
          )}
          <Field label={t('field.court')}>
            <span dir="auto">{content.court}</span>
          </Field>
          <Field label={t('field.courtLevel')}>{t(`courtLevel.${content.courtLevel as CourtLevel}`)}</Field>
          {content.caseNumber && (
            <Field label={t('field.caseNumber')}>
              <span dir="auto">{content.caseNumber}</span>
            </Field>
          )}
          <Field label={t('field.decisionDate')}>
            <Day value={content.decisionDate} />
          </Field>
          <Field label={t('field.proceduralStage')}>
            {t(`stage.${content.proceduralStage as ProceduralStage}`)}
          </Field>
          <Field label={t('field.legalSystem')}>
            {t(`legalSystem.${content.legalSystem as LegalSystem}`)}
          </Field>
          <Field label={t('field.decisionLanguage')}>{names.language(content.decisionLanguage)}</Field>
          <Field label={t('field.outcome')}>{t(`outcome.${content.outcome as CaseOutcome}`)}</Field>
          <Field label={t('field.offences')}>
            <List items={content.offences.map((code) => terms.name('OFFENCE', code))} />
          </Field>
          <Field label={t('field.protocolArticles')}>
            <List items={content.protocolArticles.map((n) => t('article', { n }))} />
          </Field>
          <Field label={t('field.conventionArticles')}>
            <List items={content.conventionArticles.map((n) => t('article', { n }))} />
          </Field>
          <Field label={t('field.weapons')}>
            <List
              items={content.weapons.map((weapon) =>
                weapon.quantity === null || weapon.quantity === undefined
                  ? terms.name('WEAPON', weapon.type)
                  : t('reader.weaponQuantity', {
                      type: terms.name('WEAPON', weapon.type),
                      n: weapon.quantity,
                    }),
              )}
            />
          </Field>
          <Field label={t('field.modusOperandi')}>
            <List items={content.modusOperandi.map((code) => terms.name('MODUS', code))} />
          </Field>
          <Field label={t('field.keywords')}>
            <List items={content.keywords} />
          </Field>
        </dl>
      </section>

      {content.route.length > 0 && (
        <section aria-labelledby="digest-route">
          <h2 id="digest-route">{t('field.route')}</h2>
          <ol>
            {content.route.map((stop, index) => (
              <li key={index}>
                {t('reader.routeStop', {
                  country: names.country(stop.country),
                  role: t(`routeRole.${stop.role as RouteRole}`),
                })}
              </li>
            ))}
          </ol>
        </section>
      )}

      {content.defendants.length > 0 && (
        <section aria-labelledby="digest-defendants">
          <h2 id="digest-defendants">{t('field.defendants')}</h2>
          <Table
            caption={t('field.defendants')}
            captionHidden
            rows={content.defendants}
            rowKey={(row) => row.label}
            columns={[
              {
                key: 'label',
                header: t('defendant.label'),
                rowHeader: true,
                cell: (row) => <span dir="auto">{row.label}</span>,
              },
              {
                key: 'role',
                header: t('defendant.role'),
                cell: (row) => <span dir="auto">{row.role ?? '—'}</span>,
              },
              {
                key: 'charges',
                header: t('defendant.charges'),
                cell: (row) => <span dir="auto">{row.charges.join('; ') || '—'}</span>,
              },
              {
                key: 'verdict',
                header: t('defendant.verdict'),
                cell: (row) => <span dir="auto">{row.verdict ?? '—'}</span>,
              },
              {
                key: 'sentence',
                header: t('defendant.sentenceMonths'),
                align: 'end',
                cell: (row) =>
                  row.sentenceMonths === null || row.sentenceMonths === undefined ? '—' : row.sentenceMonths,
              },
              {
                key: 'fine',
                header: t('defendant.fine'),
                cell: (row) => <span dir="auto">{row.fine ?? '—'}</span>,
              },
              {
                key: 'confiscation',
                header: t('defendant.confiscation'),
                cell: (row) => <span dir="auto">{row.confiscation ?? '—'}</span>,
              },
            ]}
          />
        </section>
      )}

      <TextSection localized={localized} field="facts" heading={t('field.facts')} />
      <TextSection localized={localized} field="reasoning" heading={t('field.reasoning')} />
      <TextSection localized={localized} field="commentary" heading={t('field.commentary')} />
      <ListSection localized={localized} field="goodPractices" heading={t('field.goodPractices')} />
      <ListSection localized={localized} field="lessons" heading={t('field.lessons')} />

      {content.sources.length > 0 && (
        <section aria-labelledby="digest-sources">
          <h2 id="digest-sources">{t('field.sources')}</h2>
          <ul>
            {content.sources.map((source, index) => (
              <li key={index} dir="auto">
                {source.url && /^https?:\/\//i.test(source.url) ? (
                  <a href={source.url} rel="noopener noreferrer" target="_blank">
                    {source.citation}
                  </a>
                ) : (
                  source.citation
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {record.attachments.length > 0 && (
        <section aria-labelledby="digest-files">
          <h2 id="digest-files">{t('field.attachments')}</h2>
          <AttachmentList attachments={record.attachments} />
        </section>
      )}

      {record.related.length > 0 && (
        <section aria-labelledby="digest-related">
          <h2 id="digest-related">{t('reader.related')}</h2>
          <ul>
            {record.related.map((related) => (
              <li key={related.id}>
                <Link to={`/case-law/cases/${related.id}`} dir="auto">
                  {related.title}
                </Link>{' '}
                <span className="digest-muted">
                  · {t(`courtLevel.${related.courtLevel as CourtLevel}`)} ·{' '}
                  <Day value={related.decisionDate} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(record.threadId || record.publishedRevision !== null) && (
        <Discuss id={record.id} threadId={record.threadId ?? null} />
      )}
      <CaseExport id={record.id} />
    </Page>
  );
}

function List({ items }: { items: readonly string[] }) {
  if (items.length === 0) return <span className="digest-muted">—</span>;
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index} dir="auto">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** Which language a field of `localized` is shown in. */
function fieldLanguage(localized: Localized, field: string): string {
  return localized.fallbackFields.includes(field) ? localized.originalLanguage : localized.language;
}

function FallbackNote({ localized, field }: { localized: Localized; field: string }) {
  const { t } = useTranslation('digest');
  const names = useIntlNames();
  if (!localized.fallbackFields.includes(field) || localized.language === localized.originalLanguage)
    return null;
  return (
    <p className="digest-note">
      {t('reader.fallback', { language: names.language(localized.originalLanguage) })}
    </p>
  );
}

/** Who translated the text, and when; or that there is no translation in this language. */
function TranslationNote({ localized }: { localized: Localized }) {
  const { t } = useTranslation('digest');
  const names = useIntlNames();
  if (localized.language === localized.originalLanguage) {
    return (
      <p className="digest-note">
        {t('reader.original', { language: names.language(localized.originalLanguage) })}
      </p>
    );
  }
  return (
    <div className="digest-note" role="note">
      {localized.translator || localized.translatedAt ? (
        <p>
          {t('reader.translatedBy')} <Person person={localized.translator} />
          {localized.translatedAt && (
            <>
              {' · '}
              <When value={localized.translatedAt} />
            </>
          )}
        </p>
      ) : null}
      {localized.fallbackFields.length > 0 && (
        <p>{t('reader.fallbackSome', { language: names.language(localized.originalLanguage) })}</p>
      )}
    </div>
  );
}

type TextField = 'summary' | 'facts' | 'reasoning' | 'commentary';
type ListField = 'goodPractices' | 'lessons';

function TextSection({
  localized,
  field,
  heading,
}: {
  localized: Localized;
  field: TextField;
  heading: string;
}) {
  const value = localized[field];
  const id = useId();
  if (!value.trim()) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <FallbackNote localized={localized} field={field} />
      <p className="digest-text" dir="auto" lang={fieldLanguage(localized, field)}>
        {value}
      </p>
    </section>
  );
}

function ListSection({
  localized,
  field,
  heading,
}: {
  localized: Localized;
  field: ListField;
  heading: string;
}) {
  const items = localized[field];
  const id = useId();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <FallbackNote localized={localized} field={field} />
      <ul lang={fieldLanguage(localized, field)}>
        {items.map((item, index) => (
          <li key={index} dir="auto" className="digest-text">
            {item}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CaseExport({ id }: { id: string }) {
  const { t } = useTranslation('digest');
  const heading = useId();
  return (
    <nav aria-labelledby={heading}>
      <h2 id={heading}>{t('export.record')}</h2>
      <ul className="digest-links">
        {DIGEST_EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a href={caseExportUrl(id, format)} download>
              {t(`export.format.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "Discuss this case": the linked thread, or a new one in a chosen category. */
function Discuss({ id, threadId }: { id: string; threadId: string | null }) {
  const { t } = useTranslation('digest');
  const [open, setOpen] = useState(false);
  if (threadId) {
    return (
      <p>
        <Link to={`/discussions/t/${threadId}`}>{t('discuss.open')}</Link>
      </p>
    );
  }
  return (
    <>
      <p>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('discuss.start')}
        </Button>
      </p>
      {open && <DiscussDialog id={id} onClose={() => setOpen(false)} />}
    </>
  );
}

function DiscussDialog({ id, onClose }: { id: string; onClose: () => void }): ReactNode {
  const { t } = useTranslation('digest');
  const navigate = useNavigate();
  const describe = useDigestProblem();
  const text = useCategoryText();
  const formId = useId();
  const [category, setCategory] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: DiscussionCategoriesQuery });
  const [state, discuss] = useMutation(DiscussDigestCaseMutation);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('discuss.title')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={formId} busy={state.fetching}>
            {t('discuss.confirm')}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="digest-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!category) {
            setProblem(t('validation.required'));
            return;
          }
          const result = await discuss({ id, categoryId: category });
          if (result.data) navigate(`/discussions/t/${result.data.discussDigestCase}`);
        }}
      >
        <FormField label={t('discuss.category')} error={problem}>
          <Select
            name="category"
            required
            value={category}
            onChange={(event) => setCategory(event.target.value)}
          >
            <option value="">{t('discuss.chooseCategory')}</option>
            {(data?.discussionCategories ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {text.name(option)}
              </option>
            ))}
          </Select>
        </FormField>
        {state.error && <Problem>{describe(state.error)}</Problem>}
      </form>
    </Dialog>
  );
}
