import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { useToast } from '../../../ui/Toast';
import { Problem } from '../components/common';
import { RequestFields } from '../components/RequestFields';
import { CreateLegalRequestMutation } from '../graphql/jit';
import { useWorkspace } from '../hooks/workspace';
import { orNull } from '../lib/dates';
import { useJitFieldErrors, useJitProblem } from '../lib/errors';
import { emptyRequest, tracingInput, validateRequest } from '../lib/requests';

/** A new legal request (MLA, extradition, tracing…) tracked in the workspace. */
export function NewRequestPage() {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const navigate = useNavigate();
  const problem = useJitProblem();
  const { workspace } = useWorkspace();
  const [draft, setDraft] = useState(() => emptyRequest(workspace.myCountry));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [state, create] = useMutation(CreateLegalRequestMutation);
  const errors = { ...useJitFieldErrors(state.error), ...local };
  const base = `/jit/${workspace.id}/requests`;

  if (!workspace.canWrite) return <p className="jit-banner">{t('readOnly')}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = Object.fromEntries(
      Object.entries(validateRequest(draft, true)).map(([field, code]) => [
        field,
        t(`create.problem.${code}`),
      ]),
    );
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await create({
      input: {
        workspaceId: workspace.id,
        type: draft.type,
        subject: draft.subject.trim(),
        requestingCountry: draft.requestingCountry,
        requestingAuthority: orNull(draft.requestingAuthority),
        requestedCountry: draft.requestedCountry,
        requestedAuthority: orNull(draft.requestedAuthority),
        requestingReference: orNull(draft.requestingReference),
        requestedReference: orNull(draft.requestedReference),
        draftedOn: orNull(draft.draftedOn),
        dueOn: orNull(draft.dueOn),
        responsibleId: draft.responsibleId || null,
        tracing: tracingInput(draft),
      },
    });
    const created = result.data?.createLegalRequest;
    if (created) {
      toast.show(t('requests.created'), { tone: 'success' });
      void navigate(`${base}/${created.id}`);
    }
  }

  return (
    <section aria-labelledby="jit-new-request" className="jit-section">
      <p>
        <Link to={base}>{t('requests.back')}</Link>
      </p>
      <h2 id="jit-new-request">{t('requests.new')}</h2>
      <form className="jit-form" noValidate onSubmit={(event) => void submit(event)}>
        <RequestFields draft={draft} onChange={setDraft} workspace={workspace} errors={errors} creating />
        {state.error && <Problem>{problem(state.error)}</Problem>}
        <div className="jit-actions">
          <Button type="submit" busy={state.fetching}>
            {t('requests.createSubmit')}
          </Button>
          <Link to={base}>{t('cancel')}</Link>
        </div>
      </form>
    </section>
  );
}
