import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, viewerAnswer } from '../../../test/graphql';
import { nextId } from '../../../test/identity.factory';
import { renderRoutes } from '../../../test/renderRoutes';
import { FocalPointsPage } from './FocalPointsPage';

function focal(country: string, authority: string, fullName: string, contactHours = '') {
  return {
    id: nextId(),
    country,
    authority,
    contactHours,
    member: { id: nextId(), fullName, position: 'Prosecutor', institution: null },
  };
}

const FOCAL_POINTS = [
  focal('SN', 'MLA_CENTRAL_AUTHORITY', 'Fatou Ndiaye', 'Lun–ven 8 h–16 h GMT'),
  focal('SN', 'TRACING_CONTACT_POINT', 'Moussa Sarr'),
  focal('AR', 'EXTRADITION_AUTHORITY', 'Martín Gómez', '9–17 ART'),
];

function renderFocalPoints(path = '/focal-points') {
  const network = graphqlNetwork({
    Viewer: viewerAnswer(),
    NationalFocalPoints: { data: { focalPoints: FOCAL_POINTS } },
  });
  return renderRoutes([{ path: 'focal-points', element: <FocalPointsPage /> }], path, { fetch: network });
}

describe('national focal points', () => {
  it('groups the focal points by country, each with the member, authority and contact hours', async () => {
    renderFocalPoints();

    const senegal = await screen.findByRole('region', { name: 'Senegal' });
    const argentina = screen.getByRole('region', { name: 'Argentina' });
    // Countries in alphabetical order of their names.
    expect(argentina.compareDocumentPosition(senegal) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(senegal).getByRole('link', { name: 'Fatou Ndiaye' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/members\//),
    );
    expect(within(senegal).getByText('Central authority for mutual legal assistance')).toBeInTheDocument();
    expect(within(senegal).getByText('Lun–ven 8 h–16 h GMT')).toBeInTheDocument();
    expect(within(senegal).getByText('Not given')).toBeInTheDocument();
    expect(within(argentina).getByText('Extradition authority')).toBeInTheDocument();
  });

  it('filters by country, keeping the choice in the address', async () => {
    const { user, router } = renderFocalPoints();
    await screen.findByRole('region', { name: 'Senegal' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Argentina');

    expect(router.state.location.search).toBe('?country=AR');
    expect(screen.getByRole('region', { name: 'Argentina' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Senegal' })).not.toBeInTheDocument();
  });

  it('says when a country has no focal point', async () => {
    renderFocalPoints('/focal-points?country=TD');

    expect(await screen.findByRole('heading', { name: 'No focal point listed' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('TD');
  });
});
