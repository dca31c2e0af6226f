import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { applicationFactory } from '../../../test/identity.factory';
import { renderRoutes } from '../../../test/renderRoutes';
import { AdminPage } from './AdminPage';

const lucia = applicationFactory({
  fullName: 'Lucía Fernández',
  voucherEmail: 'kwame.mensah@justice.example',
  voucherIsActiveMember: true,
  voucher: { id: 'a0a0a0a0-0000-4000-8000-000000000001', fullName: 'Kwame Mensah' },
  motivation: 'I lead a unit on arms trafficking.\nWe seized 40 pistols in parcels last year.',
});
const ivan = applicationFactory({
  fullName: 'Ivan Petrenko',
  email: 'ivan.petrenko@customs.example',
  country: 'UA',
  voucherEmail: 'someone@unknown.example',
  voucherIsActiveMember: false,
});

type Variables = Record<string, unknown>;

function renderVetting(options: { path?: string; decide?: (variables: Variables) => unknown } = {}) {
  let queue = [lucia, ivan];
  const network = graphqlNetwork({
    Viewer: viewerAnswer({ role: 'MODERATOR', mfaEnabled: true, mfaRequired: true }),
    VettingQueue: (variables: Variables) => {
      const statuses = variables.statuses as string[];
      return { data: { vettingQueue: statuses.includes('PENDING') ? queue : [] } };
    },
    DecideApplication: (variables: Variables) => {
      const input = variables.input as { applicationId: string; decision: string; reason?: string };
      const answer = options.decide?.(variables);
      if (answer) return answer;
      queue = queue.filter((application) => application.id !== input.applicationId);
      return {
        data: {
          decideApplication: {
            id: input.applicationId,
            status: input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED',
            decision: input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED',
            decisionReason: input.reason ?? null,
            decidedAt: '2026-11-22T10:00:00.000Z',
          },
        },
      };
    },
  });
  const view = renderRoutes([{ path: 'admin/*', element: <AdminPage /> }], options.path ?? '/admin/vetting', {
    fetch: network,
  });
  return { ...view, network };
}

function application(name: string) {
  return screen.getByRole('article', { name });
}

describe('vetting', () => {
  it('lists waiting applications with everything a moderator checks', async () => {
    const { network } = renderVetting();

    const card = await screen.findByRole('article', { name: 'Lucía Fernández' });
    expect(requestsOf(network, 'VettingQueue')[0]).toEqual({ statuses: ['PENDING'] });
    expect(within(card).getByRole('heading', { level: 2, name: 'Lucía Fernández' })).toBeInTheDocument();
    expect(within(card).getByText('lucia.fernandez@fiscalia.example')).toBeInTheDocument();
    expect(within(card).getByText('Paraguay')).toBeInTheDocument();
    expect(within(card).getByText('Fiscalía General del Estado')).toBeInTheDocument();
    expect(within(card).getByText(/We seized 40 pistols/)).toBeInTheDocument();
    expect(within(card).getByText(/kwame\.mensah@justice\.example/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Active member ✓' })).toHaveAttribute(
      'href',
      '/members/a0a0a0a0-0000-4000-8000-000000000001',
    );
    const submitted = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date('2026-11-20T08:15:00.000Z'),
    );
    expect(within(card).getByText(submitted)).toBeInTheDocument();
    expect(within(application('Ivan Petrenko')).getByText(/Not an active member/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Approve the application of Ivan Petrenko' }),
    ).toBeInTheDocument();
  });

  it('approves an application: APPROVE is sent, the list updates and a toast confirms', async () => {
    const { user, network } = renderVetting();
    await screen.findByRole('article', { name: 'Lucía Fernández' });

    await user.click(screen.getByRole('button', { name: 'Approve the application of Lucía Fernández' }));

    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Lucía Fernández' })).not.toBeInTheDocument(),
    );
    expect(requestsOf(network, 'DecideApplication')).toEqual([
      { input: { applicationId: lucia.id, decision: 'APPROVE' } },
    ]);
    expect(
      within(screen.getByRole('status', { name: 'Notifications' })).getByText(
        'Lucía Fernández is approved and will get an e-mail to choose a password.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Ivan Petrenko' })).toBeInTheDocument();
  });

  it('rejects only with a reason, which is sent to the applicant', async () => {
    const { user, network } = renderVetting();
    await screen.findByRole('article', { name: 'Ivan Petrenko' });

    await user.click(screen.getByRole('button', { name: 'Reject the application of Ivan Petrenko' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject the application of Ivan Petrenko?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject application' }));

    const reason = within(dialog).getByRole('textbox', { name: 'Reason for the applicant' });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Error: Give a reason: the applicant will read it.');
    expect(reason).toHaveFocus();
    expect(requestsOf(network, 'DecideApplication')).toEqual([]);

    await user.type(reason, 'We could not confirm that you work for a customs authority.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject application' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(network, 'DecideApplication')).toEqual([
      {
        input: {
          applicationId: ivan.id,
          decision: 'REJECT',
          reason: 'We could not confirm that you work for a customs authority.',
        },
      },
    ]);
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Ivan Petrenko' })).not.toBeInTheDocument(),
    );
    expect(
      within(screen.getByRole('status', { name: 'Notifications' })).getByText(
        /application of Ivan Petrenko is rejected/,
      ),
    ).toBeInTheDocument();
  });

  it('keeps the dialog open and says why when the api refuses the decision', async () => {
    const { user } = renderVetting({
      decide: () => errorAnswer('CONFLICT', 'This application has already been decided.'),
    });
    await screen.findByRole('article', { name: 'Ivan Petrenko' });

    await user.click(screen.getByRole('button', { name: 'Reject the application of Ivan Petrenko' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason for the applicant' }),
      'Not a practitioner.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Reject application' }));

    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('switches to applications whose e-mail is not confirmed, and to decided ones', async () => {
    const { user, network, router } = renderVetting();
    await screen.findByRole('article', { name: 'Lucía Fernández' });
    const views = screen.getByRole('group', { name: 'Show applications' });
    expect(within(views).getByRole('button', { name: 'Waiting' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(views).getByRole('button', { name: 'E-mail not confirmed' }));

    expect(
      await screen.findByRole('heading', { name: 'No application is waiting for its e-mail confirmation.' }),
    ).toBeInTheDocument();
    expect(requestsOf(network, 'VettingQueue').at(-1)).toEqual({ statuses: ['EMAIL_UNCONFIRMED'] });
    expect(router.state.location.search).toBe('?show=unconfirmed');

    await user.click(within(views).getByRole('button', { name: 'Decided' }));
    await waitFor(() =>
      expect(requestsOf(network, 'VettingQueue').at(-1)).toEqual({ statuses: ['APPROVED', 'REJECTED'] }),
    );
  });

  it('shows a decided application with its decision and reason, without buttons', async () => {
    const rejected = applicationFactory({
      fullName: 'Omar Haddad',
      status: 'REJECTED',
      decision: 'REJECTED',
      decisionReason: 'Please apply with your work address.',
      decidedAt: '2026-11-21T12:00:00.000Z',
    });
    const network = graphqlNetwork({
      Viewer: viewerAnswer({ role: 'ADMIN' }),
      VettingQueue: { data: { vettingQueue: [rejected] } },
    });
    renderRoutes([{ path: 'admin/*', element: <AdminPage /> }], '/admin/vetting?show=decided', {
      fetch: network,
    });

    const card = await screen.findByRole('article', { name: 'Omar Haddad' });
    expect(within(card).getByText('Please apply with your work address.')).toBeInTheDocument();
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });
});
