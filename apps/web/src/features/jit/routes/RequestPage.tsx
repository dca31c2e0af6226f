import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  JIT_LIMITS,
  LegalRequestStatus,
  type LegalRequestEventKind,
  type LegalRequestType,
} from '@cop/contracts';
import type { LegalRequestDetailFieldsFragment } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { useToast } from '../../../ui/Toast';
import { useIntlNames } from '../../identity/lib/intl';
import { Day, Field, FormFooter, Person, Problem, QueryGate, When } from '../components/common';
import { RequestFields, TRACE_FIELDS } from '../components/RequestFields';
import {
  CommentLegalRequestMutation,
  JitRequestQuery,
  SetLegalRequestStatusMutation,
  UpdateLegalRequestMutation,
} from '../graphql/jit';
import { useAreaRefresh, useWorkspace } from '../hooks/workspace';
import { orNull } from '../lib/dates';
import { useJitFieldErrors, useJitProblem } from '../lib/errors';
import { requestDraftOf, tracingInput, validateRequest } from '../lib/requests';
import { OverdueBadge, RequestStatusBadge } from './RequestsTab';

type Request = LegalRequestDetailFieldsFragment;

/** One request: its fields, status with a comment, comments, and its history. */
export function RequestPage() {
  const { requestId = '' } = useParams();
  const { t } = useTranslation('jit');
  const names = useIntlNames();
  const { workspace } = useWorkspace();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JitRequestQuery,
    variables: { id: requestId },
    requestPolicy: 'cache-and-network',
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useAreaRefresh('requests', refetch);
  const [editing, setEditing] = useState(false);
  const request = data?.jitRequest;

  return (
    <QueryGate error={error} fetching={fetching} ready={!!request} onRetry={refetch}>
      {() =>
        request && (
          <article className="jit-section" aria-labelledby="jit-request-heading">
            <p>
              <Link to={`/jit/${workspace.id}/requests`}>{t('requests.back')}</Link>
            </p>
            <h2 id="jit-request-heading" dir="auto">
              {request.subject}
            </h2>
            <p className="jit-card__badges">
              <span className="jit-badge">{t(`requestType.${request.type as LegalRequestType}`)}</span>
              <RequestStatusBadge status={request.status as LegalRequestStatus} />
              <OverdueBadge overdue={request.overdue} />
            </p>
            <dl className="jit-fields">
              <Field label={t('requests.requesting')}>
                {names.country(request.requestingCountry)}
                {request.requestingAuthority && (
                  <>
                    {' '}
                    · <span dir="auto">{request.requestingAuthority}</span>
                  </>
                )}
                {request.requestingReference && (
                  <>
                    {' '}
                    · <bdi>{request.requestingReference}</bdi>
                  </>
                )}
              </Field>
              <Field label={t('requests.requested')}>
                {names.country(request.requestedCountry)}
                {request.requestedAuthority && (
                  <>
                    {' '}
                    · <span dir="auto">{request.requestedAuthority}</span>
                  </>
                )}
                {request.requestedReference && (
                  <>
                    {' '}
                    · <bdi>{request.requestedReference}</bdi>
                  </>
                )}
              </Field>
              {(['draftedOn', 'sentOn', 'acknowledgedOn', 'dueOn', 'answeredOn'] as const).map((key) => (
                <Field key={key} label={t(`requests.${key}`)}>
                  <Day value={request[key]} />
                </Field>
              ))}
              <Field label={t('requests.responsible')}>
                {request.responsible ? <Person person={request.responsible} /> : t('requests.nobody')}
              </Field>
              {request.tracing &&
                TRACE_FIELDS.map((key) => (
                  <Field key={key} label={t(`trace.${key}`)}>
                    {request.tracing?.[key] ? (
                      key === 'countryOfManufacture' ? (
                        names.country(request.tracing[key] ?? '')
                      ) : (
                        <bdi>{request.tracing[key]}</bdi>
                      )
                    ) : (
                      '—'
                    )}
                  </Field>
                ))}
            </dl>
            {workspace.canWrite && (
              <>
                <div className="jit-actions">
                  <Button variant="secondary" onClick={() => setEditing(true)}>
                    {t('requests.edit')}
                  </Button>
                </div>
                <StatusForm request={request} onChanged={refetch} />
                <CommentForm request={request} onChanged={refetch} />
              </>
            )}
            <History request={request} />
            {editing && (
              <EditDialog request={request} onClose={() => setEditing(false)} onChanged={refetch} />
            )}
          </article>
        )
      }
    </QueryGate>
  );
}

