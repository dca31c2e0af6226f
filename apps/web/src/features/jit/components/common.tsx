import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JitRole, JitStatus } from '@cop/contracts';
import { currentLanguage } from '../../../i18n/i18n';
import { cx } from '../../../ui/cx';
import { Page } from '../../../ui/Page';
import { LoadError } from '../../identity/components/LoadError';
import type { ErrorLike } from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { formatDay } from '../lib/dates';
import { isMfaRequired, isNotFound, useJitProblem } from '../lib/errors';
import { Button } from '../../../ui/Button';

/** Where a member sets up a second factor. */
export const TWO_FACTOR_PATH = '/security/two-factor';

/** JIT workspaces need a second factor: what to do, and where. */
export function MfaRequiredPage() {
  const { t } = useTranslation('jit');
  return (
    <Page title={t('mfa.title')} lead={t('mfa.body')}>
      <p>
        <Link className="ui-button ui-button--primary" to={TWO_FACTOR_PATH}>
          {t('mfa.link')}
        </Link>
      </p>
    </Page>
  );
}

/** The same page for a missing workspace, a missing item, or one the reader may not see. */
export function JitNotFoundPage() {
  const { t } = useTranslation('jit');
  const { t: tc } = useTranslation();
  return (
    <Page title={tc('notFound.title')} lead={t('notFound.body')}>
      <p>
        <Link to="/jit">{t('notFound.back')}</Link>
      </p>
    </Page>
  );
}

export interface QueryGateProps {
  error: ErrorLike;
  fetching: boolean;
  /** The data arrived. */
  ready: boolean;
  onRetry: () => void;
  children: () => ReactNode;
}

/**
 * What every JIT page does with its query: the second-factor page, the not-found page, a load
 * error with retry, a loading line, or the page itself.
 */
export function QueryGate({ error, fetching, ready, onRetry, children }: QueryGateProps) {
  const { t } = useTranslation('jit');
  const { t: tc } = useTranslation();
  if (isMfaRequired(error)) return <MfaRequiredPage />;
  if (isNotFound(error)) return <JitNotFoundPage />;
  if (ready) return <>{children()}</>;
  if (error && !fetching) {
    return <LoadError message={t('error.load')} retryLabel={t('retry')} onRetry={onRetry} />;
  }
  return (
    <p role="status" className="jit-muted">
      {tc('app.loading')}
    </p>
  );
}

export function StatusBadge({ status }: { status: JitStatus }) {
  const { t } = useTranslation('jit');
  return (
    <span className={cx('jit-badge', `jit-badge--${status.toLowerCase()}`)}>{t(`status.${status}`)}</span>
  );
}

export function RoleBadge({ role }: { role: JitRole }) {
  const { t } = useTranslation('jit');
  return (
    <span className={cx('jit-badge', `jit-badge--role-${role.toLowerCase()}`)}>{t(`role.${role}`)}</span>
  );
}

/** Countries by name in the reader's language, with the code for those who work with codes. */
export function CountryNames({ codes }: { codes: readonly string[] }) {
  const names = useIntlNames();
  return <>{names.list(codes.map((code) => names.country(code)))}</>;
}

/** A member's name, linking to their page; "former member" when unknown. */
export function Person({ person }: { person: { id: string; fullName: string } | null | undefined }) {
  const { t } = useTranslation('jit');
  if (!person) return <span className="jit-muted">{t('formerMember')}</span>;
  return (
    <Link to={`/members/${person.id}`} dir="auto">
      {person.fullName}
    </Link>
  );
}

export function Day({ value }: { value: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!value) return <span className="jit-muted">—</span>;
  return <time dateTime={value}>{formatDay(value, currentLanguage(i18n))}</time>;
}

export function When({ value }: { value: string | null | undefined }) {
  const names = useIntlNames();
  if (!value) return <span className="jit-muted">—</span>;
  return <time dateTime={value}>{names.dateTime(value)}</time>;
}

/** A term and its value in a description list. */
export function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="jit-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What went wrong with a change, announced at once. */
/** The end of a JIT form: the mutation's problem (if any), submit and cancel. */
export function FormFooter({
  state,
  submitLabel,
  onCancel,
}: {
  state: { error?: ErrorLike; fetching: boolean };
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation('jit');
  const problem = useJitProblem();
  return (
    <>
      {state.error && <Problem>{problem(state.error)}</Problem>}
      <div className="jit-actions">
        <Button type="submit" busy={state.fetching}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </>
  );
}

export function Problem({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="ui-field__error jit-problem" role="alert">
      {children}
    </p>
  );
}
