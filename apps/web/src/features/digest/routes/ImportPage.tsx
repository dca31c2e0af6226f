import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { DIGEST_LIMITS } from '@cop/contracts';
import type { ImportDigestCasesMutation as ImportData } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatBytes } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { RadioGroup } from '../../../ui/RadioGroup';
import { Table } from '../../../ui/Table';
import { BackToSearch, Problem, useDigestProblem } from '../components/common';
import { ImportDigestCasesMutation } from '../graphql/digest';

type Report = ImportData['importDigestCases'];
type Format = 'csv' | 'json';

/**
 * Moderators: import records from a CSV or JSON file. A dry run reports every invalid row; then
 * "Import all" (only when every row is valid) or "Import valid rows only". Records land as drafts.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation('digest');
  const describe = useDigestProblem();
  const inputId = useId();
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [format, setFormat] = useState<Format>('csv');
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [state, run] = useMutation(ImportDigestCasesMutation);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setReport(null);
    setProblem(null);
    if (!chosen) {
      setFile(null);
      return;
    }
    if (chosen.size > DIGEST_LIMITS.importBytesMax) {
      setFile(null);
      setProblem(
        t('import.tooLarge', { limit: formatBytes(DIGEST_LIMITS.importBytesMax, currentLanguage(i18n)) }),
      );
      return;
    }
    if (/\.json$/i.test(chosen.name)) setFormat('json');
    else if (/\.csv$/i.test(chosen.name)) setFormat('csv');
    setFile({ name: chosen.name, data: await readText(chosen) });
  }

  async function send(dryRun: boolean, validOnly = false) {
    if (!file) {
      setProblem(t('import.chooseFirst'));
      return;
    }
    setProblem(null);
    const result = await run({ input: { format, data: file.data, dryRun, validOnly } });
    if (result.data) setReport(result.data.importDigestCases);
  }

  function check(event: FormEvent) {
    event.preventDefault();
    void send(true);
  }

  const allValid = report && report.problems.length === 0 && report.valid > 0;
  const someValid = report && report.problems.length > 0 && report.valid > 0;

  return (
    <Page title={t('import.title')} lead={t('import.lead')}>
      <BackToSearch />
      <form noValidate className="digest-form" onSubmit={check}>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={inputId}>
            {t('import.file')}
          </label>
          <p className="ui-field__hint" id={`${inputId}-hint`}>
            {t('import.fileHint')}
          </p>
          <input
            id={inputId}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => void choose(event)}
          />
        </div>
        <RadioGroup
          legend={t('import.format')}
          name="format"
          value={format}
          onChange={(value) => {
            setFormat(value);
            setReport(null);
          }}
          options={[
            { value: 'csv', label: t('export.format.csv') },
            { value: 'json', label: t('export.format.json') },
          ]}
        />
        {problem && <Problem>{problem}</Problem>}
        {state.error && <Problem>{describe(state.error)}</Problem>}
        <div className="digest-actions">
          <Button type="submit" busy={state.fetching && !report}>
            {t('import.check')}
          </Button>
        </div>
      </form>
      {report && <ImportReport report={report} />}
      {report?.dryRun && (
        <div className="digest-actions">
          {allValid && (
            <Button busy={state.fetching} onClick={() => void send(false)}>
              {t('import.all')}
            </Button>
          )}
          {someValid && (
            <Button busy={state.fetching} onClick={() => void send(false, true)}>
              {t('import.validOnly', { n: report.valid })}
            </Button>
          )}
        </div>
      )}
    </Page>
  );
}

/** A file's text as UTF-8 (FileReader: older browsers lack Blob.text). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

export function ImportReport({ report }: { report: Report }) {
  const { t } = useTranslation('digest');
  return (
    <section aria-labelledby="digest-import-report">
      <h2 id="digest-import-report">{report.dryRun ? t('import.reportTitle') : t('import.doneTitle')}</h2>
      <p role="status">
        {report.dryRun
          ? t('import.summary', { total: report.total, valid: report.valid, invalid: report.problems.length })
          : t('import.imported', { n: report.imported.length })}
      </p>
      {!report.dryRun && report.imported.length > 0 && (
        <p>
          <Link to="/case-law/mine">{t('links.mine')}</Link>
        </p>
      )}
      {report.problems.length > 0 && (
        <Table
          caption={t('import.problems')}
          rows={report.problems}
          rowKey={(row) => `${row.row}-${row.field ?? ''}-${row.message}`}
          columns={[
            { key: 'row', header: t('import.row'), align: 'end', rowHeader: true, cell: (row) => row.row },
            { key: 'field', header: t('import.field'), cell: (row) => row.field ?? '—' },
            {
              key: 'message',
              header: t('import.message'),
              cell: (row) => <span dir="auto">{row.message}</span>,
            },
          ]}
        />
      )}
    </section>
  );
}
