import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answering, healthAnswer, neverAnswering, unreachable } from '../../../test/graphql';
import { renderWithProviders } from '../../../test/render';
import { SystemStatusPanel } from './SystemStatusPanel';

const SERVER_TIME = '2026-11-22T09:30:00.000Z';

function panel() {
  return screen.getByRole('region', { name: 'System status' });
}

describe('System status panel', () => {
  it('says it is checking while the answer is on its way', () => {
    renderWithProviders(<SystemStatusPanel />, { fetch: neverAnswering() });

    expect(within(panel()).getByRole('status')).toHaveTextContent('Checking the portal…');
  });

  it('shows an operational portal and the server time in the reader’s language', async () => {
    renderWithProviders(<SystemStatusPanel />, { fetch: answering(healthAnswer('OK', SERVER_TIME)) });

    expect(await within(panel()).findByText('Operational')).toBeInTheDocument();
    expect(within(panel()).getByText('The portal and its database are answering.')).toBeInTheDocument();
    const time = within(panel()).getByText(
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'long' }).format(new Date(SERVER_TIME)),
    );
    expect(time).toHaveAttribute('datetime', SERVER_TIME);
  });

  it('warns when the portal is degraded', async () => {
    renderWithProviders(<SystemStatusPanel />, { fetch: answering(healthAnswer('DEGRADED')) });

    expect(await within(panel()).findByText('Degraded')).toBeInTheDocument();
    expect(within(panel()).getByText(/Some features may not work/)).toBeInTheDocument();
  });

  it('says the portal is unreachable when the network fails, without a server time', async () => {
    renderWithProviders(<SystemStatusPanel />, { fetch: unreachable() });

    expect(await within(panel()).findByText('Unreachable')).toBeInTheDocument();
    expect(within(panel()).getByText(/Check your connection/)).toBeInTheDocument();
    expect(within(panel()).queryByText('Server time')).not.toBeInTheDocument();
  });

  it('says the portal is unreachable when the api answers with an error', async () => {
    renderWithProviders(<SystemStatusPanel />, {
      fetch: answering({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL' } }] }),
    });

    expect(await within(panel()).findByText('Unreachable')).toBeInTheDocument();
  });

  it('checks again on request and shows the new answer', async () => {
    const network = unreachable();
    const { user } = renderWithProviders(<SystemStatusPanel />, { fetch: network });
    await within(panel()).findByText('Unreachable');

    network.mockImplementation(async () => Response.json(healthAnswer('OK')));
    await user.click(within(panel()).getByRole('button', { name: 'Check again' }));

    expect(await within(panel()).findByText('Operational')).toBeInTheDocument();
    expect(network).toHaveBeenCalledTimes(2);
  });

  it('speaks the reader’s language, dates included', async () => {
    renderWithProviders(<SystemStatusPanel />, {
      fetch: answering(healthAnswer('DEGRADED', SERVER_TIME)),
      language: 'ru',
    });

    const region = await screen.findByRole('region', { name: 'Состояние системы' });
    expect(await within(region).findByText('Работает с ограничениями')).toBeInTheDocument();
    expect(
      within(region).getByText(
        new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeStyle: 'long' }).format(new Date(SERVER_TIME)),
      ),
    ).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Проверить снова' })).toBeInTheDocument();
  });
});
