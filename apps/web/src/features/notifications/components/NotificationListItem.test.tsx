import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { notificationFactory } from '../../../test/notifications.factory';
import { renderWithProviders } from '../../../test/render';
import { NotificationListItem } from './NotificationListItem';

describe('NotificationListItem', () => {
  it('says a JIT request is due today and links to it, naming no actor', async () => {
    const link = '/jit/a0000000-0000-4000-8000-0000000000a1/requests/f0000000-0000-4000-8000-0000000000f1';
    renderWithProviders(
      <MemoryRouter>
        <ul>
          <NotificationListItem
            notification={notificationFactory({
              kind: 'JIT_REQUEST_DUE',
              actor: null,
              link,
              title: 'Bank records of the shipping agent',
              excerpt: null,
            })}
            onOpen={vi.fn()}
          />
        </ul>
      </MemoryRouter>,
    );

    expect(await screen.findByText('A request you are responsible for is due today')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bank records of the shipping agent' })).toHaveAttribute(
      'href',
      link,
    );
  });
});
