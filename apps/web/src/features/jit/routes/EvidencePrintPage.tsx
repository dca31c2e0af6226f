import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { EvidenceIntegrity, EvidenceType } from '@cop/contracts';
import type { JitEvidenceFieldsFragment } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { Table } from '../../../ui/Table';
import { useIntlNames } from '../../identity/lib/intl';
import { Person, QueryGate, When } from '../components/common';
import { CustodyLogTable, Hash, IntegrityBadge } from '../components/evidence';
import { JitCustodyLogQuery } from '../graphql/jit';
import { useWorkspace } from '../hooks/workspace';

/** The register and the whole custody log on one printable page (recorded as an export). */
export function EvidencePrintPage() {
  const { t } = useTranslation('jit');
  const names = useIntlNames();
  const { workspace } = useWorkspace();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JitCustodyLogQuery,
    variables: { workspaceId: workspace.id },
    requestPolicy: 'network-only',
  });

  return (
    <QueryGate
      error={error}
      fetching={fetching}
      ready={!!data}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {() =>
        data && (
          <section className="jit-section jit-print" aria-labelledby="jit-print-heading">
            <div className="jit-actions jit-noprint">
              <Link to={`/jit/${workspace.id}/evidence`}>{t('evidence.back')}</Link>
              <Button onClick={() => window.print()}>{t('print.print')}</Button>
            </div>
            <h2 id="jit-print-heading">{t('print.title', { name: workspace.name })}</h2>
            <p className="jit-muted">
              {t('print.generated')} <When value={new Date().toISOString()} />
            </p>
            <Table<JitEvidenceFieldsFragment>
              caption={t('evidence.register')}
              rows={data.jitEvidence}
              rowKey={(item) => item.id}
              emptyText={t('evidence.empty')}
              columns={[
                { key: 'number', header: t('evidence.number'), align: 'end', cell: (item) => item.number },
                {
                  key: 'title',
                  header: t('evidence.title'),
                  rowHeader: true,
                  cell: (item) => <span dir="auto">{item.title}</span>,
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
                { key: 'class', header: t('evidence.classification'), cell: (item) => item.classification },
                {
                  key: 'custodian',
                  header: t('evidence.custodian'),
                  cell: (item) => <Person person={item.custodian} />,
                },
                {
                  key: 'sealed',
                  header: t('evidence.sealedColumn'),
                  cell: (item) => (item.sealed ? t('yes') : t('no')),
                },
                {
                  key: 'hash',
                  header: t('custody.sha256'),
                  cell: (item) => <Hash value={item.file.sha256} />,
                },
                {
                  key: 'integrity',
                  header: t('evidence.integrity'),
                  cell: (item) => <IntegrityBadge integrity={item.integrity as EvidenceIntegrity} />,
                },
              ]}
            />
            <CustodyLogTable events={data.jitCustodyLog} caption={t('custody.title')} withItem />
          </section>
        )
      }
    </QueryGate>
  );
}
