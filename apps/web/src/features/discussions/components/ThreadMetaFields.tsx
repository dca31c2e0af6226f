import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@cop/contracts';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';
import { CountryPicker } from './CountryPicker';
import { TagInput } from './TagInput';

/** What a thread says about itself besides its title and text. */
export interface ThreadMeta {
  tags: string[];
  countries: string[];
  caseReference: string;
}

/** One field changed: `update(change.key, change.value)` at the call site. */
export type MetaChange =
  | { key: 'tags'; value: string[] }
  | { key: 'countries'; value: string[] }
  | { key: 'caseReference'; value: string };

export interface ThreadMetaFieldsProps {
  value: ThreadMeta;
  onChange: (change: MetaChange) => void;
  /** Server messages by field name. */
  errors: Record<string, string>;
}

/** Tags, countries concerned and case reference: the same fields when starting and editing a thread. */
export function ThreadMetaFields({ value, onChange, errors }: ThreadMetaFieldsProps) {
  const { t } = useTranslation('discussions');
  return (
    <>
      <TagInput
        value={value.tags}
        onChange={(tags) => onChange({ key: 'tags', value: tags })}
        error={errors.tags}
      />
      <CountryPicker
        value={value.countries}
        onChange={(countries) => onChange({ key: 'countries', value: countries })}
        error={errors.countries}
      />
      <FormField
        label={t('form.caseReference')}
        hint={t('form.caseReferenceHint')}
        error={errors.caseReference}
      >
        <TextInput
          name="caseReference"
          dir="auto"
          maxLength={DISCUSSION_LIMITS.caseReferenceMax}
          value={value.caseReference}
          onChange={(event) => onChange({ key: 'caseReference', value: event.target.value })}
        />
      </FormField>
    </>
  );
}
