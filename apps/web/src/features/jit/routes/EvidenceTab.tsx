import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import {
  jitCustodyCsvUrl,
  jitRegisterCsvUrl,
  type EvidenceIntegrity,
  type EvidenceType,
} from '@cop/contracts';
import type { JitEvidenceFieldsFragment } from '../../../graphql/generated/graphql';
import { Table } from '../../../ui/Table';
import { useIntlNames } from '../../identity/lib/intl';
import { Person, QueryGate } from '../components/common';
import { IntegrityBadge, SealedMark } from '../components/evidence';
import { JitEvidenceQuery } from '../graphql/jit';
import { useAreaRefresh, useWorkspace } from '../hooks/workspace';

/** The evidence register: every item by number, exports, and (for writers) a new item. */
export function EvidenceTab() {
  const { t } = useTranslation('jit');
  const names = useIntlNames();
  const { workspace } = useWorkspace();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JitEvidenceQuery,
    variables: { workspaceId: workspace.id },
    requestPolicy: 'cache-and-network',
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useAreaRefresh('evidence', refetch);
  const base = `/jit/${workspace.id}/evidence`;

  return (
    <section aria-labelledby="jit-evidence-heading" className="jit-section">
      <h2 id="jit-evidence-heading">{t('tabs.evidence')}</h2>
      <div className="jit-actions">
        {workspace.canWrite && (
          <Link className="ui-button ui-button--primary" to={`${base}/new`}>
            {t('evidence.add')}
          </Link>
        )}
        <a className="ui-button ui-button--secondary" href={jitRegisterCsvUrl(workspace.id)} download>
          {t('evidence.exportRegister')}
        </a>
        <a className="ui-button ui-button--secondary" href={jitCustodyCsvUrl(workspace.id)} download>
          {t('evidence.exportCustody')}
        </a>
        <Link className="ui-button ui-button--secondary" to={`${base}/print`}>
          {t('evidence.print')}
        </Link>
      </div>
      <QueryGate error={error} fetching={fetching} ready={!!data} onRetry={refetch}>
        {() => (
          <Table<JitEvidenceFieldsFragment>
            caption={t('evidence.register')}
            rows={data?.jitEvidence ?? []}
            rowKey={(item) => item.id}
            emptyText={t('evidence.empty')}
            columns={[
              { key: 'number', header: t('evidence.number'), align: 'end', cell: (item) => item.number },
              {
                key: 'title',
                header: t('evidence.title'),
                rowHeader: true,
                cell: (item) => (
                  <Link to={`${base}/${item.id}`} dir="auto">
                    {item.title}
                  </Link>
                ),
              },
              {
                key: 'type',
                header: t('evidence.type'),
                cell: (item) => t(`evidenceType.${item.type as EvidenceType}`),
              },
              {
                key: 'origin',
                header: t('evidence.origin'),
                cell: (item) => names.country(item.originCountry),
              },
              {
                key: 'custodian',
                header: t('evidence.custodian'),
                cell: (item) => <Person person={item.custodian} />,
              },
              {
                key: 'sealed',
                header: t('evidence.sealedColumn'),
                cell: (item) => <SealedMark sealed={item.sealed} />,
              },
              {
                key: 'integrity',
                header: t('evidence.integrity'),
                cell: (item) => <IntegrityBadge integrity={item.integrity as EvidenceIntegrity} />,
              },
            ]}
          />
        )}
      </QueryGate>
    </section>
  );
}
