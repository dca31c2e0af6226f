import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { SelectOptions } from '../../../ui/SelectOptions';
import { useIntlNames } from '../../identity/lib/intl';
import { countryOptions } from '../../identity/lib/options';

export interface CountryPickerProps {
  value: readonly string[];
  onChange: (countries: string[]) => void;
  error?: string;
  /** Names the field; the discussions' "Countries concerned" by default. */
  label?: string;
  hint?: string;
  /** How many countries may be chosen; the discussions' limit by default. */
  max?: number;
}

/**
 * The countries a thread concerns: choose one in the list (a native drop-down, easy on phones and
 * keyboards) and add it; each shows as a chip with a remove button. Adding is a separate button
 * because some browsers report every arrow key in a closed drop-down as a change.
 */
export function CountryPicker({
  value,
  onChange,
  error,
  label,
  hint,
  max = DISCUSSION_LIMITS.countriesMax,
}: CountryPickerProps) {
  const { t } = useTranslation('discussions');
  const names = useIntlNames();
  const options = useMemo(
    () => countryOptions(names).filter((option) => !value.includes(option.value)),
    [names, value],
  );
  const full = value.length >= max;
  const [choice, setChoice] = useState('');

  function add() {
    if (choice && !value.includes(choice) && !full) onChange([...value, choice]);
    setChoice('');
  }

  return (
    <div className="discussions-chips-field">
      <FormField label={label ?? t('form.countries')} hint={hint ?? t('form.countriesHint')} error={error}>
        <div className="discussions-inline-field">
          <Select
            name="countries"
            value={choice}
            disabled={full}
            onChange={(event) => setChoice(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          >
            <option value="">{t('form.chooseCountry')}</option>
            <SelectOptions options={options} />
          </Select>
          <Button variant="secondary" disabled={!choice || full} onClick={add}>
            {t('form.addCountry')}
          </Button>
        </div>
      </FormField>
      {value.length > 0 && (
        <ul className="discussions-chips" aria-label={t('form.chosenCountries')}>
          {value.map((code) => (
            <li key={code} className="discussions-chip">
              <span>{names.country(code)}</span>
              <button
                type="button"
                className="discussions-chip__remove"
                aria-label={t('form.removeCountry', { country: names.country(code) })}
                onClick={() => onChange(value.filter((other) => other !== code))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
