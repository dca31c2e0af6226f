import {
  CONVENTION_ARTICLES,
  DIGEST_LANGUAGES,
  DIGEST_LIMITS,
  FIREARMS_PROTOCOL_ARTICLES,
  isCountryCode,
  type CaseContent,
  type CaseOutcome,
  type CourtLevel,
  type DigestLanguage,
  type LegalSystem,
  type ProceduralStage,
  type RouteRole,
} from '@cop/contracts';

/** A defendant as the form edits it (numbers and lists as typed). */
export interface DefendantDraft {
  label: string;
  role: string;
  /** Charges separated by semicolons. */
  charges: string;
  verdict: string;
  sentenceMonths: string;
  fine: string;
  confiscation: string;
}

export interface WeaponDraft {
  type: string;
  quantity: string;
}

export interface RouteDraft {
  country: string;
  role: RouteRole;
}

export interface SourceDraft {
  url: string;
  citation: string;
}

/** The record form's state: every field of CaseContent, as the controls hold it. */
export interface CaseDraft {
  title: string;
  country: string;
  jurisdiction: string;
  court: string;
  courtLevel: CourtLevel | '';
  caseNumber: string;
  decisionDate: string;
  proceduralStage: ProceduralStage;
  /** Related record ids, separated by spaces, commas or lines. */
  relatedCaseIds: string;
  legalSystem: LegalSystem;
  decisionLanguage: string;
  contentLanguage: DigestLanguage;
  offences: string[];
  protocolArticles: string[];
  conventionArticles: string[];
  weapons: WeaponDraft[];
  modusOperandi: string[];
  route: RouteDraft[];
  defendants: DefendantDraft[];
  outcome: CaseOutcome | '';
  summary: string;
  facts: string;
  reasoning: string;
  commentary: string;
  goodPractices: string[];
  lessons: string[];
  keywords: string[];
  sources: SourceDraft[];
}

export const EMPTY_DEFENDANT: DefendantDraft = {
  label: '',
  role: '',
  charges: '',
  verdict: '',
  sentenceMonths: '',
  fine: '',
  confiscation: '',
};

export function isDigestLanguage(value: string): value is DigestLanguage {
  return (DIGEST_LANGUAGES as readonly string[]).includes(value);
}

/** A new record, written in `language`. */
export function emptyDraft(language: string): CaseDraft {
  const contentLanguage = isDigestLanguage(language) ? language : 'en';
  return {
    title: '',
    country: '',
    jurisdiction: '',
    court: '',
    courtLevel: '',
    caseNumber: '',
    decisionDate: '',
    proceduralStage: 'FIRST_INSTANCE',
    relatedCaseIds: '',
    legalSystem: 'OTHER',
    decisionLanguage: contentLanguage,
    contentLanguage,
    offences: [],
    protocolArticles: [],
    conventionArticles: [],
    weapons: [],
    modusOperandi: [],
    route: [],
    defendants: [],
    outcome: '',
    summary: '',
    facts: '',
    reasoning: '',
    commentary: '',
    goodPractices: [],
    lessons: [],
    keywords: [],
    sources: [],
  };
}

const text = (value: string | null | undefined) => value ?? '';

