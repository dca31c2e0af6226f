import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useClient, type OperationResult } from 'urql';
import type { ConfirmEmailMutation as ConfirmEmailResult } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { FormError } from '../components/FormError';
import { errorCode, type ErrorLike } from '../graphql/errors';
import { ConfirmEmailMutation } from '../graphql/membership';
import './forms.css';

type Outcome =
  { state: 'checking' } | { state: 'done' } | { state: 'invalid' } | { state: 'failed'; error: ErrorLike };

/**
 * `/confirm-email?token=…`, the link of the applicant's first e-mail. Confirms once on arrival (the
 * link is single-use, so React's development double effects must not send it twice).
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'checking' });
  const request = useRef<{ key: string; promise: Promise<OperationResult<ConfirmEmailResult>> } | null>(null);

  useEffect(() => {
    if (!token) return;
    const key = `${token}#${attempt}`;
    if (request.current?.key !== key) {
      request.current = { key, promise: client.mutation(ConfirmEmailMutation, { token }).toPromise() };
    }
    let active = true;
    void request.current.promise.then((result) => {
      if (!active) return;
      if (result.data?.confirmEmail) setOutcome({ state: 'done' });
      else if (errorCode(result.error) === 'BAD_USER_INPUT' || result.data?.confirmEmail === false) {
        setOutcome({ state: 'invalid' });
      } else setOutcome({ state: 'failed', error: result.error });
    });
    return () => {
      active = false;
    };
  }, [client, token, attempt]);

  if (!token || outcome.state === 'invalid') {
    return (
      <Page title={t('confirmEmail.invalidTitle')} lead={t('confirmEmail.invalidBody')}>
        <p>
          <Link to="/apply">{t('confirmEmail.applyAgain')}</Link>
        </p>
      </Page>
    );
  }
  if (outcome.state === 'done') {
    return <Page title={t('confirmEmail.doneTitle')} lead={t('confirmEmail.doneBody')} />;
  }
  return (
    <Page title={t('confirmEmail.title')}>
      {outcome.state === 'checking' ? (
        <p className="shell__loading" role="status">
          {t('confirmEmail.checking')}
        </p>
      ) : (
        <>
          <FormError error={outcome.error} />
          <div>
            <Button
              onClick={() => {
                setOutcome({ state: 'checking' });
                setAttempt((value) => value + 1);
              }}
            >
              {t('confirmEmail.retry')}
            </Button>
          </div>
        </>
      )}
    </Page>
  );
}
