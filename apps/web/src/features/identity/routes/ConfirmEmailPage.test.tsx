import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';

describe('confirm-email page', () => {
  it('confirms once on arrival, even when React runs effects twice, and says what happens next', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer(null),
      ConfirmEmail: { data: { confirmEmail: true } },
    });
    renderApp('/confirm-email?token=abc123', { fetch: network, strict: true });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your e-mail address is confirmed' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Your application now waits for a moderator/)).toBeInTheDocument();
    expect(requestsOf(network, 'ConfirmEmail')).toEqual([{ token: 'abc123' }]);
  });

  it('explains an invalid or expired link', async () => {
    renderApp('/confirm-email?token=old', {
      fetch: graphqlNetwork({
        Viewer: viewerAnswer(null),
        ConfirmEmail: errorAnswer('BAD_USER_INPUT', 'This link is not valid any more.', {
          fields: [{ field: 'token', code: 'linkInvalid', message: 'This link is not valid any more.' }],
        }),
      }),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link is not valid' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Apply again' })).toHaveAttribute('href', '/apply');
  });

  it('offers to try again when the portal cannot be reached', async () => {
    let reachable = false;
    const network = graphqlNetwork({
      Viewer: viewerAnswer(null),
      ConfirmEmail: () =>
        reachable
          ? { data: { confirmEmail: true } }
          : errorAnswer('INTERNAL', 'Oops', { requestId: 'req-7' }),
    });
    const { user } = renderApp('/confirm-email?token=abc', { fetch: network });

    expect(await screen.findByRole('alert')).toHaveTextContent('If it persists, report reference req-7.');
    reachable = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your e-mail address is confirmed' }),
    ).toBeInTheDocument();
  });
});