/** The form's state for a stored record. */
export function draftOf(content: CaseContent): CaseDraft {
  return {
    title: content.title,
    country: content.country,
    jurisdiction: text(content.jurisdiction),
    court: content.court,
    courtLevel: content.courtLevel,
    caseNumber: text(content.caseNumber),
    decisionDate: content.decisionDate,
    proceduralStage: content.proceduralStage,
    relatedCaseIds: content.relatedCaseIds.join('\n'),
    legalSystem: content.legalSystem,
    decisionLanguage: content.decisionLanguage,
    contentLanguage: content.contentLanguage,
    offences: [...content.offences],
    protocolArticles: content.protocolArticles.map(String),
    conventionArticles: content.conventionArticles.map(String),
    weapons: content.weapons.map((weapon) => ({
      type: weapon.type,
      quantity: weapon.quantity === null ? '' : String(weapon.quantity),
    })),
    modusOperandi: [...content.modusOperandi],
    route: content.route.map((stop) => ({ ...stop })),
    defendants: content.defendants.map((defendant) => ({
      label: defendant.label,
      role: text(defendant.role),
      charges: defendant.charges.join('; '),
      verdict: text(defendant.verdict),
      sentenceMonths: defendant.sentenceMonths === null ? '' : String(defendant.sentenceMonths),
      fine: text(defendant.fine),
      confiscation: text(defendant.confiscation),
    })),
    outcome: content.outcome,
    summary: content.summary,
    facts: content.facts,
    reasoning: content.reasoning,
    commentary: content.commentary,
    goodPractices: [...content.goodPractices],
    lessons: [...content.lessons],
    keywords: [...content.keywords],
    sources: content.sources.map((source) => ({ url: text(source.url), citation: source.citation })),
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);
const items = (values: readonly string[]) => values.map((value) => value.trim()).filter(Boolean);
const integer = (value: string) => (value.trim() === '' ? null : Number(value.trim()));

/** The api's input for a checked draft. */
export function inputOf(draft: CaseDraft): CaseContent {
  return {
    title: draft.title.trim(),
    country: draft.country,
    jurisdiction: orNull(draft.jurisdiction),
    court: draft.court.trim(),
    courtLevel: draft.courtLevel as CourtLevel,
    caseNumber: orNull(draft.caseNumber),
    decisionDate: draft.decisionDate,
    proceduralStage: draft.proceduralStage,
    relatedCaseIds: draft.relatedCaseIds.split(/[\s,;]+/).filter(Boolean),
    legalSystem: draft.legalSystem,
    decisionLanguage: draft.decisionLanguage,
    contentLanguage: draft.contentLanguage,
    offences: draft.offences,
    protocolArticles: draft.protocolArticles.map(Number),
    conventionArticles: draft.conventionArticles.map(Number),
    weapons: draft.weapons.map((weapon) => ({ type: weapon.type, quantity: integer(weapon.quantity) })),
    modusOperandi: draft.modusOperandi,
    route: draft.route.map((stop) => ({ country: stop.country, role: stop.role })),
    defendants: draft.defendants.map((defendant) => ({
      label: defendant.label.trim(),
      role: orNull(defendant.role),
      charges: defendant.charges
        .split(';')
        .map((charge) => charge.trim())
        .filter(Boolean),
      verdict: orNull(defendant.verdict),
      sentenceMonths: integer(defendant.sentenceMonths),
      fine: orNull(defendant.fine),
      confiscation: orNull(defendant.confiscation),
    })),
    outcome: draft.outcome as CaseOutcome,
    summary: draft.summary.trim(),
    facts: draft.facts.trim(),
    reasoning: draft.reasoning.trim(),
    commentary: draft.commentary.trim(),
    goodPractices: items(draft.goodPractices),
    lessons: items(draft.lessons),
    keywords: items(draft.keywords),
    sources: draft.sources.map((source) => ({ url: orNull(source.url), citation: source.citation.trim() })),
  };
}

/** What the form says about a field; each a key of `digest:validation`. */
export type Problem =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'tooMany'; max: number }
  | { code: 'date' }
  | { code: 'future' }
  | { code: 'url' }
  | { code: 'months' }
  | { code: 'quantity' }
  | { code: 'country' };

/** Today, yyyy-mm-dd, in the reader's time zone. */
export function today(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

function realDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The server's rules, checked before sending: problems keyed by field path (`title`,
 * `defendants.0.label`, `sources.1.url`). Empty when the draft may be sent.
 */
