import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { focalPointFactory, memberFactory } from '../../../test/identity.factory';
import { renderRoutes } from '../../../test/renderRoutes';
import { DirectoryPage } from './DirectoryPage';

type Variables = { filter?: Record<string, unknown>; first?: number; offset?: number };

function directoryAnswer(items: unknown[], total = items.length) {
  return { data: { directory: { total, items } } };
}

function renderDirectory(
  path = '/directory',
  answer: (variables: Variables) => unknown = () => directoryAnswer([]),
) {
  const network = graphqlNetwork({
    Viewer: viewerAnswer(),
    DirectoryMembers: (variables: Record<string, unknown>) => answer(variables as Variables),
  });
  const view = renderRoutes([{ path: 'directory', element: <DirectoryPage /> }], path, { fetch: network });
  const lastVariables = () => requestsOf(network, 'DirectoryMembers').at(-1) as Variables | undefined;
  return { ...view, network, lastVariables };
}

/** The line that says how many members were found (the toasts have a status region too). */
function resultsStatus() {
  return within(screen.getByRole('region', { name: 'Members found' })).getByRole('status');
}

const kwame = memberFactory({
  fullName: 'Kwame Mensah',
  role: 'MODERATOR',
  focalPoints: [focalPointFactory({ country: 'GH', authority: 'MLA_CENTRAL_AUTHORITY' })],
});
const awa = memberFactory({
  fullName: 'Awa Traoré',
  position: 'Juge d’instruction',
  institution: 'Pôle judiciaire spécialisé',
  country: 'ML',
  languages: ['fr', 'bm'],
});

