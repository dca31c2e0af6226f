import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CaseOutcome,
  CourtLevel,
  DIGEST_LANGUAGES,
  DIGEST_LIMITS,
  LegalSystem,
  ProceduralStage,
  RouteRole,
  type DigestLanguage,
} from '@cop/contracts';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { SelectOptions } from '../../../ui/SelectOptions';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { AttachmentPicker } from '../../files/components/AttachmentPicker';
import { useIntlNames } from '../../identity/lib/intl';
import { countryOptions, languageOptions } from '../../identity/lib/options';
import {
  CONVENTION_ARTICLE_VALUES,
  EMPTY_DEFENDANT,
  PROTOCOL_ARTICLE_VALUES,
  type CaseDraft,
} from '../lib/content';
import { useTerms } from './common';
import { RowsEditor, StringListEditor } from './ListEditors';

export interface CaseFieldsProps {
  draft: CaseDraft;
  onChange: (draft: CaseDraft) => void;
  /** Translated problems keyed by field path. */
  errors: Record<string, string>;
  attachmentIds: string[];
  onAttachments: (ids: string[]) => void;
  onUploading: (busy: boolean) => void;
  /** Files already attached (editing): listed above the picker. */
  attached?: ReactNode;
}

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="digest-section">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Every field of a case record, in sections; list editors for the repeated parts. */
export function CaseFields({
  draft,
  onChange,
  errors,
  attachmentIds,
  onAttachments,
  onUploading,
  attached,
}: CaseFieldsProps) {
  const { t } = useTranslation('digest');
  const names = useIntlNames();
  const terms = useTerms();
  const countries = useMemo(() => countryOptions(names), [names]);
  const languages = useMemo(
    () => languageOptions(names, [draft.decisionLanguage]),
    [names, draft.decisionLanguage],
  );
  const set = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const L = DIGEST_LIMITS;

  const withChosen = (options: { value: string; label: string }[], chosen: readonly string[]) => [
    ...options,
    ...chosen
      .filter((code) => !options.some((o) => o.value === code))
      .map((code) => ({ value: code, label: code })),
  ];

  return (
    <>
      <Section legend={t('form.section.decision')}>
        <FormField label={t('field.title')} error={errors.title}>
          <TextInput
            name="title"
            dir="auto"
            required
            maxLength={L.titleMax}
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
          />
        </FormField>
        <div className="digest-grid">
          <FormField label={t('field.country')} error={errors.country}>
            <Select
              name="country"
              required
              value={draft.country}
              onChange={(e) => set('country', e.target.value)}
            >
              <option value="">{t('form.choose')}</option>
              <SelectOptions options={countries} />
            </Select>
          </FormField>
          <FormField label={t('field.jurisdiction')} hint={t('form.optional')} error={errors.jurisdiction}>
            <TextInput
              name="jurisdiction"
              dir="auto"
              maxLength={L.jurisdictionMax}
              value={draft.jurisdiction}
              onChange={(e) => set('jurisdiction', e.target.value)}
            />
          </FormField>
          <FormField label={t('field.court')} error={errors.court}>
            <TextInput
              name="court"
              dir="auto"
              required
              maxLength={L.courtMax}
              value={draft.court}
              onChange={(e) => set('court', e.target.value)}
            />
          </FormField>
          <FormField label={t('field.courtLevel')} error={errors.courtLevel}>
            <Select
              name="courtLevel"
              required
              value={draft.courtLevel}
              onChange={(e) => set('courtLevel', e.target.value as CourtLevel)}
            >
              <option value="">{t('form.choose')}</option>
              {Object.values(CourtLevel).map((level) => (
                <option key={level} value={level}>
                  {t(`courtLevel.${level}`)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={t('field.caseNumber')} hint={t('form.optional')} error={errors.caseNumber}>
            <TextInput
              name="caseNumber"
              dir="auto"
              maxLength={L.caseNumberMax}
              value={draft.caseNumber}
              onChange={(e) => set('caseNumber', e.target.value)}
            />
          </FormField>
          <FormField label={t('field.decisionDate')} error={errors.decisionDate}>
            <TextInput
              name="decisionDate"
              type="date"
              required
              value={draft.decisionDate}
              onChange={(e) => set('decisionDate', e.target.value)}
            />
          </FormField>
          <FormField label={t('field.proceduralStage')} error={errors.proceduralStage}>
            <Select
              name="proceduralStage"
              value={draft.proceduralStage}
              onChange={(e) => set('proceduralStage', e.target.value as ProceduralStage)}
            >
              {Object.values(ProceduralStage).map((stage) => (
                <option key={stage} value={stage}>
                  {t(`stage.${stage}`)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={t('field.legalSystem')} error={errors.legalSystem}>
            <Select
              name="legalSystem"
              value={draft.legalSystem}
              onChange={(e) => set('legalSystem', e.target.value as LegalSystem)}
            >
              {Object.values(LegalSystem).map((system) => (
                <option key={system} value={system}>
                  {t(`legalSystem.${system}`)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={t('field.decisionLanguage')} error={errors.decisionLanguage}>
            <Select
              name="decisionLanguage"
              value={draft.decisionLanguage}
              onChange={(e) => set('decisionLanguage', e.target.value)}
            >
              <option value="">{t('form.choose')}</option>
              <SelectOptions options={languages} />
            </Select>
          </FormField>
          <FormField
            label={t('field.contentLanguage')}
            hint={t('form.contentLanguageHint')}
            error={errors.contentLanguage}
          >
            <Select
              name="contentLanguage"
              value={draft.contentLanguage}
              onChange={(e) => set('contentLanguage', e.target.value as DigestLanguage)}
            >
              {DIGEST_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {names.language(code)}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
        <FormField
          label={t('field.relatedCaseIds')}
          hint={t('form.relatedHint')}
          error={errors.relatedCaseIds}
        >
          <TextArea
            name="relatedCaseIds"
            rows={2}
            value={draft.relatedCaseIds}
            onChange={(e) => set('relatedCaseIds', e.target.value)}
          />
        </FormField>
      </Section>

      <Section legend={t('form.section.law')}>
        <CheckboxGroup
          legend={t('field.offences')}
          name="offences"
          error={errors.offences}
          options={withChosen(terms.options('OFFENCE'), draft.offences)}
          value={draft.offences}
          onChange={(value) => set('offences', value)}
        />
        <CheckboxGroup
          legend={t('field.protocolArticles')}
          name="protocolArticles"
          error={errors.protocolArticles}
          columns
          options={PROTOCOL_ARTICLE_VALUES.map((n) => ({ value: n, label: t('article', { n }) }))}
          value={draft.protocolArticles}
          onChange={(value) => set('protocolArticles', value)}
        />
        <CheckboxGroup
          legend={t('field.conventionArticles')}
          name="conventionArticles"
          error={errors.conventionArticles}
          columns
          options={CONVENTION_ARTICLE_VALUES.map((n) => ({ value: n, label: t('article', { n }) }))}
          value={draft.conventionArticles}
          onChange={(value) => set('conventionArticles', value)}
        />
        <FormField label={t('field.outcome')} error={errors.outcome}>
          <Select
            name="outcome"
            required
            value={draft.outcome}
            onChange={(e) => set('outcome', e.target.value as CaseOutcome)}
          >
            <option value="">{t('form.choose')}</option>
            {Object.values(CaseOutcome).map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`outcome.${outcome}`)}
              </option>
            ))}
          </Select>
        </FormField>
      </Section>

      <RowsEditor
        legend={t('field.weapons')}
        error={errors.weapons}
        items={draft.weapons}
        onChange={(value) => set('weapons', value)}
        make={() => ({ type: '', quantity: '' })}
        addLabel={t('form.addWeapon')}
        removeLabel={(i) => t('form.removeWeapon', { n: i + 1 })}
      >
        {(weapon, index, change) => (
          <div className="digest-grid">
            <FormField label={t('form.weaponType', { n: index + 1 })} error={errors[`weapons.${index}.type`]}>
              <Select value={weapon.type} onChange={(e) => change({ ...weapon, type: e.target.value })}>
                <option value="">{t('form.choose')}</option>
                <SelectOptions
                  options={withChosen(terms.options('WEAPON'), weapon.type ? [weapon.type] : [])}
                />
              </Select>
            </FormField>
            <FormField
              label={t('form.weaponQuantity', { n: index + 1 })}
              hint={t('form.optional')}
              error={errors[`weapons.${index}.quantity`]}
            >
              <TextInput
                inputMode="numeric"
                value={weapon.quantity}
                onChange={(e) => change({ ...weapon, quantity: e.target.value })}
              />
            </FormField>
          </div>
        )}
      </RowsEditor>

      <Section legend={t('field.modusOperandi')}>
        <CheckboxGroup
          legend={t('form.modusLegend')}
          name="modusOperandi"
          error={errors.modusOperandi}
          options={withChosen(terms.options('MODUS'), draft.modusOperandi)}
          value={draft.modusOperandi}
          onChange={(value) => set('modusOperandi', value)}
        />
      </Section>

      <RowsEditor
        legend={t('field.route')}
        hint={t('form.routeHint')}
        error={errors.route}
        items={draft.route}
        onChange={(value) => set('route', value)}
        make={() => ({ country: '', role: 'TRANSIT' as RouteRole })}
        addLabel={t('form.addStop')}
        removeLabel={(i) => t('form.removeStop', { n: i + 1 })}
        moveUpLabel={(i) => t('form.moveStopUp', { n: i + 1 })}
        max={L.routeMax}
      >
        {(stop, index, change) => (
          <div className="digest-grid">
            <FormField
              label={t('form.stopCountry', { n: index + 1 })}
              error={errors[`route.${index}.country`]}
            >
              <Select value={stop.country} onChange={(e) => change({ ...stop, country: e.target.value })}>
                <option value="">{t('form.choose')}</option>
                <SelectOptions options={countries} />
              </Select>
            </FormField>
            <FormField label={t('form.stopRole', { n: index + 1 })}>
              <Select
                value={stop.role}
                onChange={(e) => change({ ...stop, role: e.target.value as RouteRole })}
              >
                {Object.values(RouteRole).map((role) => (
                  <option key={role} value={role}>
                    {t(`routeRole.${role}`)}
                  </option>
                ))}
              </Select>
            </FormField>
          </div>
        )}
      </RowsEditor>

      <RowsEditor
        legend={t('field.defendants')}
        hint={t('form.defendantsHint')}
        error={errors.defendants}
        items={draft.defendants}
        onChange={(value) => set('defendants', value)}
        make={() => ({ ...EMPTY_DEFENDANT })}
        addLabel={t('form.addDefendant')}
        removeLabel={(i) => t('form.removeDefendant', { n: i + 1 })}
        max={L.defendantsMax}
      >
        {(defendant, index, change) => {
          const error = (field: string) => errors[`defendants.${index}.${field}`];
          const label = (field: string) =>
            t('form.defendantField', { field: t(`defendant.${field as 'label'}`), n: index + 1 });
          const text = (
            field: 'label' | 'role' | 'verdict' | 'fine' | 'confiscation' | 'charges' | 'sentenceMonths',
          ) => (
            <FormField
              label={label(field)}
              error={error(field)}
              hint={field === 'charges' ? t('form.chargesHint') : undefined}
            >
              <TextInput
                dir={field === 'sentenceMonths' ? undefined : 'auto'}
                inputMode={field === 'sentenceMonths' ? 'numeric' : undefined}
                value={defendant[field]}
                onChange={(e) => change({ ...defendant, [field]: e.target.value })}
              />
            </FormField>
          );
          return (
            <div className="digest-grid">
              {text('label')}
              {text('role')}
              {text('charges')}
              {text('verdict')}
              {text('sentenceMonths')}
              {text('fine')}
              {text('confiscation')}
            </div>
          );
        }}
      </RowsEditor>

      <Section legend={t('form.section.text')}>
        <FormField label={t('field.summary')} hint={t('form.summaryHint')} error={errors.summary}>
          <TextArea
            name="summary"
            dir="auto"
            required
            rows={5}
            maxLength={L.summaryMax}
            value={draft.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        </FormField>
        <FormField label={t('field.facts')} error={errors.facts}>
          <TextArea
            name="facts"
            dir="auto"
            rows={8}
            maxLength={L.longTextMax}
            value={draft.facts}
            onChange={(e) => set('facts', e.target.value)}
          />
        </FormField>
        <FormField label={t('field.reasoning')} error={errors.reasoning}>
          <TextArea
            name="reasoning"
            dir="auto"
            rows={8}
            maxLength={L.longTextMax}
            value={draft.reasoning}
            onChange={(e) => set('reasoning', e.target.value)}
          />
        </FormField>
        <FormField label={t('field.commentary')} error={errors.commentary}>
          <TextArea
            name="commentary"
            dir="auto"
            rows={6}
            maxLength={L.longTextMax}
            value={draft.commentary}
            onChange={(e) => set('commentary', e.target.value)}
          />
        </FormField>
      </Section>

      <StringListEditor
        legend={t('field.goodPractices')}
        itemLabel={(i) => t('form.goodPractice', { n: i + 1 })}
        addLabel={t('form.addGoodPractice')}
        removeLabel={(i) => t('form.removeGoodPractice', { n: i + 1 })}
        items={draft.goodPractices}
        onChange={(value) => set('goodPractices', value)}
        errors={errors}
        path="goodPractices"
        max={L.listMax}
        maxLength={L.listItemMax}
        multiline
      />
      <StringListEditor
        legend={t('field.lessons')}
        itemLabel={(i) => t('form.lesson', { n: i + 1 })}
        addLabel={t('form.addLesson')}
        removeLabel={(i) => t('form.removeLesson', { n: i + 1 })}
        items={draft.lessons}
        onChange={(value) => set('lessons', value)}
        errors={errors}
        path="lessons"
        max={L.listMax}
        maxLength={L.listItemMax}
        multiline
      />
      <StringListEditor
        legend={t('field.keywords')}
        itemLabel={(i) => t('form.keyword', { n: i + 1 })}
        addLabel={t('form.addKeyword')}
        removeLabel={(i) => t('form.removeKeyword', { n: i + 1 })}
        items={draft.keywords}
        onChange={(value) => set('keywords', value)}
        errors={errors}
        path="keywords"
        max={L.keywordsMax}
        maxLength={L.keywordMax}
      />

      <RowsEditor
        legend={t('field.sources')}
        error={errors.sources}
        items={draft.sources}
        onChange={(value) => set('sources', value)}
        make={() => ({ url: '', citation: '' })}
        addLabel={t('form.addSource')}
        removeLabel={(i) => t('form.removeSource', { n: i + 1 })}
        max={L.sourcesMax}
      >
        {(source, index, change) => (
          <div className="digest-grid">
            <FormField
              label={t('form.sourceCitation', { n: index + 1 })}
              error={errors[`sources.${index}.citation`]}
            >
              <TextInput
                dir="auto"
                value={source.citation}
                onChange={(e) => change({ ...source, citation: e.target.value })}
              />
            </FormField>
            <FormField
              label={t('form.sourceUrl', { n: index + 1 })}
              hint={t('form.optional')}
              error={errors[`sources.${index}.url`]}
            >
              <TextInput
                type="url"
                dir="ltr"
                value={source.url}
                onChange={(e) => change({ ...source, url: e.target.value })}
              />
            </FormField>
          </div>
        )}
      </RowsEditor>

      <Section legend={t('field.attachments')}>
        {attached}
        <AttachmentPicker
          value={attachmentIds}
          onChange={onAttachments}
          onBusyChange={onUploading}
          label={t('form.attachJudgment')}
        />
      </Section>
    </>
  );
}
