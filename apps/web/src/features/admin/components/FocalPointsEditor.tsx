import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FOCAL_POINT_AUTHORITIES } from '@cop/contracts';
import type {
  AdminMemberFieldsFragment as AdminMember,
  FocalPointAuthority,
} from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { FormError, useFieldErrors, type ErrorLike } from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { useMemberLabels } from '../../identity/lib/labels';
import { countryOptions } from '../../identity/lib/options';
import { AddFocalPointMutation, RemoveFocalPointMutation } from '../graphql/members';
import { SelectOptions } from '../../../ui/SelectOptions';

/** The authorities a member is the national focal point for: listed, added, removed. */
export function FocalPointsEditor({ member, onChanged }: { member: AdminMember; onChanged: () => void }) {
  const { t } = useTranslation('admin');
  const names = useIntlNames();
  const labels = useMemberLabels();
  const toast = useToast();
  const formId = useId();
  const countryRef = useRef<HTMLSelectElement>(null);
  const countries = useMemo(() => countryOptions(names), [names]);
  const [country, setCountry] = useState(member.country ?? '');
  const [authority, setAuthority] = useState<FocalPointAuthority>('FIREARMS_PROTOCOL_COMPETENT_AUTHORITY');
  const [contactHours, setContactHours] = useState('');
  const [missingCountry, setMissingCountry] = useState(false);
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [added, add] = useMutation(AddFocalPointMutation);
  const [removal, remove] = useMutation(RemoveFocalPointMutation);
  const serverErrors = useFieldErrors(failure);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!country) {
      setMissingCountry(true);
      countryRef.current?.focus();
      return;
    }
    setMissingCountry(false);
    const answer = await add({
      input: { memberId: member.id, country, authority, contactHours: contactHours.trim() },
    });
    setFailure(answer.error ?? null);
    if (answer.error) return;
    toast.show(
      t('members.focalPointAdded', {
        name: member.fullName,
        authority: labels.authority(authority),
        country: names.country(country),
      }),
      { tone: 'success' },
    );
    setContactHours('');
    onChanged();
  }

  async function removeOne(id: string) {
    const answer = await remove({ id });
    setFailure(answer.error ?? null);
    if (answer.error) return;
    toast.show(t('members.focalPointRemoved'), { tone: 'success' });
    onChanged();
  }

  return (
    <details className="admin-member__focal">
      <summary>{t('members.focalPoints')}</summary>
      {member.focalPoints.length === 0 ? (
        <p className="admin-muted">{t('members.noFocalPoints')}</p>
      ) : (
        <ul className="admin-member__focal-list">
          {member.focalPoints.map((focal) => {
            const authorityName = labels.authority(focal.authority);
            const countryName = names.country(focal.country);
            return (
              <li key={focal.id}>
                <span>
                  {authorityName} — {countryName}
                  {focal.contactHours && <span className="admin-muted"> ({focal.contactHours})</span>}
                </span>
                <Button
                  variant="secondary"
                  busy={removal.fetching}
                  aria-label={t('members.removeFocalPointLabel', {
                    authority: authorityName,
                    country: countryName,
                  })}
                  onClick={() => void removeOne(focal.id)}
                >
                  {t('members.removeFocalPoint')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {member.status === 'ACTIVE' ? (
        <form
          id={formId}
          noValidate
          onSubmit={(event) => void submit(event)}
          className="admin-member__focal-form"
        >
          <fieldset>
            <legend>{t('members.addFocalPoint')}</legend>
            <div className="invite-form__fields">
              <FormField
                label={t('members.country')}
                error={missingCountry ? t('members.countryRequired') : serverErrors.country}
              >
                <Select
                  ref={countryRef}
                  name="country"
                  required
                  value={country}
                  onChange={(event) => setCountry(event.target.value)}
                >
                  <option value="">{t('members.chooseCountry')}</option>
                  <SelectOptions options={countries} />
                </Select>
              </FormField>
              <FormField label={t('members.authority')} error={serverErrors.authority}>
                <Select
                  name="authority"
                  value={authority}
                  onChange={(event) => setAuthority(event.target.value as FocalPointAuthority)}
                >
                  {FOCAL_POINT_AUTHORITIES.map((option) => (
                    <option key={option} value={option}>
                      {labels.authority(option)}
                    </option>
                  ))}
                </Select>
              </FormField>
              <FormField
                label={t('members.contactHours')}
                hint={t('members.contactHoursHint')}
                error={serverErrors.contactHours}
              >
                <TextInput
                  name="contactHours"
                  maxLength={200}
                  value={contactHours}
                  onChange={(event) => setContactHours(event.target.value)}
                />
              </FormField>
            </div>
            <FormError error={failure} shownFields={['country', 'authority', 'contactHours']} />
            <Button type="submit" variant="secondary" busy={added.fetching}>
              {t('members.add')}
            </Button>
          </fieldset>
        </form>
      ) : (
        <>
          <FormError error={failure} />
          <p className="admin-muted">{t('members.focalPointOnlyActive')}</p>
        </>
      )}
    </details>
  );
}
