import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { categoryFactory } from '../test/factory';
import { NewThreadPage } from './NewThreadPage';

const tracing = categoryFactory();
const NEW_THREAD = '77777777-7777-4777-8777-777777777777';

function renderNew(
  path = `/discussions/new?category=${tracing.slug}`,
  create: Record<string, unknown> | null = null,
) {
  const network = graphqlNetwork({
    Viewer: viewerAnswer(),
    DiscussionCategories: { data: { discussionCategories: [tracing] } },
    CreateDiscussionThread: create ?? {
      data: { createDiscussionThread: { id: NEW_THREAD, title: 'Frames shipped apart' } },
    },
  });
  const view = renderRoutes(
    [
      { path: 'discussions/new', element: <NewThreadPage /> },
      { path: 'discussions/t/:id', element: <p>Thread opened</p> },
    ],
    path,
    { fetch: network },
  );
  return { ...view, network };
}

describe('new thread', () => {
  it('publishes a thread with its tags, countries, case reference and language, then opens it', async () => {
    const { user, network, router } = renderNew();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue(tracing.id));

    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Frames shipped apart');
    await user.type(
      screen.getByRole('combobox', { name: 'Message' }),
      'Slides and frames arrive in separate parcels.',
    );
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'parcel post,conversion{Enter}');
    expect(screen.getByRole('list', { name: 'Chosen tags' })).toHaveTextContent(/parcel post.*conversion/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Countries concerned' }), 'Ghana');
    await user.click(screen.getByRole('button', { name: 'Add the country' }));
    await user.type(screen.getByRole('textbox', { name: 'Case reference' }), 'GH-ACC-2026-114');
    expect(screen.getByRole('combobox', { name: 'Language of the thread' })).toHaveValue('en');

    await user.click(screen.getByRole('button', { name: 'Publish the thread' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/discussions/t/${NEW_THREAD}`));
    expect(requestsOf(network, 'CreateDiscussionThread')).toEqual([
      {
        input: {
          categoryId: tracing.id,
          title: 'Frames shipped apart',
          body: 'Slides and frames arrive in separate parcels.',
          tags: ['parcel post', 'conversion'],
          countries: ['GH'],
          caseReference: 'GH-ACC-2026-114',
          language: 'en',
        },
      },
    ]);
    // Sent: the draft is gone.
    expect(
      Object.keys(window.localStorage).filter((key) => key.startsWith('cop.discussions.draft.')),
    ).toEqual([]);
  });

  it('keeps the draft across a reload', async () => {
    const first = renderNew();
    await first.user.type(
      await screen.findByRole('textbox', { name: 'Title' }),
      'Ant trade across the border',
    );
    await waitFor(() =>
      expect(window.localStorage.getItem(`cop.discussions.draft.new:${tracing.slug}`)).toContain('Ant trade'),
    );
    first.unmount();

    renderNew();
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Ant trade across the border');
  });

  it('says what is missing, and shows the server’s field errors next to the fields', async () => {
    const { user, network } = renderNew(
      '/discussions/new',
      errorAnswer('BAD_USER_INPUT', 'Invalid input', {
        fields: [{ field: 'input.tags', code: 'arrayMaxSize', message: 'At most 10 tags.' }],
      }),
    );
    await screen.findByRole('textbox', { name: 'Title' });

    await user.click(screen.getByRole('button', { name: 'Publish the thread' }));
    expect(screen.getByText('Choose a category.')).toBeInTheDocument();
    expect(screen.getByText('The title needs 3 to 200 characters.')).toBeInTheDocument();
    expect(screen.getByText('Write the message.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveFocus();
    expect(requestsOf(network, 'CreateDiscussionThread')).toEqual([]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Tracing requests');
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Frames shipped apart');
    await user.type(screen.getByRole('combobox', { name: 'Message' }), 'Details follow.');
    await user.click(screen.getByRole('button', { name: 'Publish the thread' }));

    expect(await screen.findByText('You chose too many.')).toBeInTheDocument();
  });
});
