import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../../ui/Page';
import { LoadError } from '../../identity/components/LoadError';
import { errorCode } from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { OutboxMessageQuery } from '../graphql/outbox';

/** Only web links become anchors; anything else in the list stays text. */
export function isWebLink(link: string): boolean {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** One e-mail of the local outbox: its plain text, and its links ready to follow. */
export function OutboxMessagePage() {
  const { t } = useTranslation('admin');
  const names = useIntlNames();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OutboxMessageQuery,
    variables: { id },
    pause: !id,
  });
  const message = data?.outboxMessage;
  const back = (
    <p>
      <Link to="/admin/outbox">{t('outbox.back')}</Link>
    </p>
  );

  if (!id || errorCode(error) === 'NOT_FOUND') {
    return (
      <Page title={t('outbox.title')} lead={t('outbox.notFound')}>
        {back}
      </Page>
    );
  }

  if (!message) {
    return (
      <div className="outbox-message">
        {back}
        {error ? (
          <LoadError
            message={t('loadError')}
            retryLabel={t('retry')}
            busy={fetching}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <p role="status">{t('loading')}</p>
        )}
      </div>
    );
  }

  return (
    <Page title={message.subject}>
      {back}
      <dl className="admin-facts">
        <div>
          <dt>{t('outbox.to')}</dt>
          <dd>{message.to}</dd>
        </div>
        <div>
          <dt>{t('outbox.sent')}</dt>
          <dd>
            <time dateTime={message.sentAt}>{names.dateTime(message.sentAt)}</time>
          </dd>
        </div>
      </dl>
      <section aria-labelledby="outbox-links">
        <h2 id="outbox-links" className="outbox-message__heading">
          {t('outbox.links')}
        </h2>
        {message.links.length === 0 ? (
          <p className="admin-muted">{t('outbox.noLinks')}</p>
        ) : (
          <ul className="outbox-message__links" aria-labelledby="outbox-links">
            {message.links.map((link, index) => (
              <li key={`${index}-${link}`}>
                {isWebLink(link) ? (
                  <a href={link} rel="noreferrer" dir="ltr">
                    {link}
                  </a>
                ) : (
                  link
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="outbox-text">
        <h2 id="outbox-text" className="outbox-message__heading">
          {t('outbox.text')}
        </h2>
        <pre className="outbox-message__text" dir="auto">
          {message.text}
        </pre>
      </section>
    </Page>
  );
}
