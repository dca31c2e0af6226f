import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { CaseContent } from '@cop/contracts';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { AttachmentList } from '../../files/components/AttachmentList';
import { errorCode, type ErrorLike } from '../../identity/graphql/errors';
import { CaseFields } from '../components/CaseForm';
import { DigestGate, Problem, useDigestFieldErrors, useDigestProblem } from '../components/common';
import {
  CreateDigestCaseMutation,
  DigestCaseEditQuery,
  SubmitDigestCaseMutation,
  UpdateDigestCaseMutation,
} from '../graphql/digest';
import {
  draftOf,
  emptyDraft,
  inputOf,
  validateDraft,
  type CaseDraft,
  type Problem as DraftProblem,
} from '../lib/content';

/** Proposing a case: the full record form, saved as a draft or sent for review at once. */
export function NewCasePage() {
  const { i18n } = useTranslation();
  const initial = useMemo(() => emptyDraft(currentLanguage(i18n)), [i18n]);
  return <CaseFormPage initial={initial} />;
}

/** Editing a record (its author while a draft, or a moderator): a new revision. */
export function EditCasePage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DigestCaseEditQuery,
    variables: { id },
    requestPolicy: 'network-only',
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
          <CaseFormPage
            key={`${record.id}-${record.revision}`}
            initial={draftOf(record.content as CaseContent)}
            record={{
              id: record.id,
              revision: record.revision,
              status: record.status,
              canEdit: record.canEdit,
              attachments: record.attachments,
            }}
          />
        )
      }
    </DigestGate>
  );
}

interface EditedRecord {
  id: string;
  revision: number;
  status: string;
  canEdit: boolean;
  attachments: readonly {
    id: string;
    name: string;
    size: number;
    downloadUrl: string;
    previewUrl?: string | null;
  }[];
}

/** List fields whose items the server names one by one (`offences.2`): shown on the group. */
const GROUPED = ['offences', 'modusOperandi', 'protocolArticles', 'conventionArticles', 'relatedCaseIds'];

function CaseFormPage({ initial, record }: { initial: CaseDraft; record?: EditedRecord }) {
  const { t } = useTranslation('digest');
  const navigate = useNavigate();
  const toast = useToast();
  const describe = useDigestProblem();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(initial);
  const [attachmentIds, setAttachmentIds] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, DraftProblem>>({});
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const [, create] = useMutation(CreateDigestCaseMutation);
  const [, update] = useMutation(UpdateDigestCaseMutation);
  const [, submit] = useMutation(SubmitDigestCaseMutation);
  const serverErrors = useDigestFieldErrors(failure);

  const errors = useMemo(() => {
    const result: Record<string, string> = {};
    for (const [field, message] of Object.entries(serverErrors)) {
      result[field] = message;
      const [head, index] = field.split('.');
      if (head && index !== undefined && GROUPED.includes(head)) result[head] ??= message;
    }
    for (const [field, problem] of Object.entries(problems)) {
      result[field] = t(`validation.${problem.code}`, 'max' in problem ? { max: problem.max } : {});
    }
    return result;
  }, [serverErrors, problems, t]);
  const invalidCount = Object.keys(errors).filter((field) => {
    const [head, index] = field.split('.');
    return !(head && index !== undefined && GROUPED.includes(head));
  }).length;

  // After a refused submit, the reader lands on the first field to fix.
  useEffect(() => {
    if (focusTick === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target =
      first?.tagName === 'FIELDSET'
        ? first.querySelector<HTMLElement>('input, select, textarea, button')
        : first;
    target?.focus();
  }, [focusTick]);

  const editable = !record || record.canEdit;
  const offerSubmit = !record || record.status !== 'IN_REVIEW';

  async function save(event: FormEvent, andSubmit: boolean) {
    event.preventDefault();
    if (uploading) return;
    const found = validateDraft(draft);
    setProblems(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      setFocusTick((tick) => tick + 1);
      return;
    }
    setBusy(andSubmit ? 'submit' : 'save');
    const input = inputOf(draft);
    const ids = attachmentIds.length ? attachmentIds : undefined;
    const saved = record
      ? await update({
          id: record.id,
          input,
          expectedRevision: record.revision,
          note: note.trim() || null,
          attachmentIds: ids,
        })
      : await create({ input, attachmentIds: ids });
    const error = saved.error;
    const savedCase =
      saved.data &&
      ('createDigestCase' in saved.data ? saved.data.createDigestCase : saved.data.updateDigestCase);
    if (error || !savedCase) {
      setBusy(null);
      setFailure(error ?? null);
      setFocusTick((tick) => tick + 1);
      return;
    }
    if (andSubmit && savedCase.status === 'DRAFT') {
      const submitted = await submit({ id: savedCase.id });
      if (submitted.error) {
        setBusy(null);
        setFailure(submitted.error);
        return;
      }
      toast.show(t('actions.submitted'), { tone: 'success' });
    } else {
      toast.show(t('form.saved'), { tone: 'success' });
    }
    setBusy(null);
    navigate(`/case-law/cases/${savedCase.id}`);
  }

  const title = record ? t('form.editTitle') : t('form.newTitle');
  return (
    <Page title={title} lead={record ? t('form.editLead') : t('form.newLead')}>
      <p>
        <Link to={record ? `/case-law/cases/${record.id}` : '/case-law'}>
          {record ? t('form.backToRecord') : t('links.back')}
        </Link>
      </p>
      {!editable ? (
        <p className="digest-banner digest-banner--warning">{t('form.readOnly')}</p>
      ) : (
        <form ref={formRef} noValidate className="digest-form" onSubmit={(event) => void save(event, false)}>
          {invalidCount > 0 && (
            <p className="ui-field__error" role="alert">
              {t('form.fixFields', { n: invalidCount })}
            </p>
          )}
          <CaseFields
            draft={draft}
            onChange={setDraft}
            errors={errors}
            attachmentIds={attachmentIds}
            onAttachments={setAttachmentIds}
            onUploading={setUploading}
            attached={
              record && record.attachments.length > 0 ? (
                <AttachmentList attachments={record.attachments} />
              ) : undefined
            }
          />
          {record && (
            <FormField label={t('form.note')} hint={t('form.noteHint')}>
              <TextInput
                name="note"
                dir="auto"
                maxLength={500}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            </FormField>
          )}
          {failure && errorCode(failure) === 'CONFLICT' ? (
            <Problem>
              {describe(failure)} <a href={`/case-law/cases/${record?.id ?? ''}/edit`}>{t('form.reload')}</a>
            </Problem>
          ) : (
            failure && <Problem>{describe(failure)}</Problem>
          )}
          <div className="digest-actions">
            <Button
              type="submit"
              variant={offerSubmit ? 'secondary' : 'primary'}
              busy={busy === 'save'}
              disabled={uploading}
            >
              {record ? t('form.save') : t('form.saveDraft')}
            </Button>
            {offerSubmit && (
              <Button
                busy={busy === 'submit'}
                disabled={uploading}
                onClick={(event) => void save(event, true)}
              >
                {t('form.saveAndSubmit')}
              </Button>
            )}
          </div>
        </form>
      )}
    </Page>
  );
}
