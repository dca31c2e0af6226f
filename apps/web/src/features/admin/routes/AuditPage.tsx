import { useCallback, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { AuditEventsQuery as AuditData, AuditFilter } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { Table, type TableColumn } from '../../../ui/Table';
import { TextInput } from '../../../ui/TextInput';
import { LoadError } from '../../identity/components/LoadError';
import { Pagination, useRangeText } from '../../identity/components/Pagination';
import { useIntlNames } from '../../identity/lib/intl';
import { ActorPicker } from '../components/ActorPicker';
import { useAuditActionLabel } from '../lib/auditActions';
import { AuditActionsQuery, AuditEventsQuery } from '../graphql/audit';
import { SelectOptions } from '../../../ui/SelectOptions';

type AuditEvent = AuditData['auditEvents']['items'][number];

export const AUDIT_PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first and last instant of a day in the reader's time zone, as the api's DateTime. */
export function dayBounds(day: string, edge: 'start' | 'end'): string | null {
  if (!DAY.test(day)) return null;
  const date = new Date(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** JSON details, indented for reading; the raw text when it is not JSON. */
export function prettyDetails(details: string): string {
  try {
    return JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    return details;
  }
}

function hasDetails(details: string): boolean {
  const text = details.trim();
  return text !== '' && text !== '{}' && text !== 'null';
}

/** The audit trail, newest first, filtered by who acted, what happened and when. */
export function AuditPage() {
  const { t } = useTranslation('admin');
  const names = useIntlNames();
  const actionLabel = useAuditActionLabel();
  const [search, setSearch] = useSearchParams();
  const actorParam = search.get('actor') ?? '';
  const actor = UUID.test(actorParam) ? actorParam : '';
  const action = search.get('action') ?? '';
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const offset = (page - 1) * AUDIT_PAGE_SIZE;
  // The name of the member chosen in the picker; a pasted id or a shared link shows the id.
  const [actorName, setActorName] = useState<{ id: string; label: string } | null>(null);

  const setParam = useCallback(
    (name: string, value: string) =>
      setSearch((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name !== 'page') next.delete('page');
        return next;
      }),
    [setSearch],
  );

  const [actions] = useQuery({ query: AuditActionsQuery });
  const variables = useMemo(() => {
    const filter: AuditFilter = {};
    if (actor) filter.actorId = actor;
    if (action) filter.action = action;
    const fromIso = dayBounds(from, 'start');
    const toIso = dayBounds(to, 'end');
    if (fromIso) filter.from = fromIso;
    if (toIso) filter.to = toIso;
    return { filter, first: AUDIT_PAGE_SIZE, offset };
  }, [actor, action, from, to, offset]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AuditEventsQuery, variables });
  const total = data?.auditEvents.total ?? 0;
  const range = useRangeText(total, AUDIT_PAGE_SIZE, offset);
  const filtered = Boolean(actor || action || from || to);

  const actionOptions = useMemo(() => {
    const list = [...(actions.data?.auditActions ?? [])];
    if (action && !list.includes(action)) list.push(action);
    return list.map((value) => ({ value, label: actionLabel(value) }));
  }, [actions.data, action, actionLabel]);

  const columns: TableColumn<AuditEvent>[] = [
    {
      key: 'time',
      header: t('audit.time'),
      rowHeader: true,
      cell: (row) => <time dateTime={row.occurredAt}>{names.dateTime(row.occurredAt)}</time>,
    },
    {
      key: 'who',
      header: t('audit.who'),
      cell: (row) =>
        row.actorLabel ?? row.actorId ?? <span className="admin-muted">{t('audit.anonymous')}</span>,
    },
    { key: 'action', header: t('audit.action'), cell: (row) => actionLabel(row.action) },
    {
      key: 'target',
      header: t('audit.target'),
      cell: (row) =>
        row.targetType || row.targetId ? (
          <span className="audit-target">
            {row.targetType && <span>{row.targetType}</span>} {row.targetId && <code>{row.targetId}</code>}
          </span>
        ) : (
          '—'
        ),
    },
    { key: 'ip', header: t('audit.ip'), cell: (row) => (row.ip ? <code>{row.ip}</code> : '—') },
    {
      key: 'details',
      header: t('audit.details'),
      cell: (row) =>
        hasDetails(row.details) ? (
          <details className="audit-details">
            <summary>{t('audit.showDetails')}</summary>
            <pre>{prettyDetails(row.details)}</pre>
          </details>
        ) : (
          '—'
        ),
    },
  ];

  function onDate(name: 'from' | 'to') {
    return (event: ChangeEvent<HTMLInputElement>) => setParam(name, event.target.value);
  }

  return (
    <Page title={t('audit.title')} lead={t('audit.lead')}>
      <section className="admin-filters audit-filters" aria-label={t('audit.filters')}>
        <ActorPicker
          actorId={actor}
          actorLabel={actorName && actorName.id === actor ? actorName.label : null}
          onChoose={(id, label) => {
            setActorName(label ? { id, label } : null);
            setParam('actor', id);
          }}
          onClear={() => {
            setActorName(null);
            setParam('actor', '');
          }}
        />
        <FormField label={t('audit.action')}>
          <Select name="action" value={action} onChange={(event) => setParam('action', event.target.value)}>
            <option value="">{t('audit.anyAction')}</option>
            <SelectOptions options={actionOptions} />
          </Select>
        </FormField>
        <FormField label={t('audit.from')}>
          <TextInput type="date" name="from" value={from} max={to || undefined} onChange={onDate('from')} />
        </FormField>
        <FormField label={t('audit.to')}>
          <TextInput type="date" name="to" value={to} min={from || undefined} onChange={onDate('to')} />
        </FormField>
        {filtered && (
          <div className="audit-filters__clear">
            <Button
              variant="secondary"
              onClick={() => {
                setActorName(null);
                setSearch(new URLSearchParams());
              }}
            >
              {t('audit.clear')}
            </Button>
          </div>
        )}
      </section>
      <p role="status" className="admin-muted">
        {fetching ? t('loading') : range}
      </p>
      {error && (
        <LoadError
          message={t('loadError')}
          retryLabel={t('retry')}
          busy={fetching}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {data && (
        <Table
          caption={t('audit.table')}
          columns={columns}
          rows={data.auditEvents.items}
          rowKey={(row) => row.id}
          emptyText={t('audit.empty')}
        />
      )}
      {data && (
        <Pagination
          total={total}
          first={AUDIT_PAGE_SIZE}
          offset={offset}
          onChange={(next) => setParam('page', String(Math.floor(next / AUDIT_PAGE_SIZE) + 1))}
        />
      )}
    </Page>
  );
}
