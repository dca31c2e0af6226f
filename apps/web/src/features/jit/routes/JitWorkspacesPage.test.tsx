import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { observerWorkspace, workspaceFactory, WORKSPACE_ID } from '../test/factory';
import { JitWorkspacesPage } from './JitWorkspacesPage';

type Answers = Parameters<typeof graphqlNetwork>[0];

function renderJit(path: string, answers: Answers, language?: 'en' | 'ar') {
  const network = graphqlNetwork({ Viewer: viewerAnswer({ mfaEnabled: true }), ...answers });
  const view = renderRoutes([{ path: 'jit/*', element: <JitWorkspacesPage /> }], path, {
    fetch: network,
    language,
  });
  return { ...view, network };
}

const mfaRequired = errorAnswer('FORBIDDEN', 'Set up a second factor first.', { reason: 'JIT_MFA_REQUIRED' });

describe('JIT workspaces list', () => {
  it('lists the caller’s workspaces as cards with their status, role and counts', async () => {
    renderJit('/jit', {
      JitWorkspaces: {
        data: {
          jitWorkspaces: [
            workspaceFactory({
              counts: { members: 4, evidence: 7, openRequests: 3, overdueRequests: 2, openTasks: 5 },
            }),
          ],
        },
      },
    });

    const list = await screen.findByRole('list', { name: 'Your JIT workspaces' });
    const link = within(list).getByRole('link', { name: 'Operation Northern Corridor' });
    expect(link).toHaveAttribute('href', `/jit/${WORKSPACE_ID}`);
    expect(within(list).getByText('Active')).toBeInTheDocument();
    expect(within(list).getByText('Leader')).toBeInTheDocument();
    expect(within(list).getByText('Overdue requests: 2')).toHaveClass('jit-overdue');
    expect(within(list).getByText('Evidence items: 7')).toBeInTheDocument();
    expect(within(list).getByText('Senegal and Sweden')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New workspace' })).toHaveAttribute('href', '/jit/new');
  });

  it('explains what a JIT workspace is when the caller has none', async () => {
    renderJit('/jit', { JitWorkspaces: { data: { jitWorkspaces: [] } } });

    expect(
      await screen.findByRole('heading', { name: 'You are not in any JIT workspace yet' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/closed space for the authorities of two or more countries/)).toBeInTheDocument();
  });

  it('sends a caller without a second factor to set one up', async () => {
    renderJit('/jit', { JitWorkspaces: mfaRequired });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up a second factor to open JIT workspaces' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up a second factor' })).toHaveAttribute(
      'href',
      '/security/two-factor',
    );
  });

  it('shows the second-factor page inside a workspace URL too', async () => {
    renderJit(`/jit/${WORKSPACE_ID}/evidence`, { JitWorkspace: mfaRequired });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up a second factor to open JIT workspaces' }),
    ).toBeInTheDocument();
  });

  it('answers a workspace the caller is not a member of like a missing page', async () => {
    renderJit(`/jit/${WORKSPACE_ID}/evidence`, { JitWorkspace: errorAnswer('NOT_FOUND', 'Not found') });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/you are not a member of the workspace/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your JIT workspaces' })).toHaveAttribute('href', '/jit');
  });

  it('answers a missing item inside a workspace with the same not-found page', async () => {
    renderJit(`/jit/${WORKSPACE_ID}/requests/ffffffff-ffff-4fff-8fff-ffffffffffff`, {
      JitWorkspace: { data: { jitWorkspace: workspaceFactory() } },
      JitRequest: errorAnswer('NOT_FOUND', 'Not found'),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('lays the workspace out right to left in Arabic', async () => {
    renderJit(
      `/jit/${WORKSPACE_ID}/overview`,
      { JitWorkspace: { data: { jitWorkspace: workspaceFactory() } } },
      'ar',
    );

    expect(await screen.findByRole('navigation', { name: 'أقسام المساحة' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('link', { name: 'الأدلة' })).toHaveAttribute(
      'href',
      `/jit/${WORKSPACE_ID}/evidence`,
    );
  });
});

describe('a workspace', () => {
  it('offers tabs as links, the channel, and leaders’ actions', async () => {
    renderJit(`/jit/${WORKSPACE_ID}`, { JitWorkspace: { data: { jitWorkspace: workspaceFactory() } } });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Operation Northern Corridor' }),
    ).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Workspace sections' });
    await waitFor(() =>
      expect(within(tabs).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page'),
    );
    expect(within(tabs).getByRole('link', { name: 'Requests' })).toHaveAttribute(
      'href',
      `/jit/${WORKSPACE_ID}/requests`,
    );
    expect(screen.getByRole('link', { name: 'Open the team channel' })).toHaveAttribute(
      'href',
      '/messages/c0000000-0000-4000-8000-0000000000c1',
    );
    expect(screen.getByRole('button', { name: 'Edit workspace' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Extend the agreement' })).toBeInTheDocument();
  });

  it('warns about participating countries without a leader', async () => {
    renderJit(`/jit/${WORKSPACE_ID}/overview`, {
      JitWorkspace: { data: { jitWorkspace: workspaceFactory({ missingLeaderCountries: ['SE'] }) } },
    });

    expect(await screen.findByText(/No leader yet for: Sweden/)).toBeInTheDocument();
  });

  it('shows an observer no write actions anywhere', async () => {
    const { user, router } = renderJit(`/jit/${WORKSPACE_ID}/overview`, {
      JitWorkspace: { data: { jitWorkspace: observerWorkspace() } },
      JitEvidence: { data: { jitEvidence: [] } },
      JitRequests: { data: { jitRequests: [] } },
      JitTasks: { data: { jitTasks: [] } },
      JitNotes: { data: { jitNotes: [] } },
    });

    expect(
      await screen.findByText('You are an observer: you can read this workspace but not change it.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit workspace' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change status' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Members' }));
    expect(await screen.findByRole('table', { name: 'Members of the workspace' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add a member' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Evidence' }));
    expect(await screen.findByText('No evidence yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add evidence' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the register (CSV)' })).toHaveAttribute(
      'href',
      `/api/jit/workspaces/${WORKSPACE_ID}/evidence.csv`,
    );

    await user.click(screen.getByRole('link', { name: 'Requests' }));
    expect(await screen.findByText('No requests yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New request' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Tasks' }));
    expect(await screen.findByRole('heading', { name: 'Open (0)' })).toBeInTheDocument();
    expect(screen.queryByText('New task')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Notes' }));
    expect(await screen.findByRole('heading', { name: 'Strategy' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New note' })).not.toBeInTheDocument();

    // Following a copied link to the upload form does not give an observer a form either.
    await router.navigate(`/jit/${WORKSPACE_ID}/evidence/new`);
    expect(await screen.findByText('You can read this workspace but not change it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to the register' })).not.toBeInTheDocument();
  });

  it('says a closed workspace is read-only', async () => {
    renderJit(`/jit/${WORKSPACE_ID}/overview`, {
      JitWorkspace: {
        data: { jitWorkspace: workspaceFactory({ status: 'CLOSED', canWrite: false, canManage: false }) },
      },
    });

    expect(await screen.findByText('This workspace is closed and read-only.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit workspace' })).not.toBeInTheDocument();
  });

  it('asks before closing the workspace', async () => {
    const { user, network } = renderJit(`/jit/${WORKSPACE_ID}/overview`, {
      JitWorkspace: { data: { jitWorkspace: workspaceFactory() } },
      SetJitWorkspaceStatus: {
        data: {
          setJitWorkspaceStatus: workspaceFactory({ status: 'CLOSED', canWrite: false, canManage: false }),
        },
      },
    });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Workspace status' }), 'CLOSED');
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the workspace?' });
    expect(requestsOf(network, 'SetJitWorkspaceStatus')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Close the workspace' }));
    await waitFor(() =>
      expect(requestsOf(network, 'SetJitWorkspaceStatus')).toEqual([{ id: WORKSPACE_ID, status: 'CLOSED' }]),
    );
  });
});
