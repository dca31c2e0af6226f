import { screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/i18n';
import { renderWithProviders } from '../../../test/render';
import { ApiError, errorCode, fieldErrors, FormError } from './errors';

function graphqlError(code: string, extensions: Record<string, unknown> = {}, message = 'Server text') {
  return new CombinedError({
    graphQLErrors: [new GraphQLError(message, { extensions: { code, ...extensions } })],
  });
}

async function withAuth(language: 'en' | 'ru' = 'en') {
  const i18n = createI18n({ language });
  await i18n.loadNamespaces('auth');
  return i18n;
}

describe('reading api errors', () => {
  it('gives the code, NETWORK when the api was not reached, INTERNAL for an unknown one', () => {
    expect(errorCode(null)).toBeNull();
    expect(errorCode(graphqlError('RATE_LIMITED'))).toBe('RATE_LIMITED');
    expect(errorCode(graphqlError('SOMETHING_ELSE'))).toBe('INTERNAL');
    expect(errorCode(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe('NETWORK');
    expect(errorCode(ApiError.fromBody(413, null))).toBe('BAD_USER_INPUT');
    expect(errorCode(ApiError.fromBody(400, { code: 'BAD_REQUEST', message: 'x' }))).toBe('BAD_REQUEST');
  });

  it('translates field problems by their code, with their parameters, keyed by field', async () => {
    const i18n = await withAuth('ru');
    const error = graphqlError('BAD_USER_INPUT', {
      fields: [
        {
          field: 'input.password',
          code: 'passwordTooShort',
          message: 'Use at least 12 characters.',
          params: { min: 12 },
        },
        { field: 'password', code: 'passwordTooCommon', message: 'Too common.' },
        { field: 'bio', code: 'brandNewRule', message: 'The server’s own words.' },
      ],
    });

    expect(fieldErrors(error, i18n)).toEqual({
      password: 'Используйте не менее 12 символов.',
      bio: 'The server’s own words.',
    });
  });

  it('reads the field problems of the photo route too', async () => {
    const i18n = await withAuth();
    const error = ApiError.fromBody(400, {
      code: 'BAD_USER_INPUT',
      message: 'Some fields need attention.',
      fields: [{ field: 'photo', code: 'unsupportedImage', message: 'Use a JPEG, PNG or WebP image.' }],
    });

    expect(fieldErrors(error, i18n)).toEqual({ photo: 'Use a JPEG, PNG or WebP image.' });
  });
});

describe('FormError', () => {
  it('renders nothing without an error', () => {
    const { container } = renderWithProviders(<FormError error={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('gives the reference of an unexpected error', async () => {
    renderWithProviders(<FormError error={graphqlError('INTERNAL', { requestId: 'req-42' })} />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side. If it persists, report reference req-42.',
    );
  });

  it('says a conflict happened', async () => {
    renderWithProviders(<FormError error={graphqlError('CONFLICT')} />);

    expect(await screen.findByRole('alert')).toHaveTextContent(/something changed in the meantime/);
  });

  it('lists field problems of fields the form does not show', async () => {
    const error = graphqlError('BAD_USER_INPUT', {
      fields: [
        { field: 'email', code: 'isEmail', message: 'x' },
        { field: 'token', code: 'linkInvalid', message: 'x' },
      ],
    });
    renderWithProviders(<FormError error={error} shownFields={['email']} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some fields need attention');
    expect(alert).toHaveTextContent(
      'This link is not valid any more: it was used already or it has expired.',
    );
    expect(alert).not.toHaveTextContent('Enter a valid e-mail address');
  });

  it('says when the api could not be reached', async () => {
    renderWithProviders(<FormError error={new CombinedError({ networkError: new TypeError('Failed') })} />, {
      language: 'zh',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接门户。请检查网络连接后重试。');
  });
});
