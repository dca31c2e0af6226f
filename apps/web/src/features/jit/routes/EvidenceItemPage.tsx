import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { JIT_LIMITS, type EvidenceIntegrity, type EvidenceType } from '@cop/contracts';
import type { JitEvidenceItemQuery } from '../../../graphql/generated/graphql';
import { formatBytes } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { useToast } from '../../../ui/Toast';
import { useIntlNames } from '../../identity/lib/intl';
import { Field, FormFooter, Person, Problem, QueryGate, When } from '../components/common';
import { CustodyLogTable, IntegrityBadge, SealedMark } from '../components/evidence';
import {
  EvidenceFields,
  fromLocalInput,
  toLocalInput,
  validateEvidence,
  type EvidenceDraft,
} from '../components/EvidenceFields';
import {
  DeleteJitEvidenceMutation,
  JitEvidenceItemQuery as ItemQuery,
  SealJitEvidenceMutation,
  TransferJitEvidenceMutation,
  UpdateJitEvidenceMutation,
  VerifyJitEvidenceMutation,
} from '../graphql/jit';
import { useAreaRefresh, useWorkspace } from '../hooks/workspace';
import { orNull } from '../lib/dates';
import { useJitFieldErrors, useJitProblem } from '../lib/errors';

type Item = JitEvidenceItemQuery['jitEvidenceItem'];
type Dialogs = 'edit' | 'transfer' | 'seal' | 'delete' | null;

/** How long after a download starts the custody log is read again (it then lists the download). */
const DOWNLOAD_REFRESH_MS = 1500;

