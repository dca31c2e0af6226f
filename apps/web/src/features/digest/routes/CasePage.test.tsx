import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { amina, CASE_ID, caseFactory, contentFactory, jean, termsAnswer } from '../test/factory';
import { CaseLawPage } from './CaseLawPage';

type Answers = Parameters<typeof graphqlNetwork>[0];

function renderDigest(path: string, answers: Answers = {}, viewer: Parameters<typeof viewerAnswer>[0] = {}) {
  const network = graphqlNetwork({ Viewer: viewerAnswer(viewer), DigestTerms: termsAnswer, ...answers });
  const view = renderRoutes([{ path: 'case-law/*', element: <CaseLawPage /> }], path, { fetch: network });
  return { ...view, network };
}

const PATH = `/case-law/cases/${CASE_ID}`;

describe('reading a case', () => {
  it('shows the text in the chosen language, with the translator and a note on fields left in the original', async () => {
    const record = caseFactory();
    const { network } = renderDigest(`${PATH}?lang=fr`, {
      DigestCase: (variables) => ({
        data: {
          digestCase: {
            ...record,
            localized: {
              ...record.localized,
              language: variables.language,
              title: 'Pistolets d’alarme convertis vendus par consignes à colis',
              summary: 'Un atelier convertissait des pistolets d’alarme.',
              fallbackFields: ['facts', 'reasoning', 'commentary', 'goodPractices', 'lessons'],
              translator: jean,
              translatedAt: '2026-10-05T08:00:00.000Z',
            },
          },
        },
      }),
    });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Pistolets d’alarme convertis vendus par consignes à colis',
      }),
    ).toBeInTheDocument();
    expect(requestsOf(network, 'DigestCase')).toEqual([{ id: CASE_ID, language: 'fr' }]);
    expect(screen.getByRole('combobox', { name: 'Reading language' })).toHaveValue('fr');
    expect(screen.getByText(/Translated by/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Jean Dupont' })).toBeInTheDocument();
    expect(screen.getAllByText('Shown in the original language (English).')).toHaveLength(5);
    const facts = screen.getByRole('region', { name: 'Facts' });
    expect(within(facts).getByText('Shown in the original language (English).')).toBeInTheDocument();
    expect(within(facts).getByText(/Customs intercepted a parcel/)).toHaveAttribute('lang', 'en');
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).queryByText(/original language/)).not.toBeInTheDocument();
  });

  it('asks again in another language when the reader picks it', async () => {
    const { user, network } = renderDigest(PATH, { DigestCase: { data: { digestCase: caseFactory() } } });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Reading language' }), 'es');
    await waitFor(() =>
      expect(requestsOf(network, 'DigestCase').at(-1)).toEqual({ id: CASE_ID, language: 'es' }),
    );
  });

  it('shows every structured field, sources as safe links, and export links for the record', async () => {
    renderDigest(PATH, { DigestCase: { data: { digestCase: caseFactory() } } });

    expect(await screen.findByText('Tribunal correctionnel de Lyon')).toBeInTheDocument();
    expect(await screen.findByText('Illicit trafficking')).toBeInTheDocument();
    expect(screen.getByText('Converted alarm weapons: 14')).toBeInTheDocument();
    expect(screen.getByText('Postal or express parcels')).toBeInTheDocument();
    expect(screen.getByText('Türkiye (Origin)')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Defendant A' })).toBeInTheDocument();
    const source = screen.getByRole('link', { name: 'TC Lyon, 14 May 2024' });
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    const exports = screen.getByRole('navigation', { name: 'Export this case' });
    expect(within(exports).getByRole('link', { name: 'RIS' })).toHaveAttribute(
      'href',
      `/api/digest/cases/${CASE_ID}/export?format=ris`,
    );
  });

  it('renders text as text: a script or markup in a record shows literally', async () => {
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const content = contentFactory({ title: payload, summary: payload, court: payload });
    renderDigest(PATH, { DigestCase: { data: { digestCase: caseFactory({ content }) } } });

    expect(await screen.findByRole('heading', { level: 1, name: payload })).toBeInTheDocument();
    expect(screen.getAllByText(payload).length).toBeGreaterThanOrEqual(3);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('main script, body script')).toBeNull();
  });

  it('hides the moderators’ and authors’ actions from a member reading a published case', async () => {
    renderDigest(PATH, { DigestCase: { data: { digestCase: caseFactory() } } });

    await screen.findByRole('heading', { level: 1 });
    for (const name of [
      'Publish',
      'Return to the author',
      'Archive',
      'Restore',
      'Edit',
      'Submit for review',
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'History' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Discuss this case' })).toBeInTheDocument();
  });

  it('tells that an archived record is out of search, and lets its link work', async () => {
    renderDigest(PATH, {
      DigestCase: { data: { digestCase: caseFactory({ archived: true, status: 'ARCHIVED' }) } },
    });

    expect(await screen.findByText(/This record is archived/)).toBeInTheDocument();
  });

  it('answers a record one may not see with the not-found page', async () => {
    renderDigest(PATH, { DigestCase: errorAnswer('NOT_FOUND', 'No such case.') });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows its author the status, the moderator’s comment, edit and submit', async () => {
    const { user, network } = renderDigest(PATH, {
      DigestCase: {
        data: {
          digestCase: caseFactory({
            status: 'DRAFT',
            author: amina,
            canEdit: true,
            canSubmit: true,
            publishedRevision: null,
            reviewComment: 'Add the sentence of defendant B.',
          }),
        },
      },
      SubmitDigestCase: { data: { submitDigestCase: caseFactory({ status: 'IN_REVIEW', author: amina }) } },
    });

    expect(await screen.findByText('Add the sentence of defendant B.')).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `${PATH}/edit`);
    expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute('href', `${PATH}/history`);
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    await waitFor(() => expect(requestsOf(network, 'SubmitDigestCase')).toEqual([{ id: CASE_ID }]));
  });

  it('lets a moderator return a record only with a comment', async () => {
    const { user, network } = renderDigest(
      PATH,
      {
        DigestCase: {
          data: { digestCase: caseFactory({ status: 'IN_REVIEW', canEdit: true, canModerate: true }) },
        },
        ReturnDigestCase: { data: { returnDigestCase: caseFactory({ status: 'DRAFT', canModerate: true }) } },
      },
      { role: 'MODERATOR' },
    );

    expect(await screen.findByRole('button', { name: 'Publish' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Return to the author' }));
    const dialog = await screen.findByRole('dialog', { name: 'Return to the author' });
    const comment = within(dialog).getByRole('textbox', { name: 'Comment to the author' });
    expect(comment).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Return with this comment' }));
    expect(await within(dialog).findByText('Fill in this field.')).toBeInTheDocument();
    expect(requestsOf(network, 'ReturnDigestCase')).toEqual([]);

    await user.type(comment, 'Name the court that heard the appeal.');
    await user.click(within(dialog).getByRole('button', { name: 'Return with this comment' }));
    await waitFor(() =>
      expect(requestsOf(network, 'ReturnDigestCase')).toEqual([
        { id: CASE_ID, comment: 'Name the court that heard the appeal.' },
      ]),
    );
  });

  it('lets a moderator publish and archive with a reason', async () => {
    const { user, network } = renderDigest(
      PATH,
      {
        DigestCase: {
          data: { digestCase: caseFactory({ status: 'PUBLISHED', canEdit: true, canModerate: true }) },
        },
        ArchiveDigestCase: {
          data: { archiveDigestCase: caseFactory({ status: 'ARCHIVED', archived: true }) },
        },
      },
      { role: 'MODERATOR' },
    );

    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive this record' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Duplicate of another record.');
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));
    await waitFor(() =>
      expect(requestsOf(network, 'ArchiveDigestCase')).toEqual([
        { id: CASE_ID, reason: 'Duplicate of another record.' },
      ]),
    );
  });
});
