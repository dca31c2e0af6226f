import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { TextArea } from '../../../ui/TextArea';
import { TextInput } from '../../../ui/TextInput';
import { FormError, useFieldErrors } from '../components/FormError';
import {
  EMPTY_MEMBER_FIELDS,
  MemberFields,
  missingMemberFields,
  type MemberFieldsValue,
} from '../components/MemberFields';
import { ApplyMutation } from '../graphql/membership';
import { useFocusOnError } from '../hooks/useFocusOnError';
import './forms.css';

const MOTIVATION_MIN = 20;
const MOTIVATION_MAX = 4000;
/** Field names the form shows errors next to; others go to the summary. */
const SHOWN_FIELDS = [
  'fullName',
  'email',
  'country',
  'institution',
  'practitionerType',
  'position',
  'languages',
  'expertise',
  'motivation',
  'voucherEmail',
];

/**
 * Applying for membership. The answer is the same whatever the e-mail (the api never tells whether
 * an address is known): check your e-mail, where a link confirms the address.
 */
export function ApplyPage() {
  const { t, i18n } = useTranslation('auth');
  const [fields, setFields] = useState<MemberFieldsValue>(EMPTY_MEMBER_FIELDS);
  const [email, setEmail] = useState('');
  const [motivation, setMotivation] = useState('');
  const [voucherEmail, setVoucherEmail] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching, error }, apply] = useMutation(ApplyMutation);
  const serverErrors = useFieldErrors(error);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);
  const errors = { ...serverErrors, ...clientErrors };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const missing = missingMemberFields(fields, {
      required: t('field.required'),
      chooseOne: t('fieldError.arrayMinSize'),
    });
    if (!email.trim()) missing.email = t('field.required');
    if (motivation.trim().length < MOTIVATION_MIN) missing.motivation = t('apply.motivationTooShort');
    setClientErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusOnError();
      return;
    }
    const result = await apply({
      input: {
        fullName: fields.fullName,
        email,
        country: fields.country,
        institution: fields.institution,
        practitionerType: fields.practitionerType || 'OTHER',
        position: fields.position,
        languages: fields.languages,
        expertise: fields.expertise,
        motivation,
        voucherEmail: voucherEmail.trim() || null,
        locale: currentLanguage(i18n),
      },
    });
    if (result.data?.apply) setSentTo(email.trim());
    else focusOnError();
  }

  if (sentTo) {
    return (
      <Page title={t('apply.sentTitle')} lead={t('apply.sentBody', { email: sentTo })}>
        <p>{t('apply.sentHelp')}</p>
      </Page>
    );
  }

  function clearClientError(field: string) {
    if (clientErrors[field]) setClientErrors(({ [field]: _removed, ...rest }) => rest);
  }

  return (
    <Page title={t('apply.title')} lead={t('apply.lead')}>
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <MemberFields
          value={fields}
          onChange={(next) => {
            setFields(next);
            for (const key of Object.keys(next) as (keyof MemberFieldsValue)[]) {
              if (next[key] !== fields[key]) clearClientError(key);
            }
          }}
          errors={errors}
          afterName={
            <FormField label={t('field.workEmail')} hint={t('field.workEmailHint')} error={errors.email}>
              <TextInput
                name="email"
                type="email"
                autoComplete="email"
                inputMode="email"
                spellCheck={false}
                required
                maxLength={254}
                value={email}
                onChange={(event) => {
                  setEmail(event.target.value);
                  clearClientError('email');
                }}
              />
            </FormField>
          }
        />
        <FormField label={t('apply.motivation')} hint={t('apply.motivationHint')} error={errors.motivation}>
          <TextArea
            name="motivation"
            rows={6}
            required
            minLength={MOTIVATION_MIN}
            maxLength={MOTIVATION_MAX}
            value={motivation}
            onChange={(event) => {
              setMotivation(event.target.value);
              clearClientError('motivation');
            }}
          />
        </FormField>
        <p className="identity-form__counter" aria-live="off">
          {t('apply.motivationLength', { length: motivation.trim().length })}
        </p>
        <FormField
          label={t('apply.voucherEmail')}
          hint={t('apply.voucherEmailHint')}
          error={errors.voucherEmail}
        >
          <TextInput
            name="voucherEmail"
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            maxLength={254}
            value={voucherEmail}
            onChange={(event) => setVoucherEmail(event.target.value)}
          />
        </FormField>
        <FormError error={error} shownFields={SHOWN_FIELDS} />
        <div className="identity-form__actions">
          <Button type="submit" busy={fetching}>
            {t('apply.submit')}
          </Button>
        </div>
      </form>
      <p>
        <Link to="/sign-in">{t('apply.signIn')}</Link>
      </p>
    </Page>
  );
}
