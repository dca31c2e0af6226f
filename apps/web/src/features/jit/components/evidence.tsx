import { useTranslation } from 'react-i18next';
import type { CustodyAction, EvidenceIntegrity } from '@cop/contracts';
import type { JitCustodyEventFieldsFragment } from '../../../graphql/generated/graphql';
import { cx } from '../../../ui/cx';
import { Table } from '../../../ui/Table';
import { Person, When } from './common';
import { LockIcon } from '../../discussions/components/Icons';

export function IntegrityBadge({ integrity }: { integrity: EvidenceIntegrity }) {
  const { t } = useTranslation('jit');
  return (
    <span className={cx('jit-badge', `jit-badge--integrity-${integrity.toLowerCase()}`)}>
      {integrity === 'MISMATCH' && <span aria-hidden="true">⚠ </span>}
      {t(`integrity.${integrity}`)}
    </span>
  );
}

export function SealedMark({ sealed }: { sealed: boolean }) {
  const { t } = useTranslation('jit');
  if (!sealed) return null;
  return (
    <span className="jit-badge jit-badge--sealed">
      <LockIcon className="jit-badge__icon" />
      {t('evidence.sealed')}
    </span>
  );
}

/** A short hash for tables; the whole one in the title. */
export function Hash({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  return (
    <code className="jit-hash" title={value}>
      {value.slice(0, 16)}…
    </code>
  );
}

function Details({ event }: { event: JitCustodyEventFieldsFragment }) {
  const { t } = useTranslation('jit');
  const parts = [];
  if (event.fields?.length)
    parts.push(<span key="f">{t('custody.changedFields', { fields: event.fields.join(', ') })}</span>);
  if (event.action === 'TRANSFERRED') {
    parts.push(
      <span key="t">
        <Person person={event.fromMember} /> → <Person person={event.toMember} />
      </span>,
    );
  }
  if (event.sha256) {
    parts.push(
      <span key="h">
        {t('custody.sha256')} <Hash value={event.sha256} />
      </span>,
    );
  }
  if (event.format) parts.push(<span key="x">{t('custody.format', { format: event.format })}</span>);
  if (event.reason)
    parts.push(
      <span key="r" dir="auto">
        {t('custody.reason', { reason: event.reason })}
      </span>,
    );
  return parts.length ? (
    <span className="jit-custody-details">{parts}</span>
  ) : (
    <span className="jit-muted">—</span>
  );
}

/** The chain of custody, oldest first; with `withItem`, each row names its item (whole register). */
export function CustodyLogTable({
  events,
  caption,
  withItem = false,
}: {
  events: readonly JitCustodyEventFieldsFragment[];
  caption: string;
  withItem?: boolean;
}) {
  const { t } = useTranslation('jit');
  return (
    <Table<JitCustodyEventFieldsFragment>
      caption={caption}
      rows={events}
      rowKey={(event) => event.id}
      emptyText={t('custody.empty')}
      columns={[
        { key: 'at', header: t('custody.at'), cell: (event) => <When value={event.at} /> },
        ...(withItem
          ? [
              {
                key: 'item',
                header: t('custody.item'),
                cell: (event: JitCustodyEventFieldsFragment) =>
                  event.evidenceNumber ? (
                    <span dir="auto">
                      {t('evidence.numbered', { n: event.evidenceNumber })} {event.evidenceTitle}
                    </span>
                  ) : (
                    t('custody.wholeRegister')
                  ),
              },
            ]
          : []),
        {
          key: 'action',
          header: t('custody.action'),
          cell: (event) => (
            <span className={cx(event.action === 'VERIFY_FAILED' && 'jit-alarm')}>
              {t(`custody.actions.${event.action as CustodyAction}`)}
            </span>
          ),
        },
        { key: 'actor', header: t('custody.actor'), cell: (event) => <Person person={event.actor} /> },
        { key: 'details', header: t('custody.details'), cell: (event) => <Details event={event} /> },
        {
          key: 'session',
          header: t('custody.session'),
          cell: (event) => (event.sessionRef ? <code>{event.sessionRef}</code> : '—'),
        },
      ]}
    />
  );
}
