import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@cop/contracts';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';
import { ShowPassword } from './ShowPassword';

/** The password rules, as the api applies them. */
export function PasswordRules() {
  const { t } = useTranslation('auth');
  const headingId = useId();
  return (
    <section className="identity-rules" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('password.rulesTitle')}</h2>
      <ul>
        <li>{t('password.ruleLength', { min: PASSWORD_MIN_LENGTH })}</li>
        <li>{t('password.ruleCommon')}</li>
        <li>{t('password.ruleUnique')}</li>
      </ul>
    </section>
  );
}

export interface NewPasswordValue {
  password: string;
  confirmation: string;
}

/**
 * What the browser can check before asking the api: long enough, and typed the same twice.
 * Keyed `password` and `confirmation`.
 */
export function checkNewPassword(
  value: NewPasswordValue,
  messages: { required: string; tooShort: string; mismatch: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!value.password) errors.password = messages.required;
  else if ([...value.password].length < PASSWORD_MIN_LENGTH) errors.password = messages.tooShort;
  if (value.password && value.confirmation !== value.password) errors.confirmation = messages.mismatch;
  return errors;
}

export interface NewPasswordFieldsProps {
  value: NewPasswordValue;
  onChange: (value: NewPasswordValue) => void;
  errors: { password?: string; confirmation?: string };
  showPassword: boolean;
  onShowPassword: (show: boolean) => void;
}

/** New password and its confirmation, with "show password"; the rules describe the first field. */
export function NewPasswordFields({
  value,
  onChange,
  errors,
  showPassword,
  onShowPassword,
}: NewPasswordFieldsProps) {
  const { t } = useTranslation('auth');
  const type = showPassword ? 'text' : 'password';
  return (
    <>
      <FormField
        label={t('password.new')}
        hint={t('password.ruleLength', { min: PASSWORD_MIN_LENGTH })}
        error={errors.password}
      >
        <TextInput
          name="newPassword"
          type={type}
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          value={value.password}
          onChange={(event) => onChange({ ...value, password: event.target.value })}
        />
      </FormField>
      <FormField label={t('password.confirm')} error={errors.confirmation}>
        <TextInput
          name="confirmPassword"
          type={type}
          autoComplete="new-password"
          required
          value={value.confirmation}
          onChange={(event) => onChange({ ...value, confirmation: event.target.value })}
        />
      </FormField>
      <ShowPassword checked={showPassword} onChange={onShowPassword} />
    </>
  );
}
