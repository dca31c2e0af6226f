/**
 * Case-law digest: what api, web, import/export and the benchmark agree on.
 *
 * A case record has a working copy (edited by its author or a moderator, moving DRAFT → IN_REVIEW
 * → PUBLISHED, or back to DRAFT with a moderator's comment) and, once published, a published
 * version that ordinary members read and search. Revising a published record edits the working
 * copy; members keep reading the published version until the moderator publishes the revision.
 * Every save is a numbered revision. ARCHIVED hides a record from search; its link still opens.
 */

export const DigestStatus = {
  DRAFT: 'DRAFT',
  IN_REVIEW: 'IN_REVIEW',
  PUBLISHED: 'PUBLISHED',
  ARCHIVED: 'ARCHIVED',
} as const;
export type DigestStatus = (typeof DigestStatus)[keyof typeof DigestStatus];

export const CourtLevel = {
  FIRST_INSTANCE: 'FIRST_INSTANCE',
  APPEAL: 'APPEAL',
  SUPREME: 'SUPREME',
  SPECIALISED: 'SPECIALISED',
  OTHER: 'OTHER',
} as const;
export type CourtLevel = (typeof CourtLevel)[keyof typeof CourtLevel];

export const ProceduralStage = {
  FIRST_INSTANCE: 'FIRST_INSTANCE',
  APPEAL: 'APPEAL',
  FINAL: 'FINAL',
} as const;
export type ProceduralStage = (typeof ProceduralStage)[keyof typeof ProceduralStage];

export const LegalSystem = {
  COMMON_LAW: 'COMMON_LAW',
  CIVIL_LAW: 'CIVIL_LAW',
  MIXED: 'MIXED',
  OTHER: 'OTHER',
} as const;
export type LegalSystem = (typeof LegalSystem)[keyof typeof LegalSystem];

export const CaseOutcome = {
  CONVICTION: 'CONVICTION',
  PARTIAL_CONVICTION: 'PARTIAL_CONVICTION',
  ACQUITTAL: 'ACQUITTAL',
  DISMISSED: 'DISMISSED',
  PLEA_AGREEMENT: 'PLEA_AGREEMENT',
  PENDING: 'PENDING',
  OTHER: 'OTHER',
} as const;
export type CaseOutcome = (typeof CaseOutcome)[keyof typeof CaseOutcome];

/** Moderator-curated taxonomies (terms with names in the six languages). */
export const TaxonomyKind = { OFFENCE: 'OFFENCE', WEAPON: 'WEAPON', MODUS: 'MODUS' } as const;
export type TaxonomyKind = (typeof TaxonomyKind)[keyof typeof TaxonomyKind];

export const RouteRole = { ORIGIN: 'ORIGIN', TRANSIT: 'TRANSIT', DESTINATION: 'DESTINATION' } as const;
export type RouteRole = (typeof RouteRole)[keyof typeof RouteRole];

/** Firearms Protocol articles practitioners cite (number → subject, English; the web translates). */
export const FIREARMS_PROTOCOL_ARTICLES = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] as const;
/** Organized Crime Convention articles often used alongside. */
export const CONVENTION_ARTICLES = [2, 3, 5, 6, 10, 12, 13, 14, 16, 18, 19, 20, 24, 26, 27] as const;

/** The languages a record and its translations are written in. */
export const DIGEST_LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
export type DigestLanguage = (typeof DIGEST_LANGUAGES)[number];

/** The text fields a translation covers. */
export const TRANSLATABLE_FIELDS = [
  'title',
  'summary',
  'facts',
  'reasoning',
  'commentary',
  'goodPractices',
  'lessons',
] as const;
export type TranslatableField = (typeof TRANSLATABLE_FIELDS)[number];

export interface CaseDefendant {
  /** Pseudonymised label, e.g. "Defendant A" or "K.M." — never a full name. */
  label: string;
  role: string | null;
  charges: string[];
  verdict: string | null;
  sentenceMonths: number | null;
  fine: string | null;
  confiscation: string | null;
}

