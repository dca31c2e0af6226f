import { act, screen, waitFor, within } from '@testing-library/react';
import { JIT_EVENTS } from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { FakeSocket } from '../../../test/socket';
import { SessionSocketContext } from '../../identity/session/useSessionSocket';
import { evidenceFactory, olga, workspaceFactory, WORKSPACE_ID } from '../test/factory';
import { JitWorkspacesPage } from './JitWorkspacesPage';

/** The session's socket as the JIT pages use it: acknowledges joins. */
class JitSocket extends FakeSocket {
  readonly sent: Array<{ event: string; payload: unknown }> = [];
  /** What the server answers a join: a non-member's join is refused like a missing workspace. */
  joinAnswer: unknown = { ok: true };
  constructor() {
    super({});
  }
  emit(event: string, payload: unknown, ack?: (answer: unknown) => void): this {
    this.sent.push({ event, payload });
    ack?.(event === JIT_EVENTS.join ? this.joinAnswer : { ok: true });
    return this;
  }
}

function renderLive(path: string, answers: Parameters<typeof graphqlNetwork>[0]) {
  const socket = new JitSocket();
  const network = graphqlNetwork({ Viewer: viewerAnswer({ mfaEnabled: true }), ...answers });
  const view = renderRoutes(
    [
      {
        path: 'jit/*',
        element: (
          <SessionSocketContext value={socket as unknown as Socket}>
            <JitWorkspacesPage />
          </SessionSocketContext>
        ),
      },
    ],
    path,
    { fetch: network },
  );
  return { ...view, socket, network };
}

describe('a workspace, live', () => {
  it('joins the workspace’s room and refreshes the register when someone adds evidence', async () => {
    let items = [evidenceFactory()];
    const { socket, network } = renderLive(`/jit/${WORKSPACE_ID}/evidence`, {
      JitWorkspace: { data: { jitWorkspace: workspaceFactory() } },
      JitEvidence: () => ({ data: { jitEvidence: items } }),
    });

    const register = await screen.findByRole('table', { name: 'Evidence register' });
    await within(register).findByRole('link', { name: 'Seizure report, Dakar port' });
    expect(socket.sent).toContainEqual({ event: JIT_EVENTS.join, payload: { workspaceId: WORKSPACE_ID } });

    items = [
      ...items,
      evidenceFactory({ id: 'e2', number: 2, title: 'Firearm photographs', integrity: 'OK' }),
    ];
    const before = requestsOf(network, 'JitEvidence').length;
    act(() => socket.serverEmit(JIT_EVENTS.changed, { workspaceId: WORKSPACE_ID, area: 'evidence' }));

    expect(await within(register).findByRole('link', { name: 'Firearm photographs' })).toBeInTheDocument();
    expect(requestsOf(network, 'JitEvidence').length).toBeGreaterThan(before);
    // Someone else's workspace: nothing happens.
    act(() => socket.serverEmit(JIT_EVENTS.changed, { workspaceId: 'other', area: 'evidence' }));
  });

  it('shows a copied URL of a workspace one is not in as not found, without touching its room', async () => {
    const { socket, router } = renderLive(`/jit/${WORKSPACE_ID}/overview`, {
      JitWorkspace: errorAnswer('NOT_FOUND', 'No such workspace.'),
    });
    socket.joinAnswer = { ok: false, error: { code: 'NOT_FOUND', message: 'No such workspace.' } };

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/jit/${WORKSPACE_ID}/overview`);
    expect(screen.queryByText('You are no longer a member of that workspace.')).not.toBeInTheDocument();
    expect(socket.sent.filter((s) => s.event === JIT_EVENTS.join)).toEqual([]);
  });

  it('sends a removed member back to the list, saying why', async () => {
    const { socket, router } = renderLive(`/jit/${WORKSPACE_ID}/overview`, {
      JitWorkspace: { data: { jitWorkspace: workspaceFactory() } },
      JitWorkspaces: { data: { jitWorkspaces: [] } },
    });

    await screen.findByRole('heading', { level: 1, name: 'Operation Northern Corridor' });
    act(() => socket.serverEmit(JIT_EVENTS.removed, { workspaceId: WORKSPACE_ID }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/jit'));
    expect(await screen.findByText('You are no longer a member of that workspace.')).toBeInTheDocument();
  });
});

describe('members', () => {
  it('lets a leader add a member from another participating country as leader', async () => {
    const { user, network } = renderLive(`/jit/${WORKSPACE_ID}/members`, {
      JitWorkspace: { data: { jitWorkspace: workspaceFactory() } },
      DirectoryMembers: {
        data: {
          directory: {
            total: 1,
            items: [
              {
                id: olga.id,
                fullName: olga.fullName,
                institution: 'Swedish Police Authority',
                country: 'SE',
                photoUrl: null,
                position: null,
                practitionerType: null,
                languages: [],
                expertise: [],
                role: 'MEMBER',
              },
            ],
          },
        },
      },
      AddJitMember: { data: { addJitMember: workspaceFactory() } },
    });

    await user.type(await screen.findByRole('searchbox', { name: 'Find a member to add' }), 'Ol');
    await user.click(await screen.findByRole('button', { name: 'Choose Olga Petrova' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'LEADER');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'SE');
    await user.click(screen.getByRole('button', { name: 'Add to the workspace' }));

    await waitFor(() =>
      expect(requestsOf(network, 'AddJitMember')).toEqual([
        { workspaceId: WORKSPACE_ID, memberId: olga.id, role: 'LEADER', country: 'SE' },
      ]),
    );
  });
});
