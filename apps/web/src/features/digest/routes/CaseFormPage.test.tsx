import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { amina, CASE_ID, caseFactory, termsAnswer } from '../test/factory';
import { CaseLawPage } from './CaseLawPage';

type Answers = Parameters<typeof graphqlNetwork>[0];

function renderDigest(path: string, answers: Answers = {}, viewer: Parameters<typeof viewerAnswer>[0] = {}) {
  const network = graphqlNetwork({ Viewer: viewerAnswer(viewer), DigestTerms: termsAnswer, ...answers });
  const view = renderRoutes([{ path: 'case-law/*', element: <CaseLawPage /> }], path, { fetch: network });
  return { ...view, network };
}

type User = ReturnType<typeof renderDigest>['user'];

/** Types a value the quick way (a paste), as the form is long. */
async function fill(user: User, field: HTMLElement, value: string) {
  await user.click(field);
  await user.paste(value);
}

async function fillRequired(user: User) {
  await fill(user, screen.getByRole('textbox', { name: 'Title' }), 'Converted pistols in parcel lockers');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'FR');
  await fill(user, screen.getByRole('textbox', { name: 'Court' }), 'Tribunal correctionnel de Lyon');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Court level' }), 'FIRST_INSTANCE');
  await user.type(screen.getByLabelText('Decision date'), '2024-05-14');
  await fill(user, screen.getByRole('textbox', { name: 'Summary' }), 'A workshop converted alarm pistols.');
  await fill(user, screen.getByRole('textbox', { name: 'Facts' }), 'Customs intercepted a parcel.');
  await fill(
    user,
    screen.getByRole('textbox', { name: 'Legal reasoning' }),
    'Converted pistols are firearms.',
  );
  await user.click(screen.getByRole('checkbox', { name: 'Illicit trafficking' }));
  const protocol = screen.getByRole('group', { name: 'Firearms Protocol articles' });
  await user.click(within(protocol).getByRole('checkbox', { name: 'Article 5' }));
  await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'CONVICTION');
}

describe('proposing a case', () => {
  it('checks the fields before sending, and lands on the first one to fix', async () => {
    const { user, network } = renderDigest('/case-law/new');

    await user.click(await screen.findByRole('button', { name: 'Submit for review' }));

    expect(await screen.findByText(/Correct the \d+ fields marked below/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      'Error: Fill in this field.',
    );
    expect(screen.getByRole('combobox', { name: 'Court level' })).toBeInvalid();
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toBeInvalid();
    expect(requestsOf(network, 'CreateDigestCase')).toEqual([]);

    await user.type(screen.getByLabelText('Decision date'), '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Add a source' }));
    await user.type(screen.getByRole('textbox', { name: 'Web address 1' }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add a defendant' }));
    await user.type(screen.getByRole('textbox', { name: 'Imprisonment (months) (defendant 1)' }), '2000');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('The decision date cannot be in the future.')).toBeInTheDocument();
    expect(screen.getByText('Enter a web address starting with http:// or https://.')).toBeInTheDocument();
    expect(screen.getByText('Enter a whole number of months, from 0 to 1200.')).toBeInTheDocument();
    expect(requestsOf(network, 'CreateDigestCase')).toEqual([]);
  }, 20_000);

  it('creates the draft and submits it for review, then opens the record', async () => {
    const created = caseFactory({ status: 'DRAFT', author: amina, canEdit: true, canSubmit: true });
    const { user, network, router } = renderDigest('/case-law/new', {
      CreateDigestCase: { data: { createDigestCase: created } },
      SubmitDigestCase: { data: { submitDigestCase: { ...created, status: 'IN_REVIEW' } } },
      DigestCase: { data: { digestCase: { ...created, status: 'IN_REVIEW' } } },
    });
    await screen.findByRole('textbox', { name: 'Title' });
    await screen.findByRole('checkbox', { name: 'Illicit trafficking' });

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));

    await waitFor(() => expect(requestsOf(network, 'CreateDigestCase')).toHaveLength(1));
    const [request] = requestsOf(network, 'CreateDigestCase') as [{ input: Record<string, unknown> }];
    expect(request.input).toMatchObject({
      title: 'Converted pistols in parcel lockers',
      country: 'FR',
      court: 'Tribunal correctionnel de Lyon',
      courtLevel: 'FIRST_INSTANCE',
      decisionDate: '2024-05-14',
      offences: ['illicit-trafficking'],
      protocolArticles: [5],
      outcome: 'CONVICTION',
      jurisdiction: null,
      caseNumber: null,
      contentLanguage: 'en',
      defendants: [],
    });
    await waitFor(() => expect(requestsOf(network, 'SubmitDigestCase')).toEqual([{ id: CASE_ID }]));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/case-law/cases/${CASE_ID}`));
  }, 30_000);

  it('shows the server’s field errors next to their fields, keeping what was typed', async () => {
    const { user } = renderDigest('/case-law/new', {
      CreateDigestCase: errorAnswer('BAD_USER_INPUT', 'Invalid input', {
        fields: [
          {
            field: 'input.court',
            code: 'courtUnknown',
            message: 'Name the court as it signs its decisions.',
          },
          { field: 'input.offences.0', code: 'unknownTerm', message: 'Choose offences from the list.' },
        ],
      }),
    });
    await screen.findByRole('checkbox', { name: 'Illicit trafficking' });

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText('Name the court as it signs its decisions.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Court' })).toHaveValue('Tribunal correctionnel de Lyon');
    expect(screen.getByRole('textbox', { name: 'Court' })).toBeInvalid();
    expect(screen.getByText('Choose offences from the list.')).toBeInTheDocument();
    expect(screen.getByText('Correct the 2 fields marked below.')).toBeInTheDocument();
  }, 30_000);
});

describe('editing a case', () => {
  it('sends the revision it started from, and says so when someone saved in between', async () => {
    const record = caseFactory({
      status: 'DRAFT',
      author: amina,
      canEdit: true,
      canSubmit: true,
      revision: 3,
    });
    const { user, network } = renderDigest(`/case-law/cases/${CASE_ID}/edit`, {
      DigestCaseEdit: { data: { digestCase: record } },
      UpdateDigestCase: errorAnswer('CONFLICT', 'Someone else saved this record since you opened it.'),
    });

    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Converted alarm pistols sold through parcel lockers');
    await user.clear(title);
    await user.type(title, 'Converted alarm pistols');
    await user.type(screen.getByRole('textbox', { name: 'What changed' }), 'Shorter title');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/This record changed since you opened it/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reload the record' })).toBeInTheDocument();
    const [request] = requestsOf(network, 'UpdateDigestCase') as [Record<string, unknown>];
    expect(request).toMatchObject({ id: CASE_ID, expectedRevision: 3, note: 'Shorter title' });
    expect((request.input as { title: string }).title).toBe('Converted alarm pistols');
    expect(title).toHaveValue('Converted alarm pistols');
  }, 20_000);
});