export interface CaseWeapon {
  /** A WEAPON taxonomy code. */
  type: string;
  quantity: number | null;
}

export interface CaseRouteStop {
  country: string;
  role: RouteRole;
}

export interface CaseSource {
  /** http(s) URL, or null for a printed reference. */
  url: string | null;
  citation: string;
}

/**
 * The content of a case record (working copy, each revision and the published version; also the
 * JSON import/export format). Dates are YYYY-MM-DD; countries ISO 3166-1 alpha-2.
 */
export interface CaseContent {
  title: string;
  country: string;
  jurisdiction: string | null;
  court: string;
  courtLevel: CourtLevel;
  caseNumber: string | null;
  decisionDate: string;
  proceduralStage: ProceduralStage;
  /** Ids of related decisions (earlier or later stages of the same case). */
  relatedCaseIds: string[];
  legalSystem: LegalSystem;
  decisionLanguage: string;
  contentLanguage: DigestLanguage;
  offences: string[];
  protocolArticles: number[];
  conventionArticles: number[];
  weapons: CaseWeapon[];
  modusOperandi: string[];
  route: CaseRouteStop[];
  defendants: CaseDefendant[];
  outcome: CaseOutcome;
  summary: string;
  facts: string;
  reasoning: string;
  commentary: string;
  goodPractices: string[];
  lessons: string[];
  keywords: string[];
  sources: CaseSource[];
}

/** Every field of CaseContent, in the record format's order (the form, the diff, the CSV columns). */
export const CASE_CONTENT_FIELDS = [
  'title',
  'country',
  'jurisdiction',
  'court',
  'courtLevel',
  'caseNumber',
  'decisionDate',
  'proceduralStage',
  'relatedCaseIds',
  'legalSystem',
  'decisionLanguage',
  'contentLanguage',
  'offences',
  'protocolArticles',
  'conventionArticles',
  'weapons',
  'modusOperandi',
  'route',
  'defendants',
  'outcome',
  'summary',
  'facts',
  'reasoning',
  'commentary',
  'goodPractices',
  'lessons',
  'keywords',
  'sources',
] as const satisfies readonly (keyof CaseContent)[];

export const DIGEST_LIMITS = {
  titleMax: 300,
  courtMax: 300,
  jurisdictionMax: 200,
  caseNumberMax: 120,
  summaryMax: 4000,
  longTextMax: 60_000,
  listItemMax: 1000,
  listMax: 30,
  keywordMax: 60,
  keywordsMax: 30,
  defendantsMax: 50,
  routeMax: 20,
  sourcesMax: 30,
  commentMax: 4000,
  searchPageMax: 50,
  importRowsMax: 5000,
  /** An import file travels inside the GraphQL mutation: well under GRAPHQL_MAX_BODY_BYTES. */
  importBytesMax: 4 * 1024 * 1024,
} as const;

/** Export formats of a record or a search. */
export const DIGEST_EXPORT_FORMATS = ['csv', 'json', 'csl-json', 'ris'] as const;
export type DigestExportFormat = (typeof DIGEST_EXPORT_FORMATS)[number];

/**
 * UN M49 sub-regions, for the region facet. `regionOf(country)` answers the sub-region of an ISO
 * code (see regions.ts).
 */
export const DIGEST_REGIONS = [
  'northern-africa',
  'western-africa',
  'middle-africa',
  'eastern-africa',
  'southern-africa',
  'northern-america',
  'central-america',
  'caribbean',
  'south-america',
  'central-asia',
  'eastern-asia',
  'south-eastern-asia',
  'southern-asia',
  'western-asia',
  'eastern-europe',
  'northern-europe',
  'southern-europe',
  'western-europe',
  'oceania',
] as const;
export type DigestRegion = (typeof DIGEST_REGIONS)[number];
