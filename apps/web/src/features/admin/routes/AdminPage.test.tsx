import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { AdminPage } from './AdminPage';

function renderAdmin(path: string, role: 'MODERATOR' | 'ADMIN') {
  const network = graphqlNetwork({
    Viewer: viewerAnswer({ role, mfaEnabled: true, mfaRequired: true }),
    AuditActions: { data: { auditActions: [] } },
    AuditEvents: { data: { auditEvents: { total: 0, items: [] } } },
    VettingQueue: { data: { vettingQueue: [] } },
  });
  return renderRoutes([{ path: 'admin/*', element: <AdminPage /> }], path, { fetch: network });
}

function sections() {
  return screen.getByRole('navigation', { name: 'Administration sections' });
}

describe('administration', () => {
  it('offers administrators every section, each described on the overview', async () => {
    renderAdmin('/admin', 'ADMIN');

    expect(await screen.findByRole('heading', { level: 1, name: 'Administration' })).toBeInTheDocument();
    expect(
      within(sections())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Overview', 'Vetting', 'Invitations', 'Members', 'Audit log', 'Outbox']);
    expect(within(sections()).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Audit log' })).toBeInTheDocument();
  });

  it('shows moderators only vetting and invitations', async () => {
    renderAdmin('/admin', 'MODERATOR');

    await screen.findByRole('heading', { level: 1, name: 'Administration' });
    expect(
      within(sections())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Overview', 'Vetting', 'Invitations']);
    expect(screen.queryByRole('heading', { level: 2, name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('refuses an administrators’ page to a moderator who follows a link to it', async () => {
    renderAdmin('/admin/audit', 'MODERATOR');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'For administrators only' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('opens a section from the sub-navigation', async () => {
    const { user } = renderAdmin('/admin', 'MODERATOR');
    await screen.findByRole('heading', { level: 1, name: 'Administration' });

    await user.click(within(sections()).getByRole('link', { name: 'Vetting' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Vetting' })).toBeInTheDocument();
    expect(within(sections()).getByRole('link', { name: 'Vetting' })).toHaveAttribute('aria-current', 'page');
  });

  it('answers an unknown admin address with the not-found page', async () => {
    renderAdmin('/admin/nothing-here', 'ADMIN');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