export function validateDraft(draft: CaseDraft, now = new Date()): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const L = DIGEST_LIMITS;
  const need = (field: string, value: string, max?: number) => {
    if (!value.trim()) problems[field] = { code: 'required' };
    else if (max !== undefined && value.trim().length > max) problems[field] = { code: 'tooLong', max };
  };
  const limit = (field: string, value: string, max: number) => {
    if (value.trim().length > max) problems[field] = { code: 'tooLong', max };
  };
  need('title', draft.title, L.titleMax);
  if (!draft.country) problems.country = { code: 'required' };
  else if (!isCountryCode(draft.country)) problems.country = { code: 'country' };
  limit('jurisdiction', draft.jurisdiction, L.jurisdictionMax);
  need('court', draft.court, L.courtMax);
  if (!draft.courtLevel) problems.courtLevel = { code: 'required' };
  limit('caseNumber', draft.caseNumber, L.caseNumberMax);
  if (!draft.decisionDate) problems.decisionDate = { code: 'required' };
  else if (!realDate(draft.decisionDate)) problems.decisionDate = { code: 'date' };
  else if (draft.decisionDate > today(now)) problems.decisionDate = { code: 'future' };
  if (!draft.decisionLanguage) problems.decisionLanguage = { code: 'required' };
  if (!draft.outcome) problems.outcome = { code: 'required' };
  need('summary', draft.summary, L.summaryMax);
  limit('facts', draft.facts, L.longTextMax);
  limit('reasoning', draft.reasoning, L.longTextMax);
  limit('commentary', draft.commentary, L.longTextMax);
  for (const field of ['goodPractices', 'lessons'] as const) {
    if (items(draft[field]).length > L.listMax) problems[field] = { code: 'tooMany', max: L.listMax };
    draft[field].forEach((item, index) => limit(`${field}.${index}`, item, L.listItemMax));
  }
  if (items(draft.keywords).length > L.keywordsMax)
    problems.keywords = { code: 'tooMany', max: L.keywordsMax };
  draft.keywords.forEach((item, index) => limit(`keywords.${index}`, item, L.keywordMax));
  if (draft.defendants.length > L.defendantsMax)
    problems.defendants = { code: 'tooMany', max: L.defendantsMax };
  draft.defendants.forEach((defendant, index) => {
    need(`defendants.${index}.label`, defendant.label, L.listItemMax);
    const months = defendant.sentenceMonths.trim();
    if (months && !(/^\d+$/.test(months) && Number(months) <= 1200))
      problems[`defendants.${index}.sentenceMonths`] = { code: 'months' };
  });
  draft.weapons.forEach((weapon, index) => {
    if (!weapon.type) problems[`weapons.${index}.type`] = { code: 'required' };
    const quantity = weapon.quantity.trim();
    if (quantity && !(/^\d+$/.test(quantity) && Number(quantity) >= 1 && Number(quantity) <= 1_000_000))
      problems[`weapons.${index}.quantity`] = { code: 'quantity' };
  });
  if (draft.route.length > L.routeMax) problems.route = { code: 'tooMany', max: L.routeMax };
  draft.route.forEach((stop, index) => {
    if (!stop.country) problems[`route.${index}.country`] = { code: 'required' };
  });
  if (draft.sources.length > L.sourcesMax) problems.sources = { code: 'tooMany', max: L.sourcesMax };
  draft.sources.forEach((source, index) => {
    need(`sources.${index}.citation`, source.citation, L.listItemMax);
    const url = source.url.trim();
    if (url && !/^https?:\/\/[^\s]+$/i.test(url)) problems[`sources.${index}.url`] = { code: 'url' };
  });
  return problems;
}

/** Article numbers of the Firearms Protocol and the Convention, as strings (checkbox values). */
export const PROTOCOL_ARTICLE_VALUES = FIREARMS_PROTOCOL_ARTICLES.map(String);
export const CONVENTION_ARTICLE_VALUES = CONVENTION_ARTICLES.map(String);

/** A server field path in the form's spelling: `input.defendants[0].label` → `defendants.0.label`. */
export function formFieldPath(path: string): string {
  return path
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}
