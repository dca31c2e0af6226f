import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { Table, type TableColumn } from './Table';

interface Request {
  id: string;
  kind: string;
  country: string;
  days: number;
}

const columns: TableColumn<Request>[] = [
  { key: 'kind', header: 'Request', cell: (row) => row.kind, rowHeader: true },
  { key: 'country', header: 'Requested state', cell: (row) => row.country },
  { key: 'days', header: 'Days open', cell: (row) => row.days, align: 'end' },
];

describe('Table', () => {
  it('is named by its caption, with column and row headers', () => {
    renderWithProviders(
      <Table
        caption="Legal requests"
        columns={columns}
        rows={[
          { id: '1', kind: 'Tracing', country: 'Ghana', days: 12 },
          { id: '2', kind: 'Preservation', country: 'Brazil', days: 3 },
        ]}
        rowKey={(row) => row.id}
      />,
    );

    const table = screen.getByRole('table', { name: 'Legal requests' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Request', 'Requested state', 'Days open']);
    expect(within(table).getByRole('rowheader', { name: 'Tracing' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    // The scroll container can be reached and scrolled with the keyboard.
    expect(screen.getByRole('region', { name: 'Legal requests' })).toHaveAttribute('tabindex', '0');
  });

  it('says when there is nothing to show', () => {
    renderWithProviders(
      <Table
        caption="Legal requests"
        columns={columns}
        rows={[]}
        rowKey={(row) => row.id}
        emptyText="No requests yet."
      />,
    );

    expect(screen.getByRole('cell', { name: 'No requests yet.' })).toHaveAttribute('colspan', '3');
  });

  it('has a translated default empty text', async () => {
    renderWithProviders(<Table caption="Tâches" columns={columns} rows={[]} rowKey={(row) => row.id} />, {
      language: 'fr',
    });

    expect(await screen.findByRole('cell', { name: 'Rien à afficher pour l’instant.' })).toBeInTheDocument();
  });
});
