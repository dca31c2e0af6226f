import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { DigestStatus, TaxonomyKind } from '@cop/contracts';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { currentLanguage } from '../../../i18n/i18n';
import { cx } from '../../../ui/cx';
import { LoadError } from '../../identity/components/LoadError';
import {
  errorCode,
  fieldProblems,
  translateFieldProblem,
  type ErrorLike,
} from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { isModeratorRole } from '../../discussions/lib/roles';
import { useViewer } from '../../identity/session/ViewerContext';
import { formatDay } from '../../jit/lib/dates';
import { DigestTermsQuery } from '../graphql/digest';
import { formFieldPath } from '../lib/content';

export function useIsDigestModerator(): boolean {
  return isModeratorRole(useViewer().viewer?.role);
}

export interface GateProps {
  error: ErrorLike;
  fetching: boolean;
  ready: boolean;
  onRetry: () => void;
  children: () => ReactNode;
}

/** What every digest page does with its query: not found, a load error with retry, loading, or the page. */
export function DigestGate({ error, fetching, ready, onRetry, children }: GateProps) {
  const { t } = useTranslation('digest');
  const { t: tc } = useTranslation();
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage />;
  if (errorCode(error) === 'FORBIDDEN' && !ready) return <NotFoundPage />;
  if (ready) return <>{children()}</>;
  if (error && !fetching)
    return <LoadError message={t('error.load')} retryLabel={t('retry')} onRetry={onRetry} />;
  return (
    <p role="status" className="digest-muted">
      {tc('app.loading')}
    </p>
  );
}

export function StatusBadge({ status }: { status: DigestStatus | string }) {
  const { t } = useTranslation('digest');
  return (
    <span className={cx('digest-badge', `digest-badge--${status.toLowerCase()}`)}>
      {t(`status.${status as DigestStatus}`)}
    </span>
  );
}

/** A term and its value in a description list. */
export function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="digest-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A day (YYYY-MM-DD) in the reader's language. */
export function Day({ value }: { value: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!value) return <span className="digest-muted">—</span>;
  return <time dateTime={value}>{formatDay(value, currentLanguage(i18n))}</time>;
}

/** A moment with its time. */
export function When({ value }: { value: string | null | undefined }) {
  const names = useIntlNames();
  if (!value) return <span className="digest-muted">—</span>;
  return <time dateTime={value}>{names.dateTime(value)}</time>;
}

export function Person({ person }: { person: { id: string; fullName: string } | null | undefined }) {
  const { t } = useTranslation('digest');
  if (!person) return <span className="digest-muted">{t('formerMember')}</span>;
  return (
    <Link to={`/members/${person.id}`} dir="auto">
      {person.fullName}
    </Link>
  );
}

export function Problem({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="ui-field__error digest-problem" role="alert">
      {children}
    </p>
  );
}

export interface TermView {
  id: string;
  kind: TaxonomyKind | string;
  code: string;
  names: readonly { language: string; text: string }[];
  position: number;
  archived: boolean;
}

/** A term's name in `language`, else English, else its code. */
export function termName(term: TermView, language: string): string {
  const pick = (lang: string) => term.names.find((name) => name.language === lang && name.text.trim())?.text;
  return pick(language) ?? pick('en') ?? term.code;
}

/**
 * The taxonomy (offences, weapon types, modi) with names in the interface language; `name(kind,
 * code)` answers a code's name (the code itself when unknown), `options(kind)` the live terms.
 */
export function useTerms() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [{ data }] = useQuery({ query: DigestTermsQuery, variables: { includeArchived: true } });
  const terms = useMemo(() => (data?.digestTerms ?? []) as TermView[], [data]);
  const name = useCallback(
    (kind: TaxonomyKind, code: string) => {
      const term = terms.find((candidate) => candidate.kind === kind && candidate.code === code);
      return term ? termName(term, language) : code;
    },
    [terms, language],
  );
  const options = useCallback(
    (kind: TaxonomyKind) =>
      terms
        .filter((term) => term.kind === kind && !term.archived)
        .sort((a, b) => a.position - b.position)
        .map((term) => ({ value: term.code, label: termName(term, language) })),
    [terms, language],
  );
  return { terms, name, options, loaded: !!data };
}

/** The server's field errors, translated, keyed by the form's field paths. */
export function useDigestFieldErrors(error: ErrorLike): Record<string, string> {
  const { i18n } = useTranslation(['digest', 'auth']);
  const language = i18n.language;
  return useMemo(() => {
    void language;
    const result: Record<string, string> = {};
    for (const problem of fieldProblems(error)) {
      result[formFieldPath(problem.field)] ??= translateFieldProblem(problem, i18n);
    }
    return result;
  }, [error, i18n, language]);
}

/** A translated sentence for a failed change. */
export function useDigestProblem(): (error: ErrorLike) => string {
  const { t } = useTranslation('digest');
  return (error) => {
    switch (errorCode(error)) {
      case 'CONFLICT':
        return t('error.conflict');
      case 'FORBIDDEN':
        return t('error.forbidden');
      case 'NOT_FOUND':
        return t('error.notFound');
      case 'BAD_USER_INPUT':
        return t('error.input');
      case 'NETWORK':
        return t('error.network');
      default:
        return t('error.generic');
    }
  };
}

/** Links between the digest's pages; moderators also see the review queue, import and taxonomy. */
export function DigestLinks() {
  const { t } = useTranslation('digest');
  const moderator = useIsDigestModerator();
  return (
    <nav aria-label={t('links.label')}>
      <ul className="digest-links">
        <li>
          <Link className="ui-button ui-button--primary" to="/case-law/new">
            {t('links.propose')}
          </Link>
        </li>
        <li>
          <Link to="/case-law/mine">{t('links.mine')}</Link>
        </li>
        {moderator && (
          <>
            <li>
              <Link to="/case-law/review">{t('links.review')}</Link>
            </li>
            <li>
              <Link to="/case-law/import">{t('links.import')}</Link>
            </li>
            <li>
              <Link to="/case-law/taxonomy">{t('links.taxonomy')}</Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}

/** Back to the search. */
export function BackToSearch() {
  const { t } = useTranslation('digest');
  return (
    <p>
      <Link to="/case-law">{t('links.back')}</Link>
    </p>
  );
}
