import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_CLASSIFICATIONS, EvidenceType, JIT_LIMITS } from '@cop/contracts';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { useIntlNames } from '../../identity/lib/intl';

export interface EvidenceDraft {
  title: string;
  description: string;
  type: EvidenceType;
  originCountry: string;
  collectedBy: string;
  /** `datetime-local` text (the reader's time). */
  collectedAt: string;
  legalBasis: string;
  classification: string;
}

export const EMPTY_EVIDENCE: EvidenceDraft = {
  title: '',
  description: '',
  type: 'DOCUMENT',
  originCountry: '',
  collectedBy: '',
  collectedAt: '',
  legalBasis: '',
  classification: EVIDENCE_CLASSIFICATIONS[0],
};

/** An ISO instant → the `datetime-local` text in the reader's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The `datetime-local` text → an ISO instant, or null. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function validateEvidence(draft: EvidenceDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.title.trim()) problems.title = 'required';
  if (!draft.originCountry) problems.originCountry = 'required';
  if (!draft.classification.trim()) problems.classification = 'required';
  return problems;
}

/** The describing fields of an evidence item (new item and edit). */
export function EvidenceFields({
  draft,
  onChange,
  countries,
  errors,
}: {
  draft: EvidenceDraft;
  onChange: (draft: EvidenceDraft) => void;
  countries: readonly string[];
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation('jit');
  const names = useIntlNames();
  const listId = useId();
  const set = <K extends keyof EvidenceDraft>(key: K, value: EvidenceDraft[K]) =>
    onChange({ ...draft, [key]: value });
  return (
    <>
      <FormField label={t('evidence.title')} error={errors.title}>
        <TextInput
          value={draft.title}
          dir="auto"
          maxLength={JIT_LIMITS.evidenceTitleMax}
          onChange={(event) => set('title', event.target.value)}
        />
      </FormField>
      <FormField label={t('evidence.description')} error={errors.description}>
        <TextArea
          value={draft.description}
          dir="auto"
          maxLength={JIT_LIMITS.evidenceDescriptionMax}
          onChange={(event) => set('description', event.target.value)}
        />
      </FormField>
      <div className="jit-form__row">
        <FormField label={t('evidence.type')} error={errors.type}>
          <Select value={draft.type} onChange={(event) => set('type', event.target.value as EvidenceType)}>
            {Object.values(EvidenceType).map((value) => (
              <option key={value} value={value}>
                {t(`evidenceType.${value}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t('evidence.origin')} error={errors.originCountry}>
          <Select value={draft.originCountry} onChange={(event) => set('originCountry', event.target.value)}>
            <option value="">{t('create.chooseCountry')}</option>
            {countries.map((code) => (
              <option key={code} value={code}>
                {names.country(code)}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <div className="jit-form__row">
        <FormField
          label={t('evidence.collectedBy')}
          hint={t('evidence.collectedByHint')}
          error={errors.collectedBy}
        >
          <TextInput
            value={draft.collectedBy}
            dir="auto"
            maxLength={JIT_LIMITS.collectedByMax}
            onChange={(event) => set('collectedBy', event.target.value)}
          />
        </FormField>
        <FormField label={t('evidence.collectedAt')} error={errors.collectedAt}>
          <TextInput
            type="datetime-local"
            value={draft.collectedAt}
            onChange={(event) => set('collectedAt', event.target.value)}
          />
        </FormField>
      </div>
      <FormField label={t('evidence.legalBasis')} error={errors.legalBasis}>
        <TextInput
          value={draft.legalBasis}
          dir="auto"
          maxLength={JIT_LIMITS.legalBasisMax}
          onChange={(event) => set('legalBasis', event.target.value)}
        />
      </FormField>
      <FormField
        label={t('evidence.classification')}
        hint={t('evidence.classificationHint')}
        error={errors.classification}
      >
        <TextInput
          value={draft.classification}
          list={listId}
          maxLength={JIT_LIMITS.classificationMax}
          onChange={(event) => set('classification', event.target.value)}
        />
      </FormField>
      <datalist id={listId}>
        {EVIDENCE_CLASSIFICATIONS.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
    </>
  );
}