function StatusForm({ request, onChanged }: { request: Request; onChanged: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const problem = useJitProblem();
  const [status, setStatus] = useState<LegalRequestStatus>(request.status as LegalRequestStatus);
  const [comment, setComment] = useState('');
  const [state, change] = useMutation(SetLegalRequestStatusMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (status === request.status) return;
    const result = await change({ id: request.id, status, comment: orNull(comment) });
    if (!result.error) {
      setComment('');
      toast.show(t('requests.statusChanged'), { tone: 'success' });
      onChanged();
    }
  }

  return (
    <form
      className="jit-form jit-panel"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="jit-status-heading"
    >
      <h3 id="jit-status-heading">{t('requests.changeStatus')}</h3>
      <FormField label={t('requests.newStatus')}>
        <Select value={status} onChange={(event) => setStatus(event.target.value as LegalRequestStatus)}>
          {Object.values(LegalRequestStatus).map((value) => (
            <option key={value} value={value}>
              {t(`requestStatus.${value}`)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label={t('requests.statusComment')}>
        <TextArea
          value={comment}
          dir="auto"
          rows={2}
          maxLength={JIT_LIMITS.commentMax}
          onChange={(e) => setComment(e.target.value)}
        />
      </FormField>
      {state.error && <Problem>{problem(state.error)}</Problem>}
      <div>
        <Button type="submit" variant="secondary" busy={state.fetching} disabled={status === request.status}>
          {t('requests.saveStatus')}
        </Button>
      </div>
    </form>
  );
}

function CommentForm({ request, onChanged }: { request: Request; onChanged: () => void }) {
  const { t } = useTranslation('jit');
  const problem = useJitProblem();
  const [body, setBody] = useState('');
  const [state, comment] = useMutation(CommentLegalRequestMutation);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return;
    const result = await comment({ id: request.id, body: body.trim() });
    if (!result.error) {
      setBody('');
      onChanged();
    }
  }
  return (
    <form className="jit-form" onSubmit={(event) => void submit(event)}>
      <FormField label={t('requests.comment')}>
        <TextArea
          value={body}
          dir="auto"
          rows={3}
          maxLength={JIT_LIMITS.commentMax}
          onChange={(e) => setBody(e.target.value)}
        />
      </FormField>
      {state.error && <Problem>{problem(state.error)}</Problem>}
      <div>
        <Button type="submit" variant="secondary" busy={state.fetching}>
          {t('requests.addComment')}
        </Button>
      </div>
    </form>
  );
}

function History({ request }: { request: Request }) {
  const { t } = useTranslation('jit');
  return (
    <section aria-labelledby="jit-history-heading">
      <h3 id="jit-history-heading">{t('requests.history')}</h3>
      <ol className="jit-timeline">
        {request.history.map((event) => (
          <li key={event.id} className="jit-timeline__item">
            <p>
              <strong>{t(`eventKind.${event.kind as LegalRequestEventKind}`)}</strong> ·{' '}
              <Person person={event.actor} /> · <When value={event.at} />
            </p>
            {event.kind === 'STATUS' && event.toStatus && (
              <p>
                {t('requests.statusFromTo', {
                  from: event.fromStatus ? t(`requestStatus.${event.fromStatus}`) : '—',
                  to: t(`requestStatus.${event.toStatus}`),
                })}
              </p>
            )}
            {event.fields && event.fields.length > 0 && (
              <p className="jit-muted">{t('custody.changedFields', { fields: event.fields.join(', ') })}</p>
            )}
            {event.comment && (
              <p className="jit-pre" dir="auto">
                {event.comment}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function EditDialog({
  request,
  onClose,
  onChanged,
}: {
  request: Request;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const { workspace } = useWorkspace();
  const [draft, setDraft] = useState(() => requestDraftOf(request));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [state, update] = useMutation(UpdateLegalRequestMutation);
  const errors = { ...useJitFieldErrors(state.error), ...local };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = Object.fromEntries(
      Object.entries(validateRequest(draft, false)).map(([field, code]) => [
        field,
        t(`create.problem.${code}`),
      ]),
    );
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await update({
      id: request.id,
      input: {
        subject: draft.subject.trim(),
        requestingAuthority: orNull(draft.requestingAuthority),
        requestedAuthority: orNull(draft.requestedAuthority),
        requestingReference: orNull(draft.requestingReference),
        requestedReference: orNull(draft.requestedReference),
        draftedOn: orNull(draft.draftedOn),
        sentOn: orNull(draft.sentOn),
        acknowledgedOn: orNull(draft.acknowledgedOn),
        dueOn: orNull(draft.dueOn),
        answeredOn: orNull(draft.answeredOn),
        responsibleId: draft.responsibleId || null,
        tracing: tracingInput(draft),
      },
    });
    if (!result.error) {
      toast.show(t('saved'), { tone: 'success' });
      onChanged();
      onClose();
    }
  }

  return (
    <Dialog open onClose={onClose} title={t('requests.edit')}>
      <form className="jit-form" noValidate onSubmit={(event) => void submit(event)}>
        <RequestFields
          draft={draft}
          onChange={setDraft}
          workspace={workspace}
          errors={errors}
          creating={false}
        />
        <FormFooter state={state} submitLabel={t('save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
