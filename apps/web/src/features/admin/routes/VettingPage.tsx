import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { AccountStatus, VettingQueueQuery as VettingData } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { TextArea } from '../../../ui/TextArea';
import { useToast } from '../../../ui/Toast';
import { LoadError } from '../../identity/components/LoadError';
import { FormError, useFieldErrors, type ErrorLike } from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { useMemberLabels } from '../../identity/lib/labels';
import { DecideApplicationMutation, VettingQueueQuery } from '../graphql/vetting';

type Application = VettingData['vettingQueue'][number];
type View = 'waiting' | 'unconfirmed' | 'decided';

const VIEWS: readonly View[] = ['waiting', 'unconfirmed', 'decided'];
const STATUSES: Record<View, AccountStatus[]> = {
  waiting: ['PENDING'],
  unconfirmed: ['EMAIL_UNCONFIRMED'],
  decided: ['APPROVED', 'REJECTED'],
};

function isView(value: string | null): value is View {
  return (VIEWS as readonly (string | null)[]).includes(value);
}

/** The vetting queue: moderators read each application and approve or reject it. */
export function VettingPage() {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('show');
  const view: View = isView(requested) ? requested : 'waiting';
  const context = useMemo(() => ({ additionalTypenames: ['Application'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: VettingQueueQuery,
    variables: { statuses: STATUSES[view] },
    requestPolicy: 'cache-and-network',
    context,
  });
  const [, decide] = useMutation(DecideApplicationMutation);
  const [approving, setApproving] = useState<string | null>(null);
  const [failed, setFailed] = useState<{ id: string; error: ErrorLike } | null>(null);
  const [rejecting, setRejecting] = useState<Application | null>(null);

  function refresh() {
    reexecute({ requestPolicy: 'network-only' });
  }

  async function approve(application: Application) {
    setFailed(null);
    setApproving(application.id);
    const result = await decide({ input: { applicationId: application.id, decision: 'APPROVE' } });
    setApproving(null);
    if (result.error) {
      setFailed({ id: application.id, error: result.error });
      return;
    }
    toast.show(t('vetting.approved', { name: application.fullName }), { tone: 'success' });
    refresh();
  }

  const applications = data?.vettingQueue ?? [];
  const empty = {
    waiting: t('vetting.emptyWaiting'),
    unconfirmed: t('vetting.emptyUnconfirmed'),
    decided: t('vetting.emptyDecided'),
  }[view];

  return (
    <Page title={t('vetting.title')} lead={t('vetting.lead')}>
      <div className="vetting-views" role="group" aria-label={t('vetting.show')}>
        {VIEWS.map((name) => (
          <Button
            key={name}
            variant={name === view ? 'primary' : 'secondary'}
            aria-pressed={name === view}
            onClick={() => setSearch(name === 'waiting' ? {} : { show: name }, { replace: true })}
          >
            {t(`vetting.${name}`)}
          </Button>
        ))}
      </div>
      {fetching && !data && <p role="status">{t('loading')}</p>}
      {error && (
        <LoadError message={t('loadError')} retryLabel={t('retry')} busy={fetching} onRetry={refresh} />
      )}
      {data && applications.length === 0 && <EmptyState title={empty} />}
      {applications.length > 0 && (
        <ul className="admin-list" aria-label={t('vetting.list')}>
          {applications.map((application) => (
            <li key={application.id}>
              <ApplicationCard
                application={application}
                busy={approving === application.id}
                error={failed?.id === application.id ? failed.error : null}
                onApprove={() => void approve(application)}
                onReject={() => {
                  setFailed(null);
                  setRejecting(application);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <RejectDialog
        application={rejecting}
        onClose={() => setRejecting(null)}
        onRejected={(application) => {
          setRejecting(null);
          toast.show(t('vetting.rejected', { name: application.fullName }), { tone: 'success' });
          refresh();
        }}
      />
    </Page>
  );
}

interface ApplicationCardProps {
  application: Application;
  busy: boolean;
  error: ErrorLike;
  onApprove: () => void;
  onReject: () => void;
}

function ApplicationCard({ application, busy, error, onApprove, onReject }: ApplicationCardProps) {
  const { t } = useTranslation('admin');
  const names = useIntlNames();
  const labels = useMemberLabels();
  const headingId = useId();
  const a = application;
  const dash = <span className="admin-muted">—</span>;

  return (
    <article className="admin-card" aria-labelledby={headingId}>
      <div className="admin-card__header">
        <h2 id={headingId} className="admin-card__title">
          {a.fullName}
        </h2>
        <span className="admin-badge">{t(`status.${a.status}`)}</span>
      </div>
      <dl className="admin-facts">
        <div>
          <dt>{t('vetting.email')}</dt>
          <dd>{a.email}</dd>
        </div>
        <div>
          <dt>{t('vetting.country')}</dt>
          <dd>{a.country ? names.country(a.country) : dash}</dd>
        </div>
        <div>
          <dt>{t('vetting.institution')}</dt>
          <dd>{a.institution || dash}</dd>
        </div>
        <div>
          <dt>{t('vetting.position')}</dt>
          <dd>{a.position || dash}</dd>
        </div>
        <div>
          <dt>{t('vetting.practitionerType')}</dt>
          <dd>{a.practitionerType ? labels.practitionerType(a.practitionerType) : dash}</dd>
        </div>
        <div>
          <dt>{t('vetting.languages')}</dt>
          <dd>{a.languages.length > 0 ? names.list(a.languages.map(names.language)) : dash}</dd>
        </div>
        <div>
          <dt>{t('vetting.expertise')}</dt>
          <dd>
            {a.expertise.length > 0 ? (
              <ul className="admin-tags">
                {a.expertise.map((area) => (
                  <li key={area}>{labels.expertise(area)}</li>
                ))}
              </ul>
            ) : (
              dash
            )}
          </dd>
        </div>
        <div>
          <dt>{t('vetting.submitted')}</dt>
          <dd>
            <time dateTime={a.submittedAt}>{names.dateTime(a.submittedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('vetting.confirmed')}</dt>
          <dd>
            {a.emailConfirmedAt ? (
              <time dateTime={a.emailConfirmedAt}>{names.dateTime(a.emailConfirmedAt)}</time>
            ) : (
              t('vetting.notConfirmed')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('vetting.voucher')}</dt>
          <dd>
            {a.voucherEmail ? (
              <>
                {a.voucherEmail}{' '}
                {a.voucherIsActiveMember ? (
                  <span className="admin-badge admin-badge--ok">
                    {a.voucher ? (
                      <Link to={`/members/${a.voucher.id}`}>{t('vetting.voucherActive')}</Link>
                    ) : (
                      t('vetting.voucherActive')
                    )}
                  </span>
                ) : (
                  <span className="admin-badge admin-badge--warning">{t('vetting.voucherNotMember')}</span>
                )}
              </>
            ) : (
              <span className="admin-muted">{t('vetting.noVoucher')}</span>
            )}
          </dd>
        </div>
      </dl>
      <div>
        <h3 className="vetting-motivation__title">{t('vetting.motivation')}</h3>
        <p className="admin-text" dir="auto">
          {a.motivation}
        </p>
      </div>
      {a.decision && (
        <dl className="admin-facts">
          <div>
            <dt>{t('vetting.decision')}</dt>
            <dd>{t(`status.${a.decision === 'REJECTED' ? 'REJECTED' : 'APPROVED'}`)}</dd>
          </div>
          {a.decidedAt && (
            <div>
              <dt>{t('vetting.decidedAt')}</dt>
              <dd>
                <time dateTime={a.decidedAt}>{names.dateTime(a.decidedAt)}</time>
              </dd>
            </div>
          )}
          {a.decisionReason && (
            <div>
              <dt>{t('vetting.reason')}</dt>
              <dd className="admin-text" dir="auto">
                {a.decisionReason}
              </dd>
            </div>
          )}
        </dl>
      )}
      {a.status === 'EMAIL_UNCONFIRMED' && <p className="admin-muted">{t('vetting.unconfirmedNote')}</p>}
      <FormError error={error} />
      {a.status === 'PENDING' && (
        <div className="admin-card__actions">
          <Button
            busy={busy}
            aria-label={t('vetting.approveLabel', { name: a.fullName })}
            onClick={onApprove}
          >
            {t('vetting.approve')}
          </Button>
          <Button
            variant="danger"
            aria-label={t('vetting.rejectLabel', { name: a.fullName })}
            onClick={onReject}
          >
            {t('vetting.reject')}
          </Button>
        </div>
      )}
    </article>
  );
}

interface RejectDialogProps {
  application: Application | null;
  onClose: () => void;
  onRejected: (application: Application) => void;
}

/** Rejecting needs a reason: the applicant reads it in the e-mail that tells them. */
function RejectDialog({ application, onClose, onRejected }: RejectDialogProps) {
  const { t } = useTranslation('admin');
  const formId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [result, decide] = useMutation(DecideApplicationMutation);
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [shownFor, setShownFor] = useState<string | null>(null);
  const serverErrors = useFieldErrors(failure);

  // Another application in the dialog starts with an empty form.
  const current = application?.id ?? null;
  if (current !== shownFor) {
    setShownFor(current);
    setReason('');
    setMissing(false);
    setFailure(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!application) return;
    if (!reason.trim()) {
      setMissing(true);
      reasonRef.current?.focus();
      return;
    }
    const answer = await decide({
      input: { applicationId: application.id, decision: 'REJECT', reason: reason.trim() },
    });
    setFailure(answer.error ?? null);
    if (!answer.error) onRejected(application);
  }

  const reasonError = missing ? t('vetting.rejectReasonRequired') : serverErrors.reason;

  return (
    <Dialog
      open={application !== null}
      onClose={onClose}
      title={application ? t('vetting.rejectTitle', { name: application.fullName }) : ''}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={formId} variant="danger" busy={result.fetching}>
            {t('vetting.rejectConfirm')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void submit(event)}>
        <p>{t('vetting.rejectBody')}</p>
        <FormField label={t('vetting.rejectReason')} error={reasonError}>
          <TextArea
            ref={reasonRef}
            name="reason"
            required
            maxLength={2000}
            rows={5}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              if (event.target.value.trim()) setMissing(false);
            }}
          />
        </FormField>
        <FormError error={failure} shownFields={['reason']} />
      </form>
    </Dialog>
  );
}
