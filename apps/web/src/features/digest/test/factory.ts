import type {
  DigestCaseQuery,
  DigestContentFieldsFragment,
  DigestSearchQuery,
  DigestTermFieldsFragment,
} from '../../../graphql/generated/graphql';

/** Test data for the case-law digest, shaped like the api's answers: synthetic cases and people. */

/** The signed-in member of test/graphql's fakeViewer. */
export const amina = { id: '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01', fullName: 'Amina Diallo' };
export const jean = { id: '55555555-5555-4555-8555-555555555555', fullName: 'Jean Dupont' };

export const CASE_ID = 'd0000000-0000-4000-8000-0000000000d1';

export function contentFactory(
  overrides: Partial<DigestContentFieldsFragment> = {},
): DigestContentFieldsFragment {
  return {
    title: 'Converted alarm pistols sold through parcel lockers',
    country: 'FR',
    jurisdiction: 'Lyon',
    court: 'Tribunal correctionnel de Lyon',
    courtLevel: 'FIRST_INSTANCE',
    caseNumber: 'TC-LY-2024-118',
    decisionDate: '2024-05-14',
    proceduralStage: 'FIRST_INSTANCE',
    relatedCaseIds: [],
    legalSystem: 'CIVIL_LAW',
    decisionLanguage: 'fr',
    contentLanguage: 'en',
    offences: ['illicit-trafficking'],
    protocolArticles: [5, 8],
    conventionArticles: [5],
    weapons: [{ type: 'converted-alarm', quantity: 14 }],
    modusOperandi: ['postal-parcels'],
    route: [
      { country: 'TR', role: 'ORIGIN' },
      { country: 'BG', role: 'TRANSIT' },
      { country: 'FR', role: 'DESTINATION' },
    ],
    defendants: [
      {
        label: 'Defendant A',
        role: 'Organiser',
        charges: ['Illicit trafficking', 'Conversion'],
        verdict: 'Guilty',
        sentenceMonths: 48,
        fine: 'EUR 20,000',
        confiscation: 'Workshop tools',
      },
    ],
    outcome: 'CONVICTION',
    summary: 'A workshop converted alarm pistols and shipped them in parcels.',
    facts: 'Customs intercepted a parcel.\nThe trail led to a garage workshop.',
    reasoning: 'The court held the converted pistols to be firearms.',
    commentary: 'A clear application of the definition of firearms.',
    goodPractices: ['Test-fire seized alarm weapons early.'],
    lessons: ['Parcel lockers hide the recipient.'],
    keywords: ['conversion', 'parcels'],
    sources: [{ url: 'https://example.org/judgment', citation: 'TC Lyon, 14 May 2024' }],
    ...overrides,
  };
}

type Case = DigestCaseQuery['digestCase'];

export function caseFactory(overrides: Partial<Case> = {}): Case {
  const content = overrides.content ?? contentFactory();
  return {
    id: CASE_ID,
    status: 'PUBLISHED',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-02T09:00:00.000Z',
    submittedAt: '2026-10-01T10:00:00.000Z',
    publishedAt: '2026-10-02T09:00:00.000Z',
    archivedAt: null,
    revision: 2,
    publishedRevision: 2,
    archived: false,
    reviewComment: null,
    threadId: null,
    canEdit: false,
    canSubmit: false,
    canModerate: false,
    author: jean,
    content,
    localized: {
      language: 'en',
      originalLanguage: 'en',
      title: content.title,
      summary: content.summary,
      facts: content.facts,
      reasoning: content.reasoning,
      commentary: content.commentary,
      goodPractices: content.goodPractices,
      lessons: content.lessons,
      fallbackFields: [],
      translator: null,
      translatedAt: null,
    },
    attachments: [],
    related: [],
    ...overrides,
  };
}

export function termFactory(
  kind: 'OFFENCE' | 'WEAPON' | 'MODUS',
  code: string,
  en: string,
  fr: string,
  position = 1,
): DigestTermFieldsFragment {
  return {
    id: `term-${kind}-${code}`,
    kind,
    code,
    names: [
      { language: 'en', text: en },
      { language: 'fr', text: fr },
    ],
    position,
    archived: false,
  };
}

export const TERMS = [
  termFactory('OFFENCE', 'illicit-trafficking', 'Illicit trafficking', 'Trafic illicite', 1),
  termFactory('OFFENCE', 'illicit-manufacturing', 'Illicit manufacturing', 'Fabrication illicite', 2),
  termFactory('WEAPON', 'converted-alarm', 'Converted alarm weapons', 'Armes d’alarme converties', 1),
  termFactory('MODUS', 'postal-parcels', 'Postal or express parcels', 'Colis postaux ou express', 1),
];

export const termsAnswer = { data: { digestTerms: TERMS } };

type Search = DigestSearchQuery['digestSearch'];

export function searchFactory(overrides: Partial<Search> = {}): Search {
  const empty: Search['facets'] = {
    countries: [],
    regions: [],
    years: [],
    offences: [],
    protocolArticles: [],
    conventionArticles: [],
    weapons: [],
    modus: [],
    outcomes: [],
    courtLevels: [],
  };
  return {
    total: 1,
    hits: [
      {
        rank: 0.9,
        case: {
          id: CASE_ID,
          title: 'Converted alarm pistols sold through parcel lockers',
          country: 'FR',
          court: 'Tribunal correctionnel de Lyon',
          courtLevel: 'FIRST_INSTANCE',
          caseNumber: 'TC-LY-2024-118',
          decisionDate: '2024-05-14',
          outcome: 'CONVICTION',
          status: 'PUBLISHED',
          archived: false,
        },
        snippet: [
          { text: 'A workshop ', match: false },
          { text: 'converted', match: true },
          { text: ' alarm pistols.', match: false },
        ],
      },
    ],
    facets: {
      ...empty,
      countries: [
        { value: 'FR', count: 3 },
        { value: 'DE', count: 2 },
      ],
      protocolArticles: [
        { value: '5', count: 4 },
        { value: '8', count: 1 },
      ],
      offences: [{ value: 'illicit-trafficking', count: 5 }],
      years: [
        { value: '2023', count: 2 },
        { value: '2024', count: 3 },
      ],
    },
    ...overrides,
  };
}
