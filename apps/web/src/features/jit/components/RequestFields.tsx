import { useTranslation } from 'react-i18next';
import { JIT_LIMITS, LegalRequestType } from '@cop/contracts';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { useIntlNames } from '../../identity/lib/intl';
import { countryOptions } from '../../identity/lib/options';
import { SelectOptions } from '../../../ui/SelectOptions';
import type { JitWorkspace } from '../hooks/workspace';

export const TRACE_FIELDS = [
  'manufacturer',
  'model',
  'calibre',
  'serialNumber',
  'countryOfManufacture',
  'importMarking',
] as const;
export type TraceField = (typeof TRACE_FIELDS)[number];

export interface RequestDraft {
  type: LegalRequestType;
  subject: string;
  requestingCountry: string;
  requestingAuthority: string;
  requestedCountry: string;
  requestedAuthority: string;
  requestingReference: string;
  requestedReference: string;
  draftedOn: string;
  sentOn: string;
  acknowledgedOn: string;
  dueOn: string;
  answeredOn: string;
  responsibleId: string;
  tracing: Record<TraceField, string>;
}

export const EMPTY_TRACE: Record<TraceField, string> = {
  manufacturer: '',
  model: '',
  calibre: '',
  serialNumber: '',
  countryOfManufacture: '',
  importMarking: '',
};

const DATES = ['draftedOn', 'sentOn', 'acknowledgedOn', 'dueOn', 'answeredOn'] as const;

/**
 * A request's fields. `creating` shows type and countries (fixed afterwards) and only the drafting
 * and due dates; editing shows every date. Firearm tracing details appear for TRACING requests.
 */
export function RequestFields({
  draft,
  onChange,
  workspace,
  errors,
  creating,
}: {
  draft: RequestDraft;
  onChange: (draft: RequestDraft) => void;
  workspace: JitWorkspace;
  errors: Record<string, string | undefined>;
  creating: boolean;
}) {
  const { t } = useTranslation('jit');
  const names = useIntlNames();
  const set = <K extends keyof RequestDraft>(key: K, value: RequestDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const responsibles = workspace.members.filter((entry) => entry.role !== 'OBSERVER');
  const dates = creating ? (['draftedOn', 'dueOn'] as const) : DATES;

  return (
    <>
      {creating && (
        <FormField label={t('requests.type')} error={errors.type}>
          <Select
            value={draft.type}
            onChange={(event) => set('type', event.target.value as LegalRequestType)}
          >
            {Object.values(LegalRequestType).map((value) => (
              <option key={value} value={value}>
                {t(`requestType.${value}`)}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <FormField label={t('requests.subject')} error={errors.subject}>
        <TextInput
          value={draft.subject}
          dir="auto"
          maxLength={JIT_LIMITS.requestSubjectMax}
          onChange={(event) => set('subject', event.target.value)}
        />
      </FormField>
      <div className="jit-form__row">
        {(['requesting', 'requested'] as const).map((side) => (
          <fieldset key={side} className="jit-fieldset">
            <legend>{t(`requests.${side}`)}</legend>
            {creating && (
              <FormField label={t('requests.country')} error={errors[`${side}Country`]}>
                <Select
                  value={draft[`${side}Country`]}
                  onChange={(event) => set(`${side}Country`, event.target.value)}
                >
                  <option value="">{t('create.chooseCountry')}</option>
                  {workspace.countries.map((code) => (
                    <option key={code} value={code}>
                      {names.country(code)}
                    </option>
                  ))}
                </Select>
              </FormField>
            )}
            <FormField label={t('requests.authority')} error={errors[`${side}Authority`]}>
              <TextInput
                value={draft[`${side}Authority`]}
                dir="auto"
                maxLength={JIT_LIMITS.authorityMax}
                onChange={(event) => set(`${side}Authority`, event.target.value)}
              />
            </FormField>
            <FormField label={t('requests.reference')} error={errors[`${side}Reference`]}>
              <TextInput
                value={draft[`${side}Reference`]}
                dir="auto"
                maxLength={JIT_LIMITS.requestReferenceMax}
                onChange={(event) => set(`${side}Reference`, event.target.value)}
              />
            </FormField>
          </fieldset>
        ))}
      </div>
      <div className="jit-form__row jit-form__row--dates">
        {dates.map((key) => (
          <FormField key={key} label={t(`requests.${key}`)} error={errors[key]}>
            <TextInput type="date" value={draft[key]} onChange={(event) => set(key, event.target.value)} />
          </FormField>
        ))}
      </div>
      <FormField label={t('requests.responsible')} error={errors.responsibleId}>
        <Select value={draft.responsibleId} onChange={(event) => set('responsibleId', event.target.value)}>
          <option value="">{t('requests.nobody')}</option>
          {responsibles.map((entry) => (
            <option key={entry.member.id} value={entry.member.id}>
              {entry.member.fullName}
            </option>
          ))}
        </Select>
      </FormField>
      {draft.type === 'TRACING' && (
        <fieldset className="jit-fieldset">
          <legend>{t('requests.tracing')}</legend>
          <div className="jit-form__row">
            {TRACE_FIELDS.map((key) =>
              key === 'countryOfManufacture' ? (
                <FormField key={key} label={t(`trace.${key}`)} error={errors[key]}>
                  <Select
                    value={draft.tracing[key]}
                    onChange={(event) => set('tracing', { ...draft.tracing, [key]: event.target.value })}
                  >
                    <option value="">{t('create.chooseCountry')}</option>
                    <SelectOptions options={countryOptions(names)} />
                  </Select>
                </FormField>
              ) : (
                <FormField key={key} label={t(`trace.${key}`)} error={errors[key]}>
                  <TextInput
                    value={draft.tracing[key]}
                    dir="auto"
                    maxLength={JIT_LIMITS.traceFieldMax}
                    onChange={(event) => set('tracing', { ...draft.tracing, [key]: event.target.value })}
                  />
                </FormField>
              ),
            )}
          </div>
        </fieldset>
      )}
    </>
  );
}
