import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { DigestEventKind } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { Table } from '../../../ui/Table';
import { LoadError } from '../../identity/components/LoadError';
import { DigestGate, Person, When } from '../components/common';
import { DigestCaseHistoryQuery, DigestRevisionDiffQuery } from '../graphql/digest';

/** A record's revisions (any two compared side by side) and its workflow events with comments. */
export function HistoryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('digest');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DigestCaseHistoryQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const record = data?.digestCase;
  return (
    <DigestGate
      error={error}
      fetching={fetching}
      ready={!!record && record.id === id}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {() =>
        record && (
          <Page title={t('history.title', { title: record.content.title })}>
            <p>
              <Link to={`/case-law/cases/${record.id}`}>{t('form.backToRecord')}</Link>
            </p>
            <Compare id={record.id} numbers={record.revisions.map((revision) => revision.number)} />
            <h2>{t('history.revisions')}</h2>
            <Table
              caption={t('history.revisions')}
              captionHidden
              rows={record.revisions}
              rowKey={(row) => row.number}
              columns={[
                { key: 'number', header: t('history.number'), rowHeader: true, cell: (row) => row.number },
                { key: 'editor', header: t('history.editor'), cell: (row) => <Person person={row.editor} /> },
                { key: 'at', header: t('history.at'), cell: (row) => <When value={row.createdAt} /> },
                {
                  key: 'note',
                  header: t('history.note'),
                  cell: (row) => <span dir="auto">{row.note ?? '—'}</span>,
                },
              ]}
            />
            <h2>{t('history.events')}</h2>
            <ol className="digest-results">
              {record.events.map((event) => (
                <li key={event.id} className="digest-card">
                  <p className="digest-meta">
                    <strong>{t(`event.${event.kind as DigestEventKind}`)}</strong>
                    <Person person={event.actor} />
                    <When value={event.at} />
                    {event.revision !== null && event.revision !== undefined && (
                      <span>{t('reader.revision', { n: event.revision })}</span>
                    )}
                  </p>
                  {event.comment && (
                    <p className="digest-text" dir="auto">
                      {event.comment}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </Page>
        )
      }
    </DigestGate>
  );
}

function Compare({ id, numbers }: { id: string; numbers: readonly number[] }) {
  const { t } = useTranslation('digest');
  const sorted = [...numbers].sort((a, b) => a - b);
  const last = sorted[sorted.length - 1] ?? 1;
  const previous = sorted[sorted.length - 2] ?? last;
  const [from, setFrom] = useState(String(previous));
  const [to, setTo] = useState(String(last));
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const heading = useId();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DigestRevisionDiffQuery,
    variables: { caseId: id, from: pair?.from ?? 0, to: pair?.to ?? 0 },
    pause: !pair,
  });

  function compare(event: FormEvent) {
    event.preventDefault();
    setPair({ from: Number(from), to: Number(to) });
  }

  const options = sorted.map((n) => (
    <option key={n} value={n}>
      {t('history.revisionOption', { n })}
    </option>
  ));

  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{t('history.compare')}</h2>
      {sorted.length < 2 ? (
        <p className="digest-muted">{t('history.onlyOne')}</p>
      ) : (
        <form className="digest-actions" onSubmit={compare}>
          <FormField label={t('history.from')}>
            <Select name="from" value={from} onChange={(event) => setFrom(event.target.value)}>
              {options}
            </Select>
          </FormField>
          <FormField label={t('history.to')}>
            <Select name="to" value={to} onChange={(event) => setTo(event.target.value)}>
              {options}
            </Select>
          </FormField>
          <Button type="submit">{t('history.compareButton')}</Button>
        </form>
      )}
      {pair && fetching && <p role="status">{t('history.comparing')}</p>}
      {pair && error && !fetching && (
        <LoadError
          message={t('error.load')}
          retryLabel={t('retry')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {pair && data && <Diff from={pair.from} to={pair.to} diffs={data.digestRevisionDiff} />}
    </section>
  );
}

/** The changed fields, before and after side by side (one above the other on a phone). */
export function Diff({
  from,
  to,
  diffs,
}: {
  from: number;
  to: number;
  diffs: readonly { field: string; before?: string | null; after?: string | null }[];
}) {
  const { t, i18n } = useTranslation('digest');
  if (diffs.length === 0) return <p role="status">{t('history.noChanges')}</p>;
  const fieldLabel = (field: string) => {
    const key = `digest:field.${field}`;
    return i18n.exists(key) ? t(`field.${field as 'title'}`) : field;
  };
  return (
    <>
      <p role="status">{t('history.changed', { n: diffs.length })}</p>
      <ul className="digest-diff">
        {diffs.map((diff) => (
          <li key={diff.field}>
            <h3>{fieldLabel(diff.field)}</h3>
            <div className="digest-side-by-side">
              <div>
                <p className="digest-muted">{t('history.before', { n: from })}</p>
                <pre className="digest-diff__before" dir="auto">
                  {diff.before ?? t('history.empty')}
                </pre>
              </div>
              <div>
                <p className="digest-muted">{t('history.after', { n: to })}</p>
                <pre className="digest-diff__after" dir="auto">
                  {diff.after ?? t('history.empty')}
                </pre>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
