import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../ui/CheckboxGroup';

/** Shows the form's passwords as text: easier to type a long one right on a phone. */
export function ShowPassword({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation('auth');
  return (
    <div className="identity-form__show-password">
      <Checkbox label={t('field.showPassword')} checked={checked} onChange={onChange} />
    </div>
  );
}
