import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { outboxMessageFactory } from '../../../test/identity.factory';
import { renderRoutes } from '../../../test/renderRoutes';
import { AdminPage } from './AdminPage';

const confirm = outboxMessageFactory();
const invitation = outboxMessageFactory({
  to: 'g.ivanova@prokuratura.example',
  subject: 'You are invited to the CoP Portal',
  text: 'Hello,\n\nChoose your password: https://portal.example/set-password?token=xyz\n\nThis link expires in 7 days.',
  links: ['https://portal.example/set-password?token=xyz', 'javascript:alert(1)'],
});

function renderOutbox(path = '/admin/outbox', enabled = true) {
  const network = graphqlNetwork({
    Viewer: viewerAnswer({ role: 'ADMIN', mfaEnabled: true, mfaRequired: true }),
    Outbox: {
      data: { outbox: { enabled, total: enabled ? 2 : 0, items: enabled ? [invitation, confirm] : [] } },
    },
    OutboxMessage: (variables: Record<string, unknown>) => {
      const found = [invitation, confirm].find((message) => message.id === variables.id);
      return found ? { data: { outboxMessage: found } } : errorAnswer('NOT_FOUND', 'Not found');
    },
  });
  const view = renderRoutes([{ path: 'admin/*', element: <AdminPage /> }], path, { fetch: network });
  return { ...view, network };
}

describe('outbox', () => {
  it('lists the e-mails, newest first, each a link to the message', async () => {
    renderOutbox();

    const list = await screen.findByRole('list', { name: 'Messages in the outbox' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(
      within(items[0] as HTMLElement).getByRole('link', { name: 'You are invited to the CoP Portal' }),
    ).toHaveAttribute('href', `/admin/outbox/${encodeURIComponent(invitation.id)}`);
    expect(
      within(items[0] as HTMLElement).getByText('To: g.ivanova@prokuratura.example'),
    ).toBeInTheDocument();
  });

  it('opens a message: its text as written, and its links ready to follow', async () => {
    const { user, network } = renderOutbox();
    await user.click(await screen.findByRole('link', { name: 'You are invited to the CoP Portal' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You are invited to the CoP Portal' }),
    ).toBeInTheDocument();
    expect(requestsOf(network, 'OutboxMessage')).toEqual([{ id: invitation.id }]);
    const text = screen.getByRole('region', { name: 'Message' }).querySelector('pre');
    expect(text?.textContent).toBe(invitation.text);
    const links = screen.getByRole('list', { name: 'Links in this message' });
    const link = within(links).getByRole('link', { name: 'https://portal.example/set-password?token=xyz' });
    expect(link).toHaveAttribute('href', 'https://portal.example/set-password?token=xyz');
    expect(link).toHaveAttribute('rel', 'noreferrer');
    // Only web links become anchors.
    expect(within(links).getAllByRole('link')).toHaveLength(1);
    expect(within(links).getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the outbox' })).toHaveAttribute('href', '/admin/outbox');
  });

  it('explains that mail goes to the SMTP server when there is no local outbox', async () => {
    renderOutbox('/admin/outbox', false);

    expect(await screen.findByRole('heading', { name: 'Mail goes to the mail server' })).toBeInTheDocument();
    expect(screen.getByText(/through the SMTP server in its configuration/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Messages in the outbox' })).not.toBeInTheDocument();
  });

  it('says when a message is no longer there', async () => {
    renderOutbox('/admin/outbox/gone.eml');

    expect(await screen.findByText('This message is not in the outbox any more.')).toBeInTheDocument();
  });
});