/** One evidence item: its description, file, integrity, actions, and its chain of custody. */
export function EvidenceItemPage() {
  const { itemId = '' } = useParams();
  const { t, i18n } = useTranslation('jit');
  const names = useIntlNames();
  const toast = useToast();
  const problem = useJitProblem();
  const { workspace } = useWorkspace();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ItemQuery,
    variables: { id: itemId },
    requestPolicy: 'network-only',
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useAreaRefresh('evidence', refetch);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [verifying, verify] = useMutation(VerifyJitEvidenceMutation);
  // A download is recorded in the chain of custody as it starts: read the log again shortly after.
  const [downloads, setDownloads] = useState(0);
  useEffect(() => {
    if (downloads === 0) return;
    const timer = window.setTimeout(() => reexecute({ requestPolicy: 'network-only' }), DOWNLOAD_REFRESH_MS);
    return () => window.clearTimeout(timer);
  }, [downloads, reexecute]);
  const item = data?.jitEvidenceItem;
  const base = `/jit/${workspace.id}/evidence`;

  return (
    <QueryGate error={error} fetching={fetching} ready={!!item} onRetry={refetch}>
      {() =>
        item && (
          <article className="jit-section" aria-labelledby="jit-item-heading">
            <p>
              <Link to={base}>{t('evidence.back')}</Link>
            </p>
            <h2 id="jit-item-heading" dir="auto">
              {t('evidence.numbered', { n: item.number })} {item.title}
            </h2>
            <p className="jit-card__badges">
              <IntegrityBadge integrity={item.integrity as EvidenceIntegrity} />
              <SealedMark sealed={item.sealed} />
            </p>
            {item.integrity === 'MISMATCH' && (
              <p className="jit-banner jit-banner--danger" role="alert">
                {t('evidence.mismatch')}
              </p>
            )}
            <dl className="jit-fields">
              <Field label={t('evidence.type')}>{t(`evidenceType.${item.type as EvidenceType}`)}</Field>
              <Field label={t('evidence.origin')}>{names.country(item.originCountry)}</Field>
              <Field label={t('evidence.classification')}>{item.classification}</Field>
              <Field label={t('evidence.custodian')}>
                <Person person={item.custodian} />
              </Field>
              <Field label={t('evidence.collectedBy')}>{item.collectedBy ?? '—'}</Field>
              <Field label={t('evidence.collectedAt')}>
                <When value={item.collectedAt} />
              </Field>
              <Field label={t('evidence.legalBasis')}>{item.legalBasis ?? '—'}</Field>
              <Field label={t('evidence.description')}>
                {item.description ? (
                  <span className="jit-pre" dir="auto">
                    {item.description}
                  </span>
                ) : (
                  '—'
                )}
              </Field>
              <Field label={t('evidence.file')}>
                <bdi>{item.file.name}</bdi> ({formatBytes(item.file.size, currentLanguage(i18n))})
              </Field>
              <Field label={t('custody.sha256')}>
                <code className="jit-hash jit-hash--full">{item.file.sha256}</code>
              </Field>
              <Field label={t('evidence.lastVerified')}>
                <When value={item.lastVerifiedAt} />
              </Field>
              <Field label={t('evidence.addedBy')}>
                <Person person={item.createdBy} /> · <When value={item.createdAt} />
              </Field>
              {item.sealed && (
                <Field label={t('evidence.sealedBy')}>
                  <Person person={item.sealedBy} /> · <When value={item.sealedAt} />
                </Field>
              )}
            </dl>
            <div className="jit-actions">
              <a
                className="ui-button ui-button--primary"
                href={item.file.downloadUrl}
                download={item.file.name}
                onClick={() => setDownloads((n) => n + 1)}
              >
                {t('evidence.download')}
              </a>
              <Button
                variant="secondary"
                busy={verifying.fetching}
                onClick={() =>
                  void verify({ id: item.id }).then((result) => {
                    const verified = result.data?.verifyJitEvidence;
                    if (verified) {
                      refetch();
                      toast.show(
                        verified.integrity === 'OK'
                          ? t('evidence.verifiedOk')
                          : t('evidence.verifiedMismatch'),
                        { tone: verified.integrity === 'OK' ? 'success' : 'error' },
                      );
                    }
                  })
                }
              >
                {t('evidence.verify')}
              </Button>
              {workspace.canWrite && !item.sealed && (
                <>
                  <Button variant="secondary" onClick={() => setDialog('edit')}>
                    {t('evidence.edit')}
                  </Button>
                  <Button variant="secondary" onClick={() => setDialog('transfer')}>
                    {t('evidence.transfer')}
                  </Button>
                  <Button variant="secondary" onClick={() => setDialog('seal')}>
                    {t('evidence.seal')}
                  </Button>
                  <Button variant="danger" onClick={() => setDialog('delete')}>
                    {t('evidence.delete')}
                  </Button>
                </>
              )}
            </div>
            {verifying.error && <Problem>{problem(verifying.error)}</Problem>}
            <h3 id="jit-custody-heading">{t('custody.title')}</h3>
            <CustodyLogTable events={item.custody} caption={t('custody.caption', { n: item.number })} />
            {dialog === 'edit' && (
              <EditDialog
                item={item}
                onClose={() => {
                  setDialog(null);
                  refetch();
                }}
              />
            )}
            {dialog === 'transfer' && (
              <TransferDialog
                item={item}
                onClose={() => {
                  setDialog(null);
                  refetch();
                }}
              />
            )}
            {dialog === 'seal' && (
              <SealDialog
                item={item}
                onClose={() => {
                  setDialog(null);
                  refetch();
                }}
              />
            )}
            {dialog === 'delete' && <DeleteDialog item={item} onClose={() => setDialog(null)} />}
          </article>
        )
      }
    </QueryGate>
  );
}

