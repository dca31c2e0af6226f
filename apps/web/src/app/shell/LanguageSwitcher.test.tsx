import { screen, within } from '@testing-library/react';
import { LANGUAGES } from '@cop/contracts';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/i18n';
import { graphqlNetwork, viewerAnswer } from '../../test/graphql';
import { renderApp } from '../../test/render';

const member = () => ({ fetch: graphqlNetwork({ Viewer: viewerAnswer() }) });

describe('language switcher', () => {
  it('lists the six interface languages by their own names', async () => {
    renderApp('/discussions', member());
    const select = await screen.findByRole('combobox', { name: 'Language' });

    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(LANGUAGES.map((language) => language.nativeName));
    expect(select).toHaveValue('en');
  });

  it('switches the interface to Arabic, right to left, and remembers the choice', async () => {
    const { user } = renderApp('/discussions', member());
    await screen.findByRole('heading', { level: 1, name: 'Discussions' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'العربية');

    const nav = await screen.findByRole('navigation', { name: 'التنقل الرئيسي' });
    expect(within(nav).getByRole('link', { name: 'المناقشات' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'السوابق القضائية' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'المناقشات' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
  });

  it('goes back to left to right for French', async () => {
    const { user } = renderApp('/', { language: 'ar', ...member() });
    await screen.findByRole('navigation', { name: 'التنقل الرئيسي' });
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');

    await user.selectOptions(screen.getByRole('combobox', { name: 'اللغة' }), 'Français');

    expect(await screen.findByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
  });
});
