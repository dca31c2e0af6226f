import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { JIT_LIMITS } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { CountryPicker } from '../../discussions/components/CountryPicker';
import { MemberPicker, type PickedMember } from '../../discussions/components/MemberPicker';
import { useIntlNames } from '../../identity/lib/intl';
import { useViewer } from '../../identity/session/ViewerContext';
import { MfaRequiredPage, Problem } from '../components/common';
import { CreateJitWorkspaceMutation } from '../graphql/jit';
import { isIsoDay, orNull } from '../lib/dates';
import { isMfaRequired, useJitFieldErrors, useJitProblem } from '../lib/errors';
import '../../discussions/components/discussions.css';

interface Draft {
  name: string;
  reference: string;
  purpose: string;
  countries: string[];
  agreementSignedOn: string;
  agreementEndsOn: string;
  phaseNote: string;
  leaderCountry: string;
}

const EMPTY: Draft = {
  name: '',
  reference: '',
  purpose: '',
  countries: [],
  agreementSignedOn: '',
  agreementEndsOn: '',
  phaseNote: '',
  leaderCountry: '',
};

/** Checks the form can be sent; the api checks again. */
export function validateWorkspace(
  draft: Pick<Draft, 'name' | 'countries' | 'agreementSignedOn' | 'agreementEndsOn' | 'leaderCountry'>,
): Record<string, 'required' | 'countriesMin' | 'date' | 'endBeforeStart' | 'leaderCountry'> {
  const problems: Record<string, 'required' | 'countriesMin' | 'date' | 'endBeforeStart' | 'leaderCountry'> =
    {};
  if (!draft.name.trim()) problems.name = 'required';
  if (draft.countries.length < JIT_LIMITS.countriesMin) problems.countries = 'countriesMin';
  if (draft.agreementSignedOn && !isIsoDay(draft.agreementSignedOn)) problems.agreementSignedOn = 'date';
  if (draft.agreementEndsOn && !isIsoDay(draft.agreementEndsOn)) problems.agreementEndsOn = 'date';
  else if (
    draft.agreementSignedOn &&
    draft.agreementEndsOn &&
    isIsoDay(draft.agreementSignedOn) &&
    draft.agreementEndsOn < draft.agreementSignedOn
  ) {
    problems.agreementEndsOn = 'endBeforeStart';
  }
  if (!draft.leaderCountry || !draft.countries.includes(draft.leaderCountry))
    problems.leaderCountry = 'leaderCountry';
  return problems;
}