function EditDialog({ item, onClose }: { item: Item; onClose: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const { workspace } = useWorkspace();
  const [draft, setDraft] = useState<EvidenceDraft>({
    title: item.title,
    description: item.description ?? '',
    type: item.type as EvidenceType,
    originCountry: item.originCountry,
    collectedBy: item.collectedBy ?? '',
    collectedAt: toLocalInput(item.collectedAt),
    legalBasis: item.legalBasis ?? '',
    classification: item.classification,
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [state, update] = useMutation(UpdateJitEvidenceMutation);
  const errors = { ...useJitFieldErrors(state.error), ...local };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = Object.fromEntries(
      Object.entries(validateEvidence(draft)).map(([field]) => [field, t('create.problem.required')]),
    );
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await update({
      id: item.id,
      input: {
        title: draft.title.trim(),
        description: orNull(draft.description),
        type: draft.type,
        originCountry: draft.originCountry,
        collectedBy: orNull(draft.collectedBy),
        collectedAt: fromLocalInput(draft.collectedAt),
        legalBasis: orNull(draft.legalBasis),
        classification: draft.classification.trim(),
      },
    });
    if (!result.error) {
      toast.show(t('saved'), { tone: 'success' });
      onClose();
    }
  }

  return (
    <Dialog open onClose={onClose} title={t('evidence.edit')}>
      <form className="jit-form" noValidate onSubmit={(event) => void submit(event)}>
        <EvidenceFields draft={draft} onChange={setDraft} countries={workspace.countries} errors={errors} />
        <FormFooter state={state} submitLabel={t('save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function TransferDialog({ item, onClose }: { item: Item; onClose: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const problem = useJitProblem();
  const { workspace } = useWorkspace();
  const candidates = workspace.members.filter(
    (entry) => entry.role !== 'OBSERVER' && entry.member.id !== item.custodian?.id,
  );
  const [to, setTo] = useState('');
  const [state, transfer] = useMutation(TransferJitEvidenceMutation);
  const errors = useJitFieldErrors(state.error);

  async function submit() {
    if (!to) return;
    const result = await transfer({ id: item.id, toMemberId: to });
    if (!result.error) {
      toast.show(t('evidence.transferred'), { tone: 'success' });
      onClose();
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('evidence.transfer')}
      footer={
        <>
          <Button busy={state.fetching} disabled={!to} onClick={() => void submit()}>
            {t('evidence.transferSubmit')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
        </>
      }
    >
      <FormField label={t('evidence.newCustodian')} error={errors.toMemberId}>
        <Select value={to} onChange={(event) => setTo(event.target.value)}>
          <option value="">{t('evidence.chooseCustodian')}</option>
          {candidates.map((entry) => (
            <option key={entry.member.id} value={entry.member.id}>
              {entry.member.fullName}
            </option>
          ))}
        </Select>
      </FormField>
      {state.error && !errors.toMemberId && <Problem>{problem(state.error)}</Problem>}
    </Dialog>
  );
}

function SealDialog({ item, onClose }: { item: Item; onClose: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const problem = useJitProblem();
  const [state, seal] = useMutation(SealJitEvidenceMutation);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('evidence.sealTitle')}
      footer={
        <>
          <Button
            busy={state.fetching}
            onClick={() =>
              void seal({ id: item.id }).then((result) => {
                if (!result.error) {
                  toast.show(t('evidence.sealedToast'), { tone: 'success' });
                  onClose();
                }
              })
            }
          >
            {t('evidence.sealConfirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
        </>
      }
    >
      <p>{t('evidence.sealBody')}</p>
      {state.error && <Problem>{problem(state.error)}</Problem>}
    </Dialog>
  );
}

function DeleteDialog({ item, onClose }: { item: Item; onClose: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const navigate = useNavigate();
  const problem = useJitProblem();
  const { workspace } = useWorkspace();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [state, remove] = useMutation(DeleteJitEvidenceMutation);
  const errors = useJitFieldErrors(state.error);

  async function submit() {
    if (!reason.trim()) return setMissing(true);
    const result = await remove({ id: item.id, reason: reason.trim() });
    if (!result.error) {
      toast.show(t('evidence.deleted'), { tone: 'success' });
      void navigate(`/jit/${workspace.id}/evidence`);
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('evidence.deleteTitle')}
      footer={
        <>
          <Button variant="danger" busy={state.fetching} onClick={() => void submit()}>
            {t('evidence.deleteConfirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
        </>
      }
    >
      <p>{t('evidence.deleteBody')}</p>
      <FormField
        label={t('evidence.deleteReason')}
        error={missing ? t('create.problem.required') : errors.reason}
      >
        <TextArea
          value={reason}
          dir="auto"
          rows={3}
          maxLength={JIT_LIMITS.reasonMax}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormField>
      {state.error && !errors.reason && <Problem>{problem(state.error)}</Problem>}
    </Dialog>
  );
}
