import type { TestAgent } from '../test-app.js';

/** Every field of CaseContent, for queries. */
export const CONTENT_FIELDS = `title country jurisdiction court courtLevel caseNumber decisionDate proceduralStage
  relatedCaseIds legalSystem decisionLanguage contentLanguage offences protocolArticles conventionArticles
  weapons { type quantity } modusOperandi route { country role }
  defendants { label role charges verdict sentenceMonths fine confiscation }
  outcome summary facts reasoning commentary goodPractices lessons keywords sources { url citation }`;

export const CASE_FIELDS = `id status revision publishedRevision archived canEdit canSubmit canModerate reviewComment
  threadId author { id } content { ${CONTENT_FIELDS} } published { title summary }`;

export const CREATE_CASE = `mutation C($input: CaseContentInput!, $files: [ID!]) {
  createDigestCase(input: $input, attachmentIds: $files) { ${CASE_FIELDS} } }`;
export const UPDATE_CASE = `mutation U($id: ID!, $input: CaseContentInput!, $rev: Int!, $note: String, $files: [ID!]) {
  updateDigestCase(id: $id, input: $input, expectedRevision: $rev, note: $note, attachmentIds: $files) { ${CASE_FIELDS} } }`;
export const GET_CASE = `query G($id: ID!) { digestCase(id: $id) { ${CASE_FIELDS} } }`;
export const SUBMIT_CASE = `mutation S($id: ID!) { submitDigestCase(id: $id) { id status } }`;
export const RETURN_CASE = `mutation R($id: ID!, $c: String!) { returnDigestCase(id: $id, comment: $c) { id status reviewComment } }`;
export const PUBLISH_CASE = `mutation P($id: ID!) { publishDigestCase(id: $id) { id status publishedRevision } }`;
export const ARCHIVE_CASE = `mutation A($id: ID!, $r: String!) { archiveDigestCase(id: $id, reason: $r) { id status archived } }`;
export const RESTORE_CASE = `mutation R($id: ID!) { restoreDigestCase(id: $id) { id status archived } }`;

/** A valid record: a converted-pistol trafficking case (synthetic, written for the tests). */
export function caseInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Converted alarm pistols shipped by express courier',
    country: 'SN',
    jurisdiction: 'Dakar',
    court: 'Tribunal de grande instance hors classe de Dakar',
    courtLevel: 'FIRST_INSTANCE',
    caseNumber: 'TGI-2024-0117',
    decisionDate: '2024-05-14',
    proceduralStage: 'FIRST_INSTANCE',
    relatedCaseIds: [],
    legalSystem: 'CIVIL_LAW',
    decisionLanguage: 'fr',
    contentLanguage: 'en',
    offences: ['illicit-trafficking', 'conversion-reactivation'],
    protocolArticles: [5, 8],
    conventionArticles: [5],
    weapons: [{ type: 'converted-alarm-weapons', quantity: 14 }],
    modusOperandi: ['postal-parcels'],
    route: [
      { country: 'TR', role: 'ORIGIN' },
      { country: 'MA', role: 'TRANSIT' },
      { country: 'SN', role: 'DESTINATION' },
    ],
    defendants: [
      {
        label: 'Defendant A',
        role: 'organiser',
        charges: ['illicit trafficking'],
        verdict: 'guilty',
        sentenceMonths: 60,
        fine: null,
        confiscation: 'the pistols and the courier account',
      },
    ],
    outcome: 'CONVICTION',
    summary: 'Fourteen converted alarm pistols arrived in parcels declared as spare parts.',
    facts: 'Customs X-rayed the parcels.\nThe pistols had been bored out to fire live rounds.',
    reasoning: 'The court held that a converted alarm weapon is a firearm under the law.',
    commentary: 'A parallel investigation traced the courier payments.',
    goodPractices: ['X-ray parcels declared as spare parts'],
    lessons: ['Ballistic tests proved the conversion'],
    keywords: ['conversion', 'courier'],
    sources: [{ url: 'https://example.org/judgments/tgi-2024-0117', citation: 'TGI Dakar, 14 May 2024' }],
    ...overrides,
  };
}

interface Answer {
  body: { data?: Record<string, unknown>; errors?: { message: string; extensions?: unknown }[] };
}

function ok<T>(res: Answer, field: string): T {
  if (res.body.errors?.length) throw new Error(`${field}: ${JSON.stringify(res.body.errors)}`);
  return res.body.data![field] as T;
}

/** A DRAFT proposed by the agent's member. */
export async function proposeCase(
  agent: TestAgent,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; revision: number }> {
  return ok(await agent.gql(CREATE_CASE, { input: caseInput(overrides) }), 'createDigestCase');
}

/** A record proposed by `author`, submitted, and published by `moderator`. */
export async function publishedCase(
  author: TestAgent,
  moderator: TestAgent,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const { id } = await proposeCase(author, overrides);
  ok(await author.gql(SUBMIT_CASE, { id }), 'submitDigestCase');
  ok(await moderator.gql(PUBLISH_CASE, { id }), 'publishDigestCase');
  return { id };
}
