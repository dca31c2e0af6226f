import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { focalPointFactory, memberFactory } from '../../../test/identity.factory';
import { renderRoutes } from '../../../test/renderRoutes';
import { MemberPage } from './MemberPage';

function renderMember(member: unknown, id = 'any') {
  const network = graphqlNetwork({
    Viewer: viewerAnswer(),
    MemberProfile: member instanceof Error ? errorAnswer('NOT_FOUND', 'Not found') : { data: { member } },
  });
  const view = renderRoutes([{ path: 'members/:id', element: <MemberPage /> }], `/members/${id}`, {
    fetch: network,
  });
  return { ...view, network };
}

describe('member page', () => {
  it('shows the member’s profile, focal-point roles and role', async () => {
    const member = memberFactory({
      fullName: 'Dilnoza Karimova',
      role: 'ADMIN',
      position: 'Senior investigator',
      institution: 'Ministry of Internal Affairs',
      country: 'UZ',
      practitionerType: 'INVESTIGATOR',
      languages: ['uz', 'ru', 'en'],
      expertise: ['darknet-and-online', 'Cryptocurrency tracing'],
      focalPoints: [
        focalPointFactory({ country: 'UZ', authority: 'TRACING_CONTACT_POINT', contactHours: '09:00–18:00' }),
      ],
    });
    const { network } = renderMember(member, member.id);

    expect(await screen.findByRole('heading', { level: 1, name: 'Dilnoza Karimova' })).toBeInTheDocument();
    expect(requestsOf(network, 'MemberProfile')).toEqual([{ id: member.id }]);
    expect(screen.getByText('Senior investigator · Ministry of Internal Affairs')).toBeInTheDocument();
    expect(screen.getByText('Administrator')).toBeInTheDocument();
    expect(screen.getByText('Uzbekistan')).toBeInTheDocument();
    expect(screen.getByText('Investigator')).toBeInTheDocument();
    expect(screen.getByText('Uzbek, Russian, and English')).toBeInTheDocument();
    expect(screen.getByText('Darknet and online sales')).toBeInTheDocument();
    // Free-text expertise is shown as written.
    expect(screen.getByText('Cryptocurrency tracing')).toBeInTheDocument();
    const focal = screen.getByRole('region', { name: 'National focal point for' });
    expect(within(focal).getByText('Tracing contact point')).toBeInTheDocument();
    expect(within(focal).getByText(/Contact hours: 09:00–18:00/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the directory' })).toHaveAttribute('href', '/directory');
    // The title is set by an effect after the page renders: wait for it, as the shell test does.
    await waitFor(() => expect(document.title).toBe('Dilnoza Karimova · CoP Portal'));
  });

  it('shows the bio as plain text with its line breaks, never as HTML', async () => {
    const bio = 'First line.\n<img src="x" onerror="alert(1)"><b>Not bold</b>\n<script>alert(2)</script>';
    renderMember(memberFactory({ fullName: 'Jean Dupont', bio }));

    const about = await screen.findByRole('region', { name: 'About' });
    const paragraph = within(about).getByText(/First line\./);
    expect(paragraph.textContent).toBe(bio);
    expect(paragraph).toHaveClass('member-page__bio');
    expect(paragraph.children).toHaveLength(0);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(about.querySelector('script')).toBeNull();
  });

  it('answers a member that is not there (or not visible) with the not-found page', async () => {
    renderMember(new Error('NOT_FOUND'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the directory' })).toBeInTheDocument();
  });

  it('says so when the page could not be loaded', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer(),
      MemberProfile: errorAnswer('INTERNAL', 'Unexpected error'),
    });
    renderRoutes([{ path: 'members/:id', element: <MemberPage /> }], '/members/x', { fetch: network });

    expect(await screen.findByRole('alert')).toHaveTextContent('This page could not be loaded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
