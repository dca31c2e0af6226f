import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';
import { ApiError } from '../graphql/errors';
import { FormError, useFieldErrors } from './FormError';
import './ProfilePhoto.css';

/** The api refuses larger photos (413); checked here first, so a slow link does not send them. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_UPLOAD_PATH = '/api/profile-photo';
export const PHOTO_DELETE_PATH = '/api/profile-photo/delete';

const photoProblem = (code: string, message: string) =>
  new ApiError('BAD_USER_INPUT', message, { fields: [{ field: 'photo', code, message }] });

/** Posts to one of the photo routes: same-origin cookie, and the header a cross-site form cannot set. */
async function postPhoto(path: string, body?: FormData): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'X-CSRF': '1' },
    });
  } catch {
    throw new ApiError('NETWORK', 'The portal could not be reached.');
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 413) throw photoProblem('imageTooLarge', 'The photo is larger than 5 MB.');
    throw ApiError.fromBody(response.status, json);
  }
  return json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
}

export interface ProfilePhotoProps {
  photoUrl: string | null;
  onChange: (photoUrl: string | null) => void;
}

/** Shows the member's photo, uploads a new one (JPEG, PNG or WebP up to 5 MB), or removes it. */
export function ProfilePhoto({ photoUrl, onChange }: ProfilePhotoProps) {
  const { t } = useTranslation('auth');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'upload' | 'remove' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const fieldErrors = useFieldErrors(error);

  async function run(kind: 'upload' | 'remove', action: () => Promise<void>) {
    if (busy) return;
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
      inputRef.current?.focus();
    } finally {
      setBusy(null);
    }
  }

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run('upload', async () => {
      if (!file) throw photoProblem('fileRequired', 'Choose a photo.');
      if (file.size > PHOTO_MAX_BYTES) throw photoProblem('imageTooLarge', 'The photo is larger than 5 MB.');
      const form = new FormData();
      form.append('photo', file);
      const answer = await postPhoto(PHOTO_UPLOAD_PATH, form);
      onChange(typeof answer.photoUrl === 'string' ? answer.photoUrl : null);
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
      setNotice(t('profile.photoUploaded'));
    });
  }

  function remove() {
    void run('remove', async () => {
      await postPhoto(PHOTO_DELETE_PATH);
      onChange(null);
      setNotice(t('profile.photoRemoved'));
    });
  }

  return (
    <section className="profile-photo" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('profile.photo')}</h2>
      <div className="profile-photo__body">
        {photoUrl ? (
          <img
            className="profile-photo__image"
            src={photoUrl}
            alt={t('profile.photoAlt')}
            width={128}
            height={128}
          />
        ) : (
          <p className="profile-photo__none">{t('profile.noPhoto')}</p>
        )}
        <form className="profile-photo__form" noValidate onSubmit={upload}>
          <FormField label={t('profile.choosePhoto')} hint={t('profile.photoHint')} error={fieldErrors.photo}>
            <TextInput
              ref={inputRef}
              name="photo"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setError(null);
              }}
            />
          </FormField>
          <FormError error={error} shownFields={['photo']} />
          <div className="identity-form__actions">
            <Button type="submit" busy={busy === 'upload'}>
              {t('profile.upload')}
            </Button>
            {photoUrl && (
              <Button variant="secondary" busy={busy === 'remove'} onClick={remove}>
                {t('profile.removePhoto')}
              </Button>
            )}
          </div>
        </form>
      </div>
      {notice && (
        <p className="identity-notice" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
