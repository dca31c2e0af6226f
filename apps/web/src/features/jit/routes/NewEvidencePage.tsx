import { DEFAULT_JIT_EVIDENCE_MAX_BYTES, jitEvidenceFilesPath } from '@cop/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { formatBytes } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { useToast } from '../../../ui/Toast';
import { AttachmentPicker } from '../../files/components/AttachmentPicker';
import { Problem } from '../components/common';
import {
  EMPTY_EVIDENCE,
  EvidenceFields,
  fromLocalInput,
  validateEvidence,
} from '../components/EvidenceFields';
import { CreateJitEvidenceMutation } from '../graphql/jit';
import { useWorkspace } from '../hooks/workspace';
import { orNull } from '../lib/dates';
import { useJitFieldErrors, useJitProblem } from '../lib/errors';

/**
 * A new evidence item: the file is uploaded first, streamed to the workspace's evidence upload
 * route (up to JIT_EVIDENCE_MAX_BYTES, 2 GB by default, far above attachments) with its progress,
 * then the item is created with the describing fields; the upload is the first entry of its chain
 * of custody.
 */
export function NewEvidencePage() {
  const { t, i18n } = useTranslation('jit');
  const toast = useToast();
  const navigate = useNavigate();
  const problem = useJitProblem();
  const { workspace } = useWorkspace();
  const [draft, setDraft] = useState({ ...EMPTY_EVIDENCE, originCountry: workspace.myCountry });
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [state, create] = useMutation(CreateJitEvidenceMutation);
  const serverErrors = useJitFieldErrors(state.error);
  const errors = { ...serverErrors, ...local };
  const base = `/jit/${workspace.id}/evidence`;

  if (!workspace.canWrite) {
    return <p className="jit-banner">{t('readOnly')}</p>;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = Object.fromEntries(
      Object.entries(validateEvidence(draft)).map(([field, code]) => [
        field,
        t(`create.problem.${code as 'required'}`),
      ]),
    );
    if (fileIds.length === 0) problems.file = t('evidence.fileRequired');
    setLocal(problems);
    if (Object.keys(problems).length > 0 || uploading) return;
    const [fileId = ''] = fileIds;
    const result = await create({
      input: {
        workspaceId: workspace.id,
        fileId,
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
    const item = result.data?.createJitEvidence;
    if (item) {
      toast.show(t('evidence.addedToast', { n: item.number }), { tone: 'success' });
      void navigate(`${base}/${item.id}`);
    }
  }

  return (
    <section aria-labelledby="jit-new-evidence" className="jit-section">
      <p>
        <Link to={base}>{t('evidence.back')}</Link>
      </p>
      <h2 id="jit-new-evidence">{t('evidence.add')}</h2>
      <form className="jit-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="jit-panel">
          <p className="jit-field-label">{t('evidence.file')}</p>
          <AttachmentPicker
            value={fileIds}
            onChange={setFileIds}
            onBusyChange={setUploading}
            maxFiles={1}
            maxBytes={DEFAULT_JIT_EVIDENCE_MAX_BYTES}
            uploadUrl={jitEvidenceFilesPath(workspace.id)}
            hint={t('evidence.fileLimit', {
              limit: formatBytes(DEFAULT_JIT_EVIDENCE_MAX_BYTES, currentLanguage(i18n)),
            })}
            label={t('evidence.chooseFile')}
          />
          {errors.file && <Problem>{errors.file}</Problem>}
          {errors.fileId && <Problem>{errors.fileId}</Problem>}
        </div>
        <EvidenceFields draft={draft} onChange={setDraft} countries={workspace.countries} errors={errors} />
        {state.error && <Problem>{problem(state.error)}</Problem>}
        <div className="jit-actions">
          <Button type="submit" busy={state.fetching} disabled={uploading}>
            {t('evidence.addSubmit')}
          </Button>
          <Link to={base}>{t('cancel')}</Link>
        </div>
      </form>
    </section>
  );
}
