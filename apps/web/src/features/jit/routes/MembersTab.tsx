import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { JitRole } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { Table } from '../../../ui/Table';
import { useToast } from '../../../ui/Toast';
import { MemberPicker, type PickedMember } from '../../discussions/components/MemberPicker';
import { useIntlNames } from '../../identity/lib/intl';
import { Person, Problem, RoleBadge, When } from '../components/common';
import { AddJitMemberMutation, RemoveJitMemberMutation, UpdateJitMemberMutation } from '../graphql/jit';
import { useWorkspace, type JitWorkspace } from '../hooks/workspace';
import { useJitFieldErrors, useJitProblem } from '../lib/errors';
import '../../discussions/components/discussions.css';

type Entry = JitWorkspace['members'][number];
const ROLES = Object.values(JitRole);

/** Who is in the workspace, for which country and role; leaders add, change and remove members. */
export function MembersTab() {
  const { t } = useTranslation('jit');
  const names = useIntlNames();
  const { workspace } = useWorkspace();
  const [changing, setChanging] = useState<Entry | null>(null);
  const [removing, setRemoving] = useState<Entry | null>(null);

  return (
    <section aria-labelledby="jit-members-heading" className="jit-section">
      <h2 id="jit-members-heading">{t('tabs.members')}</h2>
      <Table<Entry>
        caption={t('members.caption')}
        captionHidden
        rows={workspace.members}
        rowKey={(row) => row.member.id}
        columns={[
          {
            key: 'name',
            header: t('members.name'),
            rowHeader: true,
            cell: (row) => <Person person={row.member} />,
          },
          { key: 'role', header: t('members.role'), cell: (row) => <RoleBadge role={row.role as JitRole} /> },
          { key: 'country', header: t('members.country'), cell: (row) => names.country(row.country) },
          { key: 'added', header: t('members.added'), cell: (row) => <When value={row.addedAt} /> },
          ...(workspace.canManage
            ? [
                {
                  key: 'actions',
                  header: t('members.actions'),
                  cell: (row: Entry) => (
                    <span className="jit-row-actions">
                      <Button
                        variant="secondary"
                        aria-label={t('members.changeNamed', { name: row.member.fullName })}
                        onClick={() => setChanging(row)}
                      >
                        {t('members.change')}
                      </Button>
                      <Button
                        variant="danger"
                        aria-label={t('members.removeNamed', { name: row.member.fullName })}
                        onClick={() => setRemoving(row)}
                      >
                        {t('members.remove')}
                      </Button>
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      {workspace.canManage && <AddMember />}
      {changing && <ChangeDialog entry={changing} onClose={() => setChanging(null)} />}
      {removing && <RemoveDialog entry={removing} onClose={() => setRemoving(null)} />}
    </section>
  );
}

function RoleAndCountry({
  role,
  country,
  onRole,
  onCountry,
  countryError,
}: {
  role: JitRole;
  country: string;
  onRole: (role: JitRole) => void;
  onCountry: (country: string) => void;
  countryError?: string;
}) {
  const { t } = useTranslation('jit');
  const names = useIntlNames();
  const { workspace } = useWorkspace();
  return (
    <div className="jit-form__row">
      <FormField label={t('members.role')}>
        <Select value={role} onChange={(event) => onRole(event.target.value as JitRole)}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label={t('members.country')} error={countryError}>
        <Select value={country} onChange={(event) => onCountry(event.target.value)}>
          <option value="">{t('create.chooseCountry')}</option>
          {workspace.countries.map((code) => (
            <option key={code} value={code}>
              {names.country(code)}
            </option>
          ))}
        </Select>
      </FormField>
    </div>
  );
}

function AddMember() {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const problem = useJitProblem();
  const { workspace, refresh } = useWorkspace();
  const [chosen, setChosen] = useState<PickedMember | null>(null);
  const [role, setRole] = useState<JitRole>('MEMBER');
  const [country, setCountry] = useState('');
  const [missingCountry, setMissingCountry] = useState(false);
  const [state, add] = useMutation(AddJitMemberMutation);
  const errors = useJitFieldErrors(state.error);

  async function submit() {
    if (!chosen) return;
    if (!country) return setMissingCountry(true);
    setMissingCountry(false);
    const result = await add({ workspaceId: workspace.id, memberId: chosen.id, role, country });
    if (!result.error) {
      toast.show(t('members.addedToast', { name: chosen.fullName }), { tone: 'success' });
      setChosen(null);
      setCountry('');
      setRole('MEMBER');
      refresh();
    }
  }

  return (
    <section aria-labelledby="jit-add-member" className="jit-form jit-panel">
      <h3 id="jit-add-member">{t('members.add')}</h3>
      {chosen ? (
        <p>
          {t('members.chosen', { name: chosen.fullName })}{' '}
          <Button variant="secondary" onClick={() => setChosen(null)}>
            {t('members.chooseAnother')}
          </Button>
        </p>
      ) : (
        <MemberPicker
          label={t('members.find')}
          hint={t('members.findHint')}
          exclude={workspace.members.map((entry) => entry.member.id)}
          onChoose={setChosen}
        />
      )}
      {chosen && (
        <>
          <RoleAndCountry
            role={role}
            country={country}
            onRole={setRole}
            onCountry={setCountry}
            countryError={missingCountry ? t('members.countryRequired') : errors.country}
          />
          {errors.memberId && <Problem>{errors.memberId}</Problem>}
          {state.error && !errors.memberId && <Problem>{problem(state.error)}</Problem>}
          <Button busy={state.fetching} onClick={() => void submit()}>
            {t('members.addSubmit')}
          </Button>
        </>
      )}
    </section>
  );
}

function ChangeDialog({ entry, onClose }: { entry: Entry; onClose: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const problem = useJitProblem();
  const { workspace, refresh } = useWorkspace();
  const [role, setRole] = useState<JitRole>(entry.role as JitRole);
  const [country, setCountry] = useState(entry.country);
  const [state, update] = useMutation(UpdateJitMemberMutation);
  const errors = useJitFieldErrors(state.error);

  async function submit() {
    const result = await update({ workspaceId: workspace.id, memberId: entry.member.id, role, country });
    if (!result.error) {
      toast.show(t('saved'), { tone: 'success' });
      refresh();
      onClose();
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('members.changeNamed', { name: entry.member.fullName })}
      footer={
        <>
          <Button busy={state.fetching} onClick={() => void submit()}>
            {t('save')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
        </>
      }
    >
      <RoleAndCountry
        role={role}
        country={country}
        onRole={setRole}
        onCountry={setCountry}
        countryError={errors.country}
      />
      {errors.memberId && <Problem>{errors.memberId}</Problem>}
      {state.error && !errors.memberId && <Problem>{problem(state.error)}</Problem>}
    </Dialog>
  );
}

function RemoveDialog({ entry, onClose }: { entry: Entry; onClose: () => void }) {
  const { t } = useTranslation('jit');
  const toast = useToast();
  const problem = useJitProblem();
  const { workspace, refresh } = useWorkspace();
  const [state, remove] = useMutation(RemoveJitMemberMutation);
  const errors = useJitFieldErrors(state.error);

  async function submit() {
    const result = await remove({ workspaceId: workspace.id, memberId: entry.member.id });
    if (!result.error) {
      toast.show(t('members.removedToast', { name: entry.member.fullName }), { tone: 'success' });
      refresh();
      onClose();
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('members.removeNamed', { name: entry.member.fullName })}
      footer={
        <>
          <Button variant="danger" busy={state.fetching} onClick={() => void submit()}>
            {t('members.removeConfirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
        </>
      }
    >
      <p>{t('members.removeBody')}</p>
      {errors.memberId && <Problem>{errors.memberId}</Problem>}
      {state.error && !errors.memberId && <Problem>{problem(state.error)}</Problem>}
    </Dialog>
  );
}
