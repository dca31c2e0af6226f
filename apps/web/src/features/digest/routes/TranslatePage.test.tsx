import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { CASE_ID, contentFactory, jean, termsAnswer } from '../test/factory';
import { CaseLawPage } from './CaseLawPage';

function record() {
  return {
    id: CASE_ID,
    canEdit: true,
    canModerate: false,
    content: contentFactory(),
    translations: [
      {
        language: 'fr',
        translatedAt: '2026-10-05T08:00:00.000Z',
        translator: jean,
        fields: {
          title: 'Pistolets d’alarme convertis',
          summary: null,
          facts: null,
          reasoning: null,
          commentary: null,
          goodPractices: null,
          lessons: null,
        },
      },
    ],
  };
}

describe('translating a case', () => {
  it('edits the text fields beside the original and saves them for the chosen language', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer({}),
      DigestTerms: termsAnswer,
      DigestCaseTranslations: { data: { digestCase: record() } },
      SaveDigestTranslation: { data: { saveDigestTranslation: { id: CASE_ID, translations: [] } } },
    });
    const { user } = renderRoutes(
      [{ path: 'case-law/*', element: <CaseLawPage /> }],
      `/case-law/cases/${CASE_ID}/translate`,
      {
        fetch: network,
        language: 'fr',
      },
    );

    const language = await screen.findByRole('combobox', { name: 'Traduire en' });
    expect(language).toHaveValue('fr');
    expect(screen.queryByRole('option', { name: 'anglais' })).not.toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: 'Titre en français' });
    expect(title).toHaveValue('Pistolets d’alarme convertis');
    expect(
      screen.getByText('A workshop converted alarm pistols and shipped them in parcels.'),
    ).toHaveAttribute('lang', 'en');

    await user.click(screen.getByRole('textbox', { name: 'Résumé en français' }));
    await user.paste('Un atelier convertissait des pistolets d’alarme.');
    await user.click(screen.getByRole('textbox', { name: 'Bonnes pratiques en français' }));
    await user.paste('Tester tôt les armes saisies.\n\nSuivre les colis.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la traduction' }));

    await waitFor(() =>
      expect(requestsOf(network, 'SaveDigestTranslation')).toEqual([
        {
          id: CASE_ID,
          language: 'fr',
          fields: {
            title: 'Pistolets d’alarme convertis',
            summary: 'Un atelier convertissait des pistolets d’alarme.',
            facts: null,
            reasoning: null,
            commentary: null,
            goodPractices: ['Tester tôt les armes saisies.', 'Suivre les colis.'],
            lessons: [],
          },
        },
      ]),
    );
  });
});
