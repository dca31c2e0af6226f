import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { auditEventFactory } from '../../../test/identity.factory';
import { renderRoutes } from '../../../test/renderRoutes';
import { AdminPage } from './AdminPage';
import { dayBounds } from './AuditPage';

type Variables = { filter?: Record<string, unknown>; first?: number; offset?: number };

const approved = auditEventFactory({
  action: 'application.approved',
  details: '{"applicant":"lucia.fernandez@fiscalia.example","voucher":true}',
});
const unknown = auditEventFactory({
  action: 'jit.evidence.viewed',
  actorLabel: null,
  actorId: null,
  ip: null,
});
const JORGE_ID = 'c3d4e5f6-0000-4000-8000-00000000abcd';

function renderAudit(path = '/admin/audit') {
  const network = graphqlNetwork({
    Viewer: viewerAnswer({ role: 'ADMIN', mfaEnabled: true, mfaRequired: true }),
    AuditActions: {
      data: { auditActions: ['auth.login.failed', 'application.approved', 'member.role_changed'] },
    },
    AuditEvents: { data: { auditEvents: { total: 2, items: [approved, unknown] } } },
    MemberPicker: (variables: Record<string, unknown>) => ({
      data: {
        adminMembers: {
          items:
            variables.search === 'jor'
              ? [{ id: JORGE_ID, fullName: 'Jorge Salazar', email: 'jorge.salazar@policia.example' }]
              : [],
        },
      },
    }),
  });
  const view = renderRoutes([{ path: 'admin/*', element: <AdminPage /> }], path, { fetch: network });
  const lastVariables = () => requestsOf(network, 'AuditEvents').at(-1) as Variables | undefined;
  return { ...view, network, lastVariables };
}

describe('audit log', () => {
  it('shows events in a table: time, actor, translated action, target, IP and details', async () => {
    renderAudit();

    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Time', 'Who', 'Event', 'Concerns', 'IP address', 'Details']);
    const rows = within(table).getAllByRole('row').slice(1);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByText('amina.diallo@justice.example')).toBeInTheDocument();
    expect(within(first).getByText('Application approved')).toBeInTheDocument();
    expect(within(first).getByText('192.0.2.10')).toBeInTheDocument();
    const details = within(first).getByText('Show details').closest('details') as HTMLElement;
    expect(details.querySelector('pre')?.textContent).toBe(
      JSON.stringify({ applicant: 'lucia.fernandez@fiscalia.example', voucher: true }, null, 2),
    );
    // An action the web has no name for is shown as it is; no actor means anonymous.
    expect(within(second).getByText('jit.evidence.viewed')).toBeInTheDocument();
    expect(within(second).getByText('Anonymous')).toBeInTheDocument();
  });

  it('filters by action and dates, through the address and the query', async () => {
    const { user, router, lastVariables } = renderAudit();
    await screen.findByRole('table', { name: 'Audit events' });
    expect(lastVariables()).toEqual({ filter: {}, first: 50, offset: 0 });
    const action = screen.getByRole('combobox', { name: 'Event' });
    expect(
      within(action)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All events', 'Failed sign-in', 'Application approved', 'Role changed']);

    await user.selectOptions(action, 'Role changed');
    await waitFor(() => expect(lastVariables()?.filter).toEqual({ action: 'member.role_changed' }));

    await user.type(screen.getByLabelText('From'), '2026-11-01');
    await user.type(screen.getByLabelText('To'), '2026-11-22');
    await waitFor(() =>
      expect(lastVariables()?.filter).toEqual({
        action: 'member.role_changed',
        from: dayBounds('2026-11-01', 'start'),
        to: dayBounds('2026-11-22', 'end'),
      }),
    );
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      action: 'member.role_changed',
      from: '2026-11-01',
      to: '2026-11-22',
    });
  });

  it('finds the actor by name and filters on their id', async () => {
    const { user, router, lastVariables } = renderAudit();
    await screen.findByRole('table', { name: 'Audit events' });

    await user.type(screen.getByRole('searchbox', { name: 'Who acted' }), 'jor');
    const matches = await screen.findByRole('list', { name: 'Matching members' });
    await user.click(
      within(matches).getByRole('button', { name: 'Choose Jorge Salazar (jorge.salazar@policia.example)' }),
    );

    await waitFor(() => expect(lastVariables()?.filter).toEqual({ actorId: JORGE_ID }));
    expect(screen.getByText('Events by Jorge Salazar')).toBeInTheDocument();

    expect(router.state.location.search).toBe(`?actor=${JORGE_ID}`);

    await user.click(screen.getByRole('button', { name: 'Any member' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Who acted' })).toHaveValue('');
  });

  it('takes a pasted member id as the actor at once', async () => {
    const { user, lastVariables } = renderAudit();
    await screen.findByRole('table', { name: 'Audit events' });

    await user.click(screen.getByRole('searchbox', { name: 'Who acted' }));
    await user.paste(JORGE_ID);

    await waitFor(() => expect(lastVariables()?.filter).toEqual({ actorId: JORGE_ID }));
    expect(screen.getByText(`Events by member ${JORGE_ID}`)).toBeInTheDocument();
  });

  it('reads the filters of a shared link', async () => {
    const { lastVariables } = renderAudit(`/admin/audit?actor=${JORGE_ID}&action=auth.login.failed&page=2`);

    await screen.findByRole('table', { name: 'Audit events' });
    expect(lastVariables()).toEqual({
      filter: { actorId: JORGE_ID, action: 'auth.login.failed' },
      first: 50,
      offset: 50,
    });
  });
});