describe('member directory', () => {
  it('shows members as cards with what a colleague needs to know', async () => {
    renderDirectory('/directory', () => directoryAnswer([kwame, awa]));

    const list = await screen.findByRole('list', { name: 'Members found' });
    expect(within(list).getAllByRole('article')).toHaveLength(2);
    const card = screen.getByRole('article', { name: 'Kwame Mensah' });
    expect(within(card).getByRole('link', { name: 'Kwame Mensah' })).toHaveAttribute(
      'href',
      `/members/${kwame.id}`,
    );
    expect(within(card).getByText('State Attorney · Office of the Attorney-General')).toBeInTheDocument();
    expect(within(card).getByText('Ghana')).toBeInTheDocument();
    expect(within(card).getByText('Moderator')).toBeInTheDocument();
    expect(within(card).getByText(/English and French/)).toBeInTheDocument();
    expect(
      within(card).getByText('Focal point: Central authority for mutual legal assistance — Ghana'),
    ).toBeInTheDocument();
    const awaCard = screen.getByRole('article', { name: 'Awa Traoré' });
    expect(within(awaCard).getByText('Mali')).toBeInTheDocument();
    expect(within(awaCard).queryByText('Member')).not.toBeInTheDocument();
    expect(resultsStatus()).toHaveTextContent('1–2 of 2');
    expect(screen.getByRole('heading', { level: 1, name: 'Member directory' })).toBeInTheDocument();
  });

  it('puts each filter in the address and in the query, back to the first page', async () => {
    const { user, router, lastVariables } = renderDirectory('/directory?page=3', () =>
      directoryAnswer([kwame], 45),
    );
    await screen.findByRole('article', { name: 'Kwame Mensah' });
    expect(lastVariables()).toEqual({ filter: {}, first: 20, offset: 40 });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Ghana');
    await waitFor(() => expect(lastVariables()).toEqual({ filter: { country: 'GH' }, first: 20, offset: 0 }));
    expect(router.state.location.search).toBe('?country=GH');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Practitioner type' }), 'Prosecutor');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Working language' }), 'French');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area of expertise' }), 'Ballistics');
    await waitFor(() =>
      expect(lastVariables()?.filter).toEqual({
        country: 'GH',
        practitionerType: 'PROSECUTOR',
        language: 'fr',
        expertise: 'ballistics',
      }),
    );
    expect(new URLSearchParams(router.state.location.search).get('expertise')).toBe('ballistics');
  });

  it('searches once typing pauses, and the search is part of the address', async () => {
    const { user, router, network, lastVariables } = renderDirectory('/directory', () =>
      directoryAnswer([kwame]),
    );
    await screen.findByRole('article', { name: 'Kwame Mensah' });
    const before = requestsOf(network, 'DirectoryMembers').length;

    await user.type(screen.getByRole('searchbox', { name: 'Name, institution or position' }), 'mensah');

    await waitFor(() => expect(lastVariables()?.filter).toEqual({ search: 'mensah' }));
    // One request for the pause, not one per key.
    expect(requestsOf(network, 'DirectoryMembers').length).toBe(before + 1);
    expect(router.state.location.search).toBe('?q=mensah');
  });

  it('reads a shared link: filters, search and page come from the address', async () => {
    const { lastVariables } = renderDirectory(
      '/directory?q=tra&country=ML&type=JUDGE&language=fr&expertise=ballistics&page=2',
      () => directoryAnswer([awa], 21),
    );

    await screen.findByRole('article', { name: 'Awa Traoré' });
    expect(lastVariables()).toEqual({
      filter: {
        search: 'tra',
        country: 'ML',
        practitionerType: 'JUDGE',
        language: 'fr',
        expertise: 'ballistics',
      },
      first: 20,
      offset: 20,
    });
    expect(screen.getByRole('searchbox', { name: 'Name, institution or position' })).toHaveValue('tra');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('ML');
    expect(screen.getByRole('combobox', { name: 'Practitioner type' })).toHaveValue('JUDGE');
    expect(resultsStatus()).toHaveTextContent('21–21 of 21');
  });

  it('pages through the results, and the back button returns to the previous page', async () => {
    const { user, router, lastVariables } = renderDirectory('/directory', (variables) =>
      directoryAnswer([variables.offset === 0 ? kwame : awa], 45),
    );
    await screen.findByRole('article', { name: 'Kwame Mensah' });
    const pages = screen.getByRole('navigation', { name: 'Result pages' });
    expect(within(pages).getByRole('button', { name: /Previous page/ })).toBeDisabled();
    expect(within(pages).getByText('Page 1 of 3')).toBeInTheDocument();
    expect(resultsStatus()).toHaveTextContent('1–20 of 45');

    await user.click(within(pages).getByRole('button', { name: /Next page/ }));

    expect(await screen.findByRole('article', { name: 'Awa Traoré' })).toBeInTheDocument();
    expect(lastVariables()).toEqual({ filter: {}, first: 20, offset: 20 });
    expect(router.state.location.search).toBe('?page=2');
    expect(resultsStatus()).toHaveTextContent('21–40 of 45');

    await router.navigate(-1);
    expect(await screen.findByRole('article', { name: 'Kwame Mensah' })).toBeInTheDocument();
  });

  it('says when nobody matches, and clears the filters on request', async () => {
    const { user, router, lastVariables } = renderDirectory('/directory?country=TD', (variables) =>
      directoryAnswer(variables.filter && Object.keys(variables.filter).length > 0 ? [] : [kwame]),
    );

    expect(await screen.findByRole('heading', { name: 'No member matches' })).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear search and filters' });
    await user.click(clear[0] as HTMLElement);

    expect(await screen.findByRole('article', { name: 'Kwame Mensah' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(lastVariables()?.filter).toEqual({});
  });

  it('says the directory could not be loaded, and tries again', async () => {
    let fail = true;
    const { user } = renderDirectory('/directory', () =>
      fail ? errorAnswer('INTERNAL', 'Unexpected error') : directoryAnswer([kwame]),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('The directory could not be loaded');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('article', { name: 'Kwame Mensah' })).toBeInTheDocument();
  });

  it('names countries and languages in the reader’s language', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer(),
      DirectoryMembers: directoryAnswer([awa]),
    });
    renderRoutes([{ path: 'directory', element: <DirectoryPage /> }], '/directory', {
      fetch: network,
      language: 'fr',
    });

    const card = await screen.findByRole('article', { name: 'Awa Traoré' });
    expect(within(card).getByText('Mali')).toBeInTheDocument();
    expect(within(card).getByText(/français et bambara/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Annuaire des membres' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Pays' })).toBeInTheDocument();
  });
});
