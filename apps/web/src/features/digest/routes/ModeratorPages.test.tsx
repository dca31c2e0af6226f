import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { amina, CASE_ID, jean, termsAnswer } from '../test/factory';
import { CaseLawPage } from './CaseLawPage';

type Answers = Parameters<typeof graphqlNetwork>[0];

function renderDigest(path: string, answers: Answers = {}, viewer: Parameters<typeof viewerAnswer>[0] = {}) {
  const network = graphqlNetwork({ Viewer: viewerAnswer(viewer), DigestTerms: termsAnswer, ...answers });
  const view = renderRoutes([{ path: 'case-law/*', element: <CaseLawPage /> }], path, { fetch: network });
  return { ...view, network };
}

const moderator = { role: 'MODERATOR' as const };

function report(overrides: Record<string, unknown> = {}) {
  return { total: 3, valid: 3, problems: [], imported: [], dryRun: true, ...overrides };
}

describe('importing records', () => {
  it('checks the file first, lists every invalid row, and offers to import the valid rows only', async () => {
    const { user, network } = renderDigest(
      '/case-law/import',
      {
        ImportDigestCases: (variables) => {
          const input = variables.input as { dryRun: boolean; validOnly: boolean };
          return {
            data: {
              importDigestCases: input.dryRun
                ? report({
                    valid: 1,
                    problems: [
                      {
                        row: 2,
                        field: 'decisionDate',
                        message: 'The decision date cannot be in the future.',
                      },
                      { row: 3, field: 'country', message: 'Unknown country code “XX”.' },
                    ],
                  })
                : report({ valid: 1, dryRun: false, imported: [CASE_ID] }),
            },
          };
        },
      },
      moderator,
    );

    await user.upload(
      await screen.findByLabelText('CSV or JSON file'),
      new File(['title,country\nA,FR\nB,FR\nC,XX\n'], 'cases.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    const table = await screen.findByRole('table', { name: 'Problems found' });
    expect(screen.getByText('3 rows: 1 valid, 2 problems.')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'RowFieldProblem',
      '2decisionDateThe decision date cannot be in the future.',
      '3countryUnknown country code “XX”.',
    ]);
    expect(screen.queryByRole('button', { name: 'Import all' })).not.toBeInTheDocument();
    expect(requestsOf(network, 'ImportDigestCases')).toEqual([
      { input: { format: 'csv', data: 'title,country\nA,FR\nB,FR\nC,XX\n', dryRun: true, validOnly: false } },
    ]);

    await user.click(screen.getByRole('button', { name: 'Import the 1 valid rows only' }));
    expect(await screen.findByText('1 records imported as drafts.')).toBeInTheDocument();
    expect(requestsOf(network, 'ImportDigestCases').at(-1)).toEqual({
      input: { format: 'csv', data: 'title,country\nA,FR\nB,FR\nC,XX\n', dryRun: false, validOnly: true },
    });
  });

  it('offers "Import all" only when every row is valid', async () => {
    const { user } = renderDigest(
      '/case-law/import',
      { ImportDigestCases: { data: { importDigestCases: report() } } },
      moderator,
    );

    await user.upload(
      await screen.findByLabelText('CSV or JSON file'),
      new File(['[]'], 'cases.json', { type: 'application/json' }),
    );
    expect(screen.getByRole('radio', { name: 'JSON' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    expect(await screen.findByRole('button', { name: 'Import all' })).toBeInTheDocument();
    expect(screen.getByText('3 rows: 3 valid, 0 problems.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /valid rows only/ })).not.toBeInTheDocument();
  });
});

describe('a record’s history', () => {
  it('compares two revisions side by side, and lists the workflow with its comments', async () => {
    const { user, network } = renderDigest(`/case-law/cases/${CASE_ID}/history`, {
      DigestCaseHistory: {
        data: {
          digestCase: {
            id: CASE_ID,
            status: 'DRAFT',
            revision: 3,
            canEdit: true,
            canModerate: false,
            content: { title: 'Converted pistols' },
            revisions: [
              { number: 1, note: null, createdAt: '2026-10-01T09:00:00.000Z', editor: amina },
              { number: 2, note: 'Added the facts', createdAt: '2026-10-02T09:00:00.000Z', editor: amina },
              { number: 3, note: 'Court named', createdAt: '2026-10-03T09:00:00.000Z', editor: amina },
            ],
            events: [
              {
                id: 'e1',
                kind: 'SUBMITTED',
                revision: 2,
                comment: null,
                at: '2026-10-02T10:00:00.000Z',
                actor: amina,
              },
              {
                id: 'e2',
                kind: 'RETURNED',
                revision: 2,
                comment: 'Name the court.',
                at: '2026-10-02T11:00:00.000Z',
                actor: jean,
              },
            ],
          },
        },
      },
      DigestRevisionDiff: {
        data: {
          digestRevisionDiff: [
            { field: 'court', before: 'A court in Lyon', after: 'Tribunal correctionnel de Lyon' },
            { field: 'keywords', before: null, after: 'conversion\nparcels' },
          ],
        },
      },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'History of Converted pistols' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Name the court.')).toBeInTheDocument();
    expect(screen.getByText('Returned to the author')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Older revision' })).toHaveValue('2');
    expect(screen.getByRole('combobox', { name: 'Newer revision' })).toHaveValue('3');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Older revision' }), '1');
    await user.click(screen.getByRole('button', { name: 'Compare' }));

    expect(await screen.findByText('2 fields changed.')).toBeInTheDocument();
    expect(requestsOf(network, 'DigestRevisionDiff')).toEqual([{ caseId: CASE_ID, from: 1, to: 3 }]);
    expect(screen.getByRole('heading', { level: 3, name: 'Court' })).toBeInTheDocument();
    expect(screen.getByText('A court in Lyon')).toHaveClass('digest-diff__before');
    expect(screen.getByText('Tribunal correctionnel de Lyon')).toHaveClass('digest-diff__after');
    expect(screen.getByRole('heading', { level: 3, name: 'Keywords' })).toBeInTheDocument();
    expect(screen.getByText('(empty)')).toBeInTheDocument();
  });
});

describe('the review queue', () => {
  it('lists the records waiting, each with publish and return', async () => {
    const { user, network } = renderDigest(
      '/case-law/review',
      {
        DigestReviewQueue: {
          data: {
            digestReviewQueue: [
              {
                id: CASE_ID,
                status: 'IN_REVIEW',
                submittedAt: '2026-10-02T10:00:00.000Z',
                revision: 2,
                author: amina,
                content: {
                  title: 'Converted pistols',
                  country: 'FR',
                  court: 'Tribunal correctionnel de Lyon',
                  decisionDate: '2024-05-14',
                },
              },
            ],
          },
        },
        PublishDigestCase: { data: { publishDigestCase: null } },
      },
      moderator,
    );

    const actions = await screen.findByRole('group', { name: 'Actions on Converted pistols' });
    expect(within(actions).getByRole('button', { name: 'Return to the author' })).toBeInTheDocument();
    await user.click(within(actions).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(requestsOf(network, 'PublishDigestCase')).toEqual([{ id: CASE_ID }]));
  });
});

describe('the taxonomy', () => {
  it('lists the terms by kind and adds one with names in six languages', async () => {
    const { user, network } = renderDigest(
      '/case-law/taxonomy',
      {
        SaveDigestTerm: (variables) => ({
          data: { saveDigestTerm: { id: 'new', ...(variables.input as object), archived: false } },
        }),
      },
      moderator,
    );

    const offences = await screen.findByRole('region', { name: 'Offences' });
    expect(within(offences).getByText('Illicit trafficking', { selector: 'strong' })).toBeInTheDocument();
    expect(within(offences).getByText('Trafic illicite')).toHaveAttribute('lang', 'fr');
    await user.click(within(offences).getByRole('button', { name: 'Add to Offences' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to Offences' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText(/Use lower-case letters/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Code' }), 'diversion');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name in English' }), 'Diversion');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name in French' }), 'Détournement');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(requestsOf(network, 'SaveDigestTerm')).toEqual([
        {
          id: null,
          input: {
            kind: 'OFFENCE',
            code: 'diversion',
            names: [
              { language: 'en', text: 'Diversion' },
              { language: 'fr', text: 'Détournement' },
            ],
            position: 3,
          },
        },
      ]),
    );
  });
});
