import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';

async function fillIn(user: ReturnType<typeof renderApp>['user'], email = 'kofi.mensah@police.example') {
  await user.click(await screen.findByRole('textbox', { name: 'Full name' }));
  await user.paste('Kofi Mensah');
  await user.click(screen.getByRole('textbox', { name: 'Work e-mail' }));
  await user.paste(email);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Ghana');
  await user.click(screen.getByRole('textbox', { name: 'Institution' }));
  await user.paste('Ghana Police Service');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Practitioner type' }), 'Investigator');
  await user.click(screen.getByRole('textbox', { name: 'Position' }));
  await user.paste('Detective inspector');
  const languages = screen.getByRole('group', { name: 'Working languages' });
  await user.click(within(languages).getByRole('checkbox', { name: 'English' }));
  await user.click(within(languages).getByRole('checkbox', { name: 'French' }));
  const expertise = screen.getByRole('group', { name: 'Areas of expertise' });
  await user.click(within(expertise).getAllByRole('checkbox')[0]!);
  await user.click(screen.getByRole('textbox', { name: 'Why do you want to join?' }));
  await user.paste('I investigate firearms smuggled through the port of Tema.');
}

describe('apply page', () => {
  it('sends the application in the interface language and says to check the e-mail', async () => {
    const network = graphqlNetwork({ Viewer: viewerAnswer(null), Apply: { data: { apply: true } } });
    const { user } = renderApp('/apply', { fetch: network });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Send application' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeInTheDocument();
    expect(screen.getByText(/We have sent a message to kofi.mensah@police.example/)).toBeInTheDocument();
    expect(requestsOf(network, 'Apply')).toEqual([
      {
        input: {
          fullName: 'Kofi Mensah',
          email: 'kofi.mensah@police.example',
          country: 'GH',
          institution: 'Ghana Police Service',
          practitionerType: 'INVESTIGATOR',
          position: 'Detective inspector',
          languages: ['en', 'fr'],
          expertise: ['illicit-manufacturing'],
          motivation: 'I investigate firearms smuggled through the port of Tema.',
          voucherEmail: null,
          locale: 'en',
        },
      },
    ]);
  });

  it('shows the api’s field errors next to their fields, translated, and focuses the first', async () => {
    const { user } = renderApp('/apply', {
      fetch: graphqlNetwork({
        Viewer: viewerAnswer(null),
        Apply: errorAnswer('BAD_USER_INPUT', 'Some fields need attention.', {
          fields: [
            { field: 'email', code: 'isEmail', message: 'Enter a valid e-mail address.' },
            { field: 'input.voucherEmail', code: 'isEmail', message: 'Enter a valid e-mail address.' },
            { field: 'motivation', code: 'somethingNew', message: 'Say a little more.' },
          ],
        }),
      }),
    });

    await fillIn(user, 'kofi@police');
    await user.type(screen.getByRole('textbox', { name: /vouches for you/ }), 'nobody@');
    await user.click(screen.getByRole('button', { name: 'Send application' }));

    const email = screen.getByRole('textbox', { name: 'Work e-mail' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Some fields need attention: see the messages next to them.',
    );
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      'Your institution’s address: moderators check it. Error: Enter a valid e-mail address, like name@agency.gov.',
    );
    expect(screen.getByRole('textbox', { name: /vouches for you/ })).toHaveAccessibleDescription(
      /Error: Enter a valid e-mail address, like name@agency.gov./,
    );
    // A code the web does not know shows the server's message.
    expect(screen.getByRole('textbox', { name: 'Why do you want to join?' })).toHaveAccessibleDescription(
      /Error: Say a little more.$/,
    );
    expect(email).toHaveFocus();
  });

  it('checks the required fields before sending anything', async () => {
    const network = graphqlNetwork({ Viewer: viewerAnswer(null) });
    const { user } = renderApp('/apply', { fetch: network });

    await user.click(await screen.findByRole('button', { name: 'Send application' }));

    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Working languages' })).toHaveAccessibleDescription(
      /Error: Choose at least one./,
    );
    expect(screen.getByRole('textbox', { name: 'Why do you want to join?' })).toHaveAccessibleDescription(
      /Error: Write at least 20 characters./,
    );
    expect(requestsOf(network, 'Apply')).toEqual([]);
  });

  it('names countries in the reader’s language, sorted as that language sorts', async () => {
    renderApp('/apply', { language: 'fr', fetch: graphqlNetwork({ Viewer: viewerAnswer(null) }) });

    const country = await screen.findByRole('combobox', { name: 'Pays' });
    const names = within(country)
      .getAllByRole('option')
      .map((option) => option.textContent ?? '');
    expect(names[0]).toBe('Choisissez un pays');
    expect(names).toContain('Allemagne');
    const sorted = [...names.slice(1)].sort(new Intl.Collator('fr').compare);
    expect(names.slice(1)).toEqual(sorted);
  });
});
