import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answering, healthAnswer } from '../../test/graphql';
import { renderApp } from '../../test/render';

const AREAS = [
  { path: '/discussions', link: 'Discussions', heading: 'Discussions' },
  { path: '/messages', link: 'Messages', heading: 'Messages' },
  { path: '/case-law', link: 'Case law', heading: 'Case law' },
  { path: '/jit', link: 'JIT workspaces', heading: 'JIT workspaces' },
  { path: '/directory', link: 'Directory', heading: 'Member directory' },
  { path: '/admin', link: 'Admin', heading: 'Administration' },
];

function primaryNavigation() {
  return screen.getByRole('navigation', { name: 'Main navigation' });
}

describe('app shell', () => {
  it('shows the portal name and a navigation link to every area, the current one marked', async () => {
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to the CoP Portal' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CoP Portal, home page' })).toHaveAttribute('href', '/');
    const links = within(primaryNavigation()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Home', ...AREAS.map((area) => area.link)]);
    expect(within(primaryNavigation()).getByRole('link', { name: 'Home' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it.each(AREAS)('opens $path with its heading, purpose and an honest "not open yet"', async (area) => {
    renderApp(area.path);

    expect(await screen.findByRole('heading', { level: 1, name: area.heading })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Not open yet' })).toBeInTheDocument();
    expect(screen.getByText(/This area opens once members can sign in/)).toBeInTheDocument();
    expect(within(primaryNavigation()).getByRole('link', { name: area.link })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await waitFor(() => expect(document.title).toBe(`${area.heading} · CoP Portal`));
  });

  it('says what the case-law digest is for', async () => {
    renderApp('/case-law');

    expect(
      await screen.findByText(
        'Structured case records, commentary and good practices, reviewed by moderators before publication.',
      ),
    ).toBeInTheDocument();
  });

  it('moves to an area from the navigation and starts the reader at the new content', async () => {
    const { user } = renderApp('/', { fetch: answering(healthAnswer('OK')) });
    await screen.findByRole('heading', { level: 1, name: 'Welcome to the CoP Portal' });

    await user.click(within(primaryNavigation()).getByRole('link', { name: 'Case law' }));

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
    const { user } = renderApp('/discussions');
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
    const { user } = renderApp('/discussions');
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
