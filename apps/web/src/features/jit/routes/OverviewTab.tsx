import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { JIT_LIMITS, JitStatus } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { Table } from '../../../ui/Table';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { CountryPicker } from '../../discussions/components/CountryPicker';
import { useIntlNames } from '../../identity/lib/intl';
import { Day, Field, FormFooter, Person, Problem, When } from '../components/common';
import {
  ExtendJitAgreementMutation,
  SetJitWorkspaceStatusMutation,
  UpdateJitWorkspaceMutation,
} from '../graphql/jit';
import { useWorkspace, type JitWorkspace } from '../hooks/workspace';
import { isIsoDay, orNull } from '../lib/dates';
import { useJitFieldErrors, useJitProblem } from '../lib/errors';
import '../../discussions/components/discussions.css';

const STATUSES = Object.values(JitStatus);

/** The workspace's fields, agreement and its extensions, the channel; leaders change them. */
export function OverviewTab() {
  const { t } = useTranslation('jit');
  const { workspace } = useWorkspace();
  const [editing, setEditing] = useState(false);
  const [extending, setExtending] = useState(false);
  type Extension = JitWorkspace['extensions'][number];

  return (
    <section aria-labelledby="jit-overview-heading" className="jit-section">
      <h2 id="jit-overview-heading">{t('tabs.overview')}</h2>
      <dl className="jit-fields">
        <Field label={t('overview.purpose')}>
          {workspace.purpose ? (
            <span className="jit-pre" dir="auto">
              {workspace.purpose}
            </span>
          ) : (
            '—'
          )}
        </Field>
        <Field label={t('overview.phaseNote')}>
          {workspace.phaseNote ? (
            <span className="jit-pre" dir="auto">
              {workspace.phaseNote}
            </span>
          ) : (
            '—'
          )}
        </Field>
        <Field label={t('overview.signedOn')}>
          <Day value={workspace.agreementSignedOn} />
        </Field>
        <Field label={t('overview.endsOn')}>
          <Day value={workspace.agreementEndsOn} />
        </Field>
        <Field label={t('overview.myCountry')}>
          <CountryName code={workspace.myCountry} />
        </Field>
        <Field label={t('overview.created')}>
          <When value={workspace.createdAt} />
        </Field>
      </dl>
      {workspace.channelId && (
        <p>
          <Link className="ui-button ui-button--secondary" to={`/messages/${workspace.channelId}`}>
            {t('overview.openChannel')}
          </Link>
        </p>
      )}
      {workspace.canManage && (
        <div className="jit-actions">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('overview.edit')}
          </Button>
          <Button variant="secondary" onClick={() => setExtending(true)}>
            {t('overview.extend')}
          </Button>
        </div>
      )}
      {workspace.canManage && <StatusChanger />}
      <h3>{t('overview.extensions')}</h3>
      <Table<Extension>
        caption={t('overview.extensions')}
        captionHidden
        rows={workspace.extensions}
        rowKey={(row) => row.id}
        emptyText={t('overview.noExtensions')}
        columns={[
          { key: 'at', header: t('overview.extendedAt'), cell: (row) => <When value={row.extendedAt} /> },
          {
            key: 'from',
            header: t('overview.previousEndsOn'),
            cell: (row) => <Day value={row.previousEndsOn} />,
          },
          { key: 'to', header: t('overview.newEndsOn'), cell: (row) => <Day value={row.newEndsOn} /> },
          { key: 'by', header: t('overview.extendedBy'), cell: (row) => <Person person={row.extendedBy} /> },
          {
            key: 'reason',
            header: t('overview.reason'),
            cell: (row) => <span dir="auto">{row.reason ?? '—'}</span>,
          },
        ]}
      />
      {editing && <EditDialog onClose={() => setEditing(false)} />}
      {extending && <ExtendDialog onClose={() => setExtending(false)} />}
    </section>
  );
}

function CountryName({ code }: { code: string }) {
  const names = useIntlNames();
  return <>{names.country(code)}</>;
}

function StatusChanger() {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const problem = useJitProblem();
  const { workspace, refresh } = useWorkspace();
  const [status, setStatus] = useState<JitStatus>(workspace.status as JitStatus);
  const [confirming, setConfirming] = useState(false);
  const [state, change] = useMutation(SetJitWorkspaceStatusMutation);

  async function apply() {
    const result = await change({ id: workspace.id, status });
    setConfirming(false);
    if (!result.error) {
      toast.show(t('overview.statusChanged'), { tone: 'success' });
      refresh();
    }
  }

  return (
    <form
      className="jit-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (status === workspace.status) return;
        if (status === 'CLOSED') setConfirming(true);
        else void apply();
      }}
    >
      <FormField label={t('overview.status')}>
        <Select value={status} onChange={(event) => setStatus(event.target.value as JitStatus)}>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" variant="secondary" busy={state.fetching}>
        {t('overview.changeStatus')}
      </Button>
      {state.error && <Problem>{problem(state.error)}</Problem>}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('overview.closeTitle')}
        footer={
          <>
            <Button variant="danger" busy={state.fetching} onClick={() => void apply()}>
              {t('overview.closeConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
          </>
        }
      >
        <p>{t('overview.closeBody')}</p>
      </Dialog>
    </form>
  );
}

function EditDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const { workspace, refresh } = useWorkspace();
  const [name, setName] = useState(workspace.name);
  const [reference, setReference] = useState(workspace.reference ?? '');
  const [purpose, setPurpose] = useState(workspace.purpose ?? '');
  const [countries, setCountries] = useState<string[]>(workspace.countries);
  const [signedOn, setSignedOn] = useState(workspace.agreementSignedOn ?? '');
  const [phaseNote, setPhaseNote] = useState(workspace.phaseNote ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [state, update] = useMutation(UpdateJitWorkspaceMutation);
  const errors = { ...useJitFieldErrors(state.error), ...local };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('create.problem.required');
    if (countries.length < JIT_LIMITS.countriesMin) problems.countries = t('create.problem.countriesMin');
    if (signedOn && !isIsoDay(signedOn)) problems.agreementSignedOn = t('create.problem.date');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await update({
      id: workspace.id,
      input: {
        name: name.trim(),
        reference: orNull(reference),
        purpose: orNull(purpose),
        countries,
        agreementSignedOn: orNull(signedOn),
        phaseNote: orNull(phaseNote),
      },
    });
    if (!result.error) {
      toast.show(t('saved'), { tone: 'success' });
      refresh();
      onClose();
    }
  }

  return (
    <Dialog open onClose={onClose} title={t('overview.edit')}>
      <form className="jit-form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField label={t('create.name')} error={errors.name}>
          <TextInput
            value={name}
            dir="auto"
            maxLength={JIT_LIMITS.nameMax}
            onChange={(e) => setName(e.target.value)}
          />
        </FormField>
        <FormField label={t('create.reference')} error={errors.reference}>
          <TextInput
            value={reference}
            dir="auto"
            maxLength={JIT_LIMITS.referenceMax}
            onChange={(e) => setReference(e.target.value)}
          />
        </FormField>
        <FormField label={t('create.purpose')} error={errors.purpose}>
          <TextArea
            value={purpose}
            dir="auto"
            maxLength={JIT_LIMITS.purposeMax}
            onChange={(e) => setPurpose(e.target.value)}
          />
        </FormField>
        <CountryPicker
          label={t('create.countries')}
          hint={t('create.countriesHint')}
          max={JIT_LIMITS.countriesMax}
          value={countries}
          onChange={setCountries}
          error={errors.countries}
        />
        <FormField label={t('create.signedOn')} error={errors.agreementSignedOn}>
          <TextInput type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
        </FormField>
        <FormField label={t('create.phaseNote')} error={errors.phaseNote}>
          <TextArea
            value={phaseNote}
            dir="auto"
            rows={2}
            maxLength={JIT_LIMITS.phaseNoteMax}
            onChange={(e) => setPhaseNote(e.target.value)}
          />
        </FormField>
        <FormFooter state={state} submitLabel={t('save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function ExtendDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const { workspace, refresh } = useWorkspace();
  const [newEndsOn, setNewEndsOn] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState('');
  const [state, extend] = useMutation(ExtendJitAgreementMutation);
  const errors = useJitFieldErrors(state.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isIsoDay(newEndsOn)) return setLocal(t('create.problem.date'));
    if (workspace.agreementEndsOn && newEndsOn <= workspace.agreementEndsOn) {
      return setLocal(t('overview.extendAfter'));
    }
    setLocal('');
    const result = await extend({ id: workspace.id, newEndsOn, reason: orNull(reason) });
    if (!result.error) {
      toast.show(t('saved'), { tone: 'success' });
      refresh();
      onClose();
    }
  }

  return (
    <Dialog open onClose={onClose} title={t('overview.extend')}>
      <form className="jit-form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField label={t('overview.newEndsOn')} error={local || errors.newEndsOn}>
          <TextInput type="date" value={newEndsOn} required onChange={(e) => setNewEndsOn(e.target.value)} />
        </FormField>
        <FormField label={t('overview.reason')} error={errors.reason}>
          <TextArea
            value={reason}
            dir="auto"
            rows={2}
            maxLength={JIT_LIMITS.reasonMax}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormField>
        <FormFooter state={state} submitLabel={t('overview.extendSubmit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
