import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, healthAnswer, viewerAnswer, type FakeViewer } from '../../test/graphql';
import { renderApp } from '../../test/render';

/** The member areas of the navigation. */
const AREAS = [
  { path: '/discussions', link: 'Discussions', heading: 'Discussions' },
  { path: '/messages', link: 'Messages', heading: 'Messages' },
  { path: '/case-law', link: 'Case law', heading: 'Case law' },
  { path: '/jit', link: 'JIT workspaces', heading: 'JIT workspaces' },
];
const ALL_LINKS = ['Home', ...AREAS.map((area) => area.link), 'Directory'];

/** The api for a signed-in member (an administrator unless said otherwise). */
function signedIn(viewer: Partial<FakeViewer> = { role: 'ADMIN', mfaEnabled: true, mfaRequired: true }) {
  return { fetch: graphqlNetwork({ Viewer: viewerAnswer(viewer), Health: healthAnswer('OK') }) };
}

function primaryNavigation() {
  return screen.getByRole('navigation', { name: 'Main navigation' });
}

describe('app shell', () => {
  it('shows the portal name and, to an administrator, a navigation link to every area, the current one marked', async () => {
    renderApp('/', signedIn());

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to the CoP Portal' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CoP Portal, home page' })).toHaveAttribute('href', '/');
    await within(primaryNavigation()).findByRole('link', { name: 'Admin' });
    const links = within(primaryNavigation()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([...ALL_LINKS, 'Admin']);
    expect(within(primaryNavigation()).getByRole('link', { name: 'Home' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('offers a visitor the home page, signing in and applying — no member areas', async () => {
    renderApp('/', { fetch: graphqlNetwork({ Viewer: viewerAnswer(null), Health: healthAnswer('OK') }) });

    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('link', { name: 'Apply' })).toHaveAttribute('href', '/apply');
    const links = within(primaryNavigation()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Home']);
  });

  it('shows a member the member areas but not Admin', async () => {
    renderApp('/', signedIn({ role: 'MEMBER' }));

    await within(primaryNavigation()).findByRole('link', { name: 'Directory' });
    const links = within(primaryNavigation()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(ALL_LINKS);
  });

  it('opens the case-law digest with its heading and search, its link marked current', async () => {
    renderApp('/case-law', signedIn());

    expect(await screen.findByRole('heading', { level: 1, name: 'Case law' })).toBeInTheDocument();
    expect(await screen.findByRole('search', { name: 'Search the case law' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Not open yet' })).not.toBeInTheDocument();
    expect(within(primaryNavigation()).getByRole('link', { name: 'Case law' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await waitFor(() => expect(document.title).toBe('Case law · CoP Portal'));
  });

  it('says what the case-law digest is for', async () => {
    renderApp('/case-law', signedIn());

    expect(
      await screen.findByText(
        'Structured case records, commentary and good practices, reviewed by moderators before publication.',
      ),
    ).toBeInTheDocument();
  });

  it('moves to an area from the navigation and starts the reader at the new content', async () => {
    const { user } = renderApp('/', signedIn());
    await screen.findByRole('heading', { level: 1, name: 'Welcome to the CoP Portal' });

    await user.click(await within(primaryNavigation()).findByRole('link', { name: 'Case law' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Case law' })).toBeInTheDocument();
    expect(within(primaryNavigation()).getByRole('link', { name: 'Case law' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(primaryNavigation()).getByRole('link', { name: 'Home' })).not.toHaveAttribute(
      'aria-current',
    );
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('offers a skip link, first in the tab order, that moves focus to the main content', async () => {
    const { user } = renderApp('/discussions', signedIn());
    await screen.findByRole('heading', { level: 1, name: 'Discussions' });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('answers an unknown address with a page that leads back home', async () => {
    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('folds the navigation behind a menu button that Escape closes, returning focus to it', async () => {
    const { user } = renderApp('/discussions', signedIn());
    await screen.findByRole('heading', { level: 1, name: 'Discussions' });
    const menu = within(primaryNavigation()).getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(menu.getAttribute('aria-controls') ?? '')).toContainElement(
      within(primaryNavigation()).getByRole('link', { name: 'Messages' }),
    );

    menu.focus();
    await user.keyboard('{Enter}');
    expect(menu).toHaveAttribute('aria-expanded', 'true');

    await user.tab();
    expect(within(primaryNavigation()).getByRole('link', { name: 'Home' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    await user.click(menu);
    await user.click(within(primaryNavigation()).getByRole('link', { name: 'Messages' }));
    await screen.findByRole('heading', { level: 1, name: 'Messages' });
    await waitFor(() => expect(menu).toHaveAttribute('aria-expanded', 'false'));
  });
});
