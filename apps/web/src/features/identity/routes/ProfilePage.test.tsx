import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';

const PROFILE = {
  id: '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01',
  email: 'amina.diallo@justice.example',
  fullName: 'Amina Diallo',
  country: 'SN',
  institution: 'Parquet de Dakar',
  practitionerType: 'PROSECUTOR',
  position: 'Substitute prosecutor',
  languages: ['fr', 'en'],
  expertise: ['trafficking-routes', 'west-african-ports'],
  bio: 'Twelve years of firearms cases.',
  locale: 'fr',
  photoUrl: null,
  status: 'ACTIVE',
};

function profileApi(extra: Record<string, unknown> = {}) {
  return graphqlNetwork({
    Viewer: viewerAnswer(),
    MyProfile: { data: { myProfile: PROFILE } },
    UpdateMyProfile: (variables) => ({
      data: { updateMyProfile: { ...PROFILE, ...(variables.input as object) } },
    }),
    ...extra,
  });
}

describe('profile page', () => {
  it('shows the profile in the form and saves changes, the header following the new name', async () => {
    const network = profileApi();
    const { user } = renderApp('/profile', { fetch: network });

    const name = await screen.findByRole('textbox', { name: 'Full name' });
    expect(name).toHaveValue('Amina Diallo');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('SN');
    expect(screen.getByRole('combobox', { name: 'Language of e-mails' })).toHaveValue('fr');
    const expertise = screen.getByRole('group', { name: 'Areas of expertise' });
    // Free-text expertise stays, as written.
    expect(within(expertise).getByRole('checkbox', { name: 'west-african-ports' })).toBeChecked();

    await user.clear(name);
    await user.click(name);
    await user.paste('Amina N. Diallo');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Your profile is saved.')).toBeInTheDocument();
    expect(requestsOf(network, 'UpdateMyProfile')).toEqual([
      {
        input: {
          fullName: 'Amina N. Diallo',
          country: 'SN',
          institution: 'Parquet de Dakar',
          practitionerType: 'PROSECUTOR',
          position: 'Substitute prosecutor',
          languages: ['fr', 'en'],
          expertise: ['trafficking-routes', 'west-african-ports'],
          bio: 'Twelve years of firearms cases.',
          locale: 'fr',
        },
      },
    ]);
    expect(screen.getByRole('button', { name: /Amina N. Diallo/ })).toBeInTheDocument();
  });

  it('shows field errors from the api next to the fields', async () => {
    const { user } = renderApp('/profile', {
      fetch: profileApi({
        UpdateMyProfile: errorAnswer('BAD_USER_INPUT', 'Some fields need attention.', {
          fields: [{ field: 'bio', code: 'maxLength', message: 'Too long.' }],
        }),
      }),
    });

    await user.click(await screen.findByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('textbox', { name: 'Introduction' })).toHaveAccessibleDescription(
      /Error: This is too long.$/,
    );
  });

  it('refuses a photo over 5 MB before sending it', async () => {
    const upload = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', upload);
    const { user } = renderApp('/profile', { fetch: profileApi() });

    const input = await screen.findByLabelText('Choose a photo');
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' });
    await user.upload(input, big);
    await user.click(screen.getByRole('button', { name: 'Upload photo' }));

    expect(input).toHaveAccessibleDescription(/Error: The photo is larger than 5 MB.$/);
    expect(upload).not.toHaveBeenCalled();
  });

  it('uploads a photo with the CSRF header and shows it', async () => {
    const upload = vi.fn<typeof fetch>(async () =>
      Response.json({ photoUrl: '/api/members/7d0f/photo?v=abc' }, { status: 200 }),
    );
    vi.stubGlobal('fetch', upload);
    const { user } = renderApp('/profile', { fetch: profileApi() });

    expect(await screen.findByText('No photo yet.')).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('Choose a photo'),
      new File(['png'], 'me.png', { type: 'image/png' }),
    );
    await user.click(screen.getByRole('button', { name: 'Upload photo' }));

    expect(await screen.findByRole('img', { name: 'Your profile photo' })).toHaveAttribute(
      'src',
      '/api/members/7d0f/photo?v=abc',
    );
    const [url, init] = upload.mock.calls[0] ?? [];
    expect(url).toBe('/api/profile-photo');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('X-CSRF')).toBe('1');
    expect((init?.body as FormData).get('photo')).toBeInstanceOf(File);
  });

  it('shows what the photo route refused', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () =>
        Response.json(
          {
            code: 'BAD_USER_INPUT',
            message: 'Some fields need attention.',
            fields: [{ field: 'photo', code: 'notAnImage', message: 'This file is not an image.' }],
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderApp('/profile', { fetch: profileApi() });

    const input = await screen.findByLabelText('Choose a photo');
    await user.upload(input, new File(['%PDF'], 'cv.png', { type: 'image/png' }));
    await user.click(screen.getByRole('button', { name: 'Upload photo' }));

    expect(await screen.findByText('This file is not an image.')).toBeInTheDocument();
  });
});
