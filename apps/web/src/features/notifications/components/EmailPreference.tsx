import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { NotificationEmailMode } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { RadioGroup } from '../../../ui/RadioGroup';
import { useToast } from '../../../ui/Toast';
import { LoadError } from '../../identity/components/LoadError';
import {
  NotificationPreferencesQuery,
  UpdateNotificationPreferencesMutation,
} from '../graphql/notifications';

const MODES: readonly NotificationEmailMode[] = ['IMMEDIATE', 'DAILY', 'OFF'];

/** How often the member is e-mailed about notifications: immediately, a daily digest, or never. */
export function EmailPreference() {
  const { t } = useTranslation('notifications');
  const toast = useToast();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: NotificationPreferencesQuery,
    requestPolicy: 'network-only',
  });
  const [saving, save] = useMutation(UpdateNotificationPreferencesMutation);
  const [chosen, setChosen] = useState<NotificationEmailMode | null>(null);
  const saved = data?.notificationPreferences.emailMode ?? null;
  const value = chosen ?? saved;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!value) return;
    const result = await save({ input: { emailMode: value } });
    if (result.error || !result.data) {
      toast.show(t('email.saveFailed'), { tone: 'error' });
      return;
    }
    setChosen(result.data.updateNotificationPreferences.emailMode);
    toast.show(t('email.saved'), { tone: 'success' });
  }

  return (
    <section className="notifications__email" aria-labelledby="notifications-email-title">
      <h2 id="notifications-email-title">{t('email.title')}</h2>
      {error && !data && (
        <LoadError
          message={t('email.loadError')}
          retryLabel={t('retry')}
          busy={fetching}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !data && <p role="status">{t('loading')}</p>}
      {data && (
        <form onSubmit={(event) => void handleSubmit(event)} className="notifications__email-form">
          <RadioGroup<NotificationEmailMode>
            legend={t('email.legend')}
            hint={t('email.hint')}
            name="emailMode"
            value={value}
            onChange={setChosen}
            options={MODES.map((mode) => ({
              value: mode,
              label: t(`email.mode.${mode}.label`),
              hint: t(`email.mode.${mode}.hint`),
            }))}
          />
          <div>
            <Button type="submit" busy={saving.fetching}>
              {t('email.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