/** A new JIT workspace, at /jit/new: the creator becomes its first leader (staff may name another). */
export function NewWorkspacePage() {
  const { t } = useTranslation('jit');
  const names = useIntlNames();
  const navigate = useNavigate();
  const toast = useToast();
  const { viewer } = useViewer();
  const staff = viewer?.role === 'ADMIN' || viewer?.role === 'MODERATOR';
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [leader, setLeader] = useState<PickedMember | null>(null);
  const [shown, setShown] = useState<ReturnType<typeof validateWorkspace>>({});
  const [state, create] = useMutation(CreateJitWorkspaceMutation);
  const serverErrors = useJitFieldErrors(state.error);
  const problem = useJitProblem();

  // The api refuses every JIT call without a second factor: say so before the form is filled in.
  if (isMfaRequired(state.error) || (viewer && !viewer.mfaEnabled)) return <MfaRequiredPage />;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const errorOf = (field: keyof Draft): string | undefined => {
    const local = shown[field];
    if (local) return t(`create.problem.${local}`);
    return serverErrors[field];
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateWorkspace(draft);
    setShown(problems);
    if (Object.keys(problems).length > 0) {
      const first = Object.keys(problems)[0];
      document
        .querySelector<HTMLElement>(
          `[data-field="${first}"] input, [data-field="${first}"] select, [data-field="${first}"] textarea`,
        )
        ?.focus();
      return;
    }
    const result = await create({
      input: {
        name: draft.name.trim(),
        reference: orNull(draft.reference),
        purpose: orNull(draft.purpose),
        countries: draft.countries,
        agreementSignedOn: orNull(draft.agreementSignedOn),
        agreementEndsOn: orNull(draft.agreementEndsOn),
        phaseNote: orNull(draft.phaseNote),
        leaderCountry: draft.leaderCountry,
        leaderId: staff && leader ? leader.id : null,
      },
    });
    const created = result.data?.createJitWorkspace;
    if (created) {
      toast.show(t('create.created'), { tone: 'success' });
      void navigate(leader ? '/jit' : `/jit/${created.id}`);
    }
  }

  return (
    <Page title={t('create.title')} lead={t('create.lead')}>
      <p>
        <Link to="/jit">{t('backToList')}</Link>
      </p>
      <form className="jit-form" noValidate onSubmit={(event) => void submit(event)}>
        <div data-field="name">
          <FormField label={t('create.name')} error={errorOf('name')}>
            <TextInput
              value={draft.name}
              dir="auto"
              required
              maxLength={JIT_LIMITS.nameMax}
              onChange={(event) => set('name', event.target.value)}
            />
          </FormField>
        </div>
        <FormField
          label={t('create.reference')}
          hint={t('create.referenceHint')}
          error={serverErrors.reference}
        >
          <TextInput
            value={draft.reference}
            dir="auto"
            maxLength={JIT_LIMITS.referenceMax}
            onChange={(event) => set('reference', event.target.value)}
          />
        </FormField>
        <FormField label={t('create.purpose')} error={serverErrors.purpose}>
          <TextArea
            value={draft.purpose}
            dir="auto"
            maxLength={JIT_LIMITS.purposeMax}
            onChange={(event) => set('purpose', event.target.value)}
          />
        </FormField>
        <div data-field="countries">
          <CountryPicker
            label={t('create.countries')}
            hint={t('create.countriesHint')}
            max={JIT_LIMITS.countriesMax}
            value={draft.countries}
            onChange={(countries) => set('countries', countries)}
            error={errorOf('countries')}
          />
        </div>
        <div className="jit-form__row">
          <div data-field="agreementSignedOn">
            <FormField label={t('create.signedOn')} error={errorOf('agreementSignedOn')}>
              <TextInput
                type="date"
                value={draft.agreementSignedOn}
                onChange={(event) => set('agreementSignedOn', event.target.value)}
              />
            </FormField>
          </div>
          <div data-field="agreementEndsOn">
            <FormField label={t('create.endsOn')} error={errorOf('agreementEndsOn')}>
              <TextInput
                type="date"
                value={draft.agreementEndsOn}
                onChange={(event) => set('agreementEndsOn', event.target.value)}
              />
            </FormField>
          </div>
        </div>
        <FormField
          label={t('create.phaseNote')}
          hint={t('create.phaseNoteHint')}
          error={serverErrors.phaseNote}
        >
          <TextArea
            value={draft.phaseNote}
            dir="auto"
            rows={2}
            maxLength={JIT_LIMITS.phaseNoteMax}
            onChange={(event) => set('phaseNote', event.target.value)}
          />
        </FormField>
        {staff && (
          <div className="jit-form__group">
            {leader ? (
              <p>
                {t('create.firstLeaderChosen', { name: leader.fullName })}{' '}
                <Button variant="secondary" onClick={() => setLeader(null)}>
                  {t('create.firstLeaderClear')}
                </Button>
              </p>
            ) : (
              <MemberPicker
                label={t('create.firstLeader')}
                hint={t('create.firstLeaderHint')}
                exclude={viewer ? [viewer.id] : []}
                onChoose={setLeader}
              />
            )}
          </div>
        )}
        <div data-field="leaderCountry">
          <FormField
            label={leader ? t('create.leaderCountryOther') : t('create.leaderCountry')}
            hint={t('create.leaderCountryHint')}
            error={errorOf('leaderCountry')}
          >
            <Select
              value={draft.leaderCountry}
              onChange={(event) => set('leaderCountry', event.target.value)}
            >
              <option value="">{t('create.chooseCountry')}</option>
              {draft.countries.map((code) => (
                <option key={code} value={code}>
                  {names.country(code)}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
        {state.error && <Problem>{problem(state.error)}</Problem>}
        <div className="jit-actions">
          <Button type="submit" busy={state.fetching}>
            {t('create.submit')}
          </Button>
          <Link to="/jit">{t('cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
