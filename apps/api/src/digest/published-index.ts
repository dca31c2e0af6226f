import { regionOf, type CaseContent, type DigestLanguage } from '@cop/contracts';
import type { EntityManager } from 'typeorm';

/** The text-search configuration of each content language (stemming where PostgreSQL has it). */
export const LANG_CONFIG: Record<DigestLanguage, string> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  ru: 'russian',
  ar: 'simple',
  zh: 'simple',
};

/** Every configuration a record may be indexed with; a search query is parsed with each. */
export const SEARCH_CONFIGS = ['english', 'french', 'spanish', 'russian', 'simple'] as const;

const englishNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** A country's English name, or the code itself if the runtime does not know it. */
export function countryName(code: string): string {
  try {
    return englishNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A taxonomy code as words: "converted-alarm-weapons" → "converted alarm weapons". */
const words = (code: string) => code.replace(/-/g, ' ');

const lines = (parts: (string | null | undefined)[]) =>
  parts
    .map((part) => part?.trim())
    .filter((part): part is string => !!part)
    .join('\n');

/**
 * The searchable "rest" of a record (weight C): everything but the title and summary, which have
 * columns of their own.
 */
export function publishedBody(content: CaseContent): string {
  return lines([
    content.jurisdiction,
    content.court,
    content.caseNumber,
    countryName(content.country),
    content.facts,
    content.reasoning,
    content.commentary,
    ...content.goodPractices,
    ...content.lessons,
    ...content.keywords,
    ...content.defendants.flatMap((d) => [d.role, ...d.charges, d.verdict]),
    ...content.route.map((stop) => countryName(stop.country)),
    ...content.offences.map(words),
    ...content.weapons.map((w) => words(w.type)),
    ...content.modusOperandi.map(words),
  ]);
}

/**
 * Writes (or replaces) the published version of a record into `digest_published`, the table every
 * search reads — called in the publishing transaction. The `archived` flag is left as it is on a
 * replace (see setArchived); a first publication is not archived.
 */
export async function writePublished(
  m: EntityManager,
  caseId: string,
  revision: number,
  content: CaseContent,
): Promise<void> {
  const region = regionOf(content.country);
  if (!region) throw new Error(`No region for country ${content.country}`);
  const weapons = [...new Set(content.weapons.map((w) => w.type))];
  const routeCountries = content.route.map((stop) => stop.country.toUpperCase());
  await m.query(
    `INSERT INTO digest_published (case_id, revision, published_at, title, country, region,
       jurisdiction, court, court_level, case_number, decision_date, procedural_stage, legal_system,
       content_language, outcome, offences, protocol_articles, convention_articles, weapons, modus,
       route_countries, summary, body, lang_config)
     VALUES ($1, $2, now(), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
       $19, $20, $21, $22, $23::regconfig)
     ON CONFLICT (case_id) DO UPDATE SET revision = EXCLUDED.revision,
       published_at = EXCLUDED.published_at, title = EXCLUDED.title, country = EXCLUDED.country,
       region = EXCLUDED.region, jurisdiction = EXCLUDED.jurisdiction, court = EXCLUDED.court,
       court_level = EXCLUDED.court_level, case_number = EXCLUDED.case_number,
       decision_date = EXCLUDED.decision_date, procedural_stage = EXCLUDED.procedural_stage,
       legal_system = EXCLUDED.legal_system, content_language = EXCLUDED.content_language,
       outcome = EXCLUDED.outcome, offences = EXCLUDED.offences,
       protocol_articles = EXCLUDED.protocol_articles,
       convention_articles = EXCLUDED.convention_articles, weapons = EXCLUDED.weapons,
       modus = EXCLUDED.modus, route_countries = EXCLUDED.route_countries,
       summary = EXCLUDED.summary, body = EXCLUDED.body, lang_config = EXCLUDED.lang_config`,
    [
      caseId,
      revision,
      content.title,
      content.country.toUpperCase(),
      region,
      content.jurisdiction,
      content.court,
      content.courtLevel,
      content.caseNumber,
      content.decisionDate,
      content.proceduralStage,
      content.legalSystem,
      content.contentLanguage,
      content.outcome,
      [...new Set(content.offences)],
      [...new Set(content.protocolArticles)],
      [...new Set(content.conventionArticles)],
      weapons,
      [...new Set(content.modusOperandi)],
      routeCountries,
      content.summary,
      publishedBody(content),
      LANG_CONFIG[content.contentLanguage] ?? 'simple',
    ],
  );
  await bumpSearchVersion(m);
}

/**
 * Tells every API instance that the published records changed (their in-memory facet columns
 * reload on their next search). In the writing transaction, so the new version is seen together
 * with the new rows.
 */
export async function bumpSearchVersion(m: Pick<EntityManager, 'query'>): Promise<void> {
  await m.query(`UPDATE digest_search_state SET version = version + 1`);
}

/** Archives (out of every search, count and facet) or restores the published version of a record. */
export async function setArchived(m: EntityManager, caseId: string, archived: boolean): Promise<void> {
  await m.query(`UPDATE digest_published SET archived = $2 WHERE case_id = $1`, [caseId, archived]);
  await bumpSearchVersion(m);
}
