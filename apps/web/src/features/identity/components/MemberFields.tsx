import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPERTISE_AREAS, PRACTITIONER_TYPES } from '@cop/contracts';
import type { PractitionerType } from '../../../graphql/generated/graphql';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { useIntlNames } from '../lib/intl';
import { useMemberLabels } from '../lib/labels';
import { countryOptions, languageOptions } from '../lib/options';
import { SelectOptions } from '../../../ui/SelectOptions';

/** What an applicant and a member say about their work (the apply form and the profile). */
export interface MemberFieldsValue {
  fullName: string;
  country: string;
  institution: string;
  practitionerType: PractitionerType | '';
  position: string;
  languages: string[];
  expertise: string[];
}

export const EMPTY_MEMBER_FIELDS: MemberFieldsValue = {
  fullName: '',
  country: '',
  institution: '',
  practitionerType: '',
  position: '',
  languages: [],
  expertise: [],
};

/** Fields left empty, with the message to show next to each. */
export function missingMemberFields(
  value: MemberFieldsValue,
  messages: { required: string; chooseOne: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of ['fullName', 'country', 'institution', 'practitionerType', 'position'] as const) {
    if (!value[key].trim()) errors[key] = messages.required;
  }
  if (value.languages.length === 0) errors.languages = messages.chooseOne;
  return errors;
}

export interface MemberFieldsProps {
  value: MemberFieldsValue;
  onChange: (value: MemberFieldsValue) => void;
  /** Errors keyed by field name. */
  errors: Record<string, string | undefined>;
  /** Rendered right after the name (the apply form's e-mail). */
  afterName?: ReactNode;
}

/**
 * Name, country, institution, practitioner type, position, working languages and expertise.
 * Countries and languages are named by the browser (Intl) in the reader's language and sorted the
 * way that language sorts.
 */
export function MemberFields({ value, onChange, errors, afterName }: MemberFieldsProps) {
  const { t } = useTranslation('auth');
  const names = useIntlNames();
  const labels = useMemberLabels();
  const countries = useMemo(() => countryOptions(names), [names]);
  const languages = useMemo(() => languageOptions(names, value.languages), [names, value.languages]);
  const expertise = useMemo(
    () =>
      [
        ...EXPERTISE_AREAS,
        ...value.expertise.filter((area) => !(EXPERTISE_AREAS as readonly string[]).includes(area)),
      ].map((area) => ({ value: area, label: labels.expertise(area) })),
    [labels, value.expertise],
  );

  function set<K extends keyof MemberFieldsValue>(key: K, next: MemberFieldsValue[K]) {
    onChange({ ...value, [key]: next });
  }

  return (
    <>
      <FormField label={t('field.fullName')} error={errors.fullName}>
        <TextInput
          name="fullName"
          autoComplete="name"
          required
          maxLength={120}
          value={value.fullName}
          onChange={(event) => set('fullName', event.target.value)}
        />
      </FormField>
      {afterName}
      <FormField label={t('field.country')} error={errors.country}>
        <Select
          name="country"
          required
          value={value.country}
          onChange={(event) => set('country', event.target.value)}
        >
          <option value="">{t('field.chooseCountry')}</option>
          <SelectOptions options={countries} />
        </Select>
      </FormField>
      <FormField label={t('field.institution')} hint={t('field.institutionHint')} error={errors.institution}>
        <TextInput
          name="institution"
          autoComplete="organization"
          required
          maxLength={200}
          value={value.institution}
          onChange={(event) => set('institution', event.target.value)}
        />
      </FormField>
      <FormField label={t('field.practitionerType')} error={errors.practitionerType}>
        <Select
          name="practitionerType"
          required
          value={value.practitionerType}
          onChange={(event) => set('practitionerType', event.target.value as PractitionerType | '')}
        >
          <option value="">{t('field.choosePractitionerType')}</option>
          {PRACTITIONER_TYPES.map((type) => (
            <option key={type} value={type}>
              {labels.practitionerType(type)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label={t('field.position')} hint={t('field.positionHint')} error={errors.position}>
        <TextInput
          name="position"
          autoComplete="organization-title"
          required
          maxLength={120}
          value={value.position}
          onChange={(event) => set('position', event.target.value)}
        />
      </FormField>
      <CheckboxGroup
        legend={t('field.languages')}
        hint={t('field.languagesHint')}
        error={errors.languages}
        name="languages"
        columns
        options={languages}
        value={value.languages}
        onChange={(next) => set('languages', next)}
      />
      <CheckboxGroup
        legend={t('field.expertise')}
        hint={t('field.expertiseHint')}
        error={errors.expertise}
        name="expertise"
        options={expertise}
        value={value.expertise}
        onChange={(next) => set('expertise', next)}
      />
    </>
  );
}
