import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { LANGUAGES } from '@cop/contracts';
import type { MyProfileFieldsFragment } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { FormError, useFieldErrors } from '../components/FormError';
import { LoadError } from '../components/LoadError';
import { MemberFields, missingMemberFields, type MemberFieldsValue } from '../components/MemberFields';
import { ProfilePhoto } from '../components/ProfilePhoto';
import { MyProfileQuery, UpdateMyProfileMutation } from '../graphql/profile';
import { useFocusOnError } from '../hooks/useFocusOnError';
import { useViewer } from '../session/ViewerContext';
import './forms.css';

const BIO_MAX = 2000;
const SHOWN_FIELDS = [
  'fullName',
  'country',
  'institution',
  'practitionerType',
  'position',
  'languages',
  'expertise',
  'bio',
  'locale',
];

/** The member's own profile: what the directory shows, the photo, and the language of e-mails. */
export function ProfilePage() {
  const { t } = useTranslation('auth');
  const [{ data, error, fetching }, reload] = useQuery({
    query: MyProfileQuery,
    requestPolicy: 'network-only',
  });
  const profile = data?.myProfile;

  return (
    <Page title={t('profile.title')} lead={t('profile.lead')}>
      {profile ? (
        <ProfileEditor key={profile.id} profile={profile} />
      ) : error ? (
        <LoadError
          message={t('profile.loadError')}
          retryLabel={t('profile.retry')}
          busy={fetching}
          onRetry={() => reload({ requestPolicy: 'network-only' })}
        />
      ) : (
        <p className="shell__loading" role="status">
          {t('profile.loading')}
        </p>
      )}
    </Page>
  );
}

function ProfileEditor({ profile }: { profile: MyProfileFieldsFragment }) {
  const { t } = useTranslation('auth');
  const { viewer, setViewer } = useViewer();
  const [fields, setFields] = useState<MemberFieldsValue>(() => ({
    fullName: profile.fullName,
    country: profile.country ?? '',
    institution: profile.institution ?? '',
    practitionerType: profile.practitionerType ?? '',
    position: profile.position ?? '',
    languages: profile.languages,
    expertise: profile.expertise,
  }));
  const [bio, setBio] = useState(profile.bio);
  const [locale, setLocale] = useState(profile.locale);
  const [photoUrl, setPhotoUrl] = useState(profile.photoUrl ?? null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdateMyProfileMutation);
  const serverErrors = useFieldErrors(error);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);
  const errors = { ...serverErrors, ...clientErrors };
  const detailsId = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    setSaved(false);
    const missing = missingMemberFields(fields, {
      required: t('field.required'),
      chooseOne: t('fieldError.arrayMinSize'),
    });
    setClientErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusOnError();
      return;
    }
    const result = await update({
      input: {
        fullName: fields.fullName,
        country: fields.country,
        institution: fields.institution,
        practitionerType: fields.practitionerType || 'OTHER',
        position: fields.position,
        languages: fields.languages,
        expertise: fields.expertise,
        bio,
        locale,
      },
    });
    const updated = result.data?.updateMyProfile;
    if (!updated) {
      focusOnError();
      return;
    }
    setSaved(true);
    // The header shows the name: keep it in step without asking the api again.
    if (viewer) setViewer({ ...viewer, fullName: updated.fullName, locale: updated.locale });
  }

  return (
    <>
      {profile.status === 'SUSPENDED' && (
        <p className="identity-notice identity-notice--warning">{t('profile.suspended')}</p>
      )}
      <ProfilePhoto photoUrl={photoUrl} onChange={setPhotoUrl} />
      <section className="identity-section" aria-labelledby={detailsId}>
        <h2 id={detailsId}>{t('profile.details')}</h2>
        <p>
          {t('profile.email', { email: profile.email })} <span>{t('profile.emailNote')}</span>
        </p>
        <form
          ref={formRef}
          className="identity-form"
          noValidate
          onSubmit={(event) => void handleSubmit(event)}
        >
          <MemberFields
            value={fields}
            onChange={(next) => {
              setFields(next);
              setSaved(false);
              setClientErrors({});
            }}
            errors={errors}
          />
          <FormField label={t('profile.bio')} hint={t('profile.bioHint')} error={errors.bio}>
            <TextArea
              name="bio"
              rows={6}
              maxLength={BIO_MAX}
              value={bio}
              onChange={(event) => {
                setBio(event.target.value);
                setSaved(false);
              }}
            />
          </FormField>
          <FormField label={t('profile.locale')} hint={t('profile.localeHint')} error={errors.locale}>
            <Select
              name="locale"
              value={locale}
              onChange={(event) => {
                setLocale(event.target.value);
                setSaved(false);
              }}
            >
              {LANGUAGES.map((language) => (
                <option key={language.code} value={language.code} lang={language.code}>
                  {language.nativeName}
                </option>
              ))}
            </Select>
          </FormField>
          <FormError error={error} shownFields={SHOWN_FIELDS} />
          <div className="identity-form__actions">
            <Button type="submit" busy={fetching}>
              {t('profile.save')}
            </Button>
          </div>
          <div role="status" className="identity-form__status">
            {saved && <p className="identity-notice">{t('profile.saved')}</p>}
          </div>
        </form>
      </section>
    </>
  );
}
