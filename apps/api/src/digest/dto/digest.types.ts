import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CaseOutcome,
  CourtLevel,
  type DigestLanguage,
  DigestStatus,
  LegalSystem,
  ProceduralStage,
  RouteRole,
  TaxonomyKind,
} from '@cop/contracts';
import { LocalizedText } from '../../discussions/dto/discussion.types.js';
import { Attachment } from '../../files/dto/attachment.type.js';
import { Member } from '../../identity/dto/member.type.js';

/** What happened to a record (its workflow history). */
export const DigestEventKind = {
  CREATED: 'CREATED',
  SAVED: 'SAVED',
  SUBMITTED: 'SUBMITTED',
  RETURNED: 'RETURNED',
  PUBLISHED: 'PUBLISHED',
  ARCHIVED: 'ARCHIVED',
  RESTORED: 'RESTORED',
  TRANSLATED: 'TRANSLATED',
  IMPORTED: 'IMPORTED',
} as const;
export type DigestEventKind = (typeof DigestEventKind)[keyof typeof DigestEventKind];

/** The order of search results. */
export const DigestSort = { RELEVANCE: 'RELEVANCE', DATE_DESC: 'DATE_DESC', DATE_ASC: 'DATE_ASC' } as const;
export type DigestSort = (typeof DigestSort)[keyof typeof DigestSort];

registerEnumType(DigestStatus, {
  name: 'DigestStatus',
  description:
    'DRAFT (author and moderators), IN_REVIEW (submitted), PUBLISHED (every member), ARCHIVED (out of search; its link still opens)',
});
registerEnumType(CourtLevel, { name: 'CourtLevel' });
registerEnumType(ProceduralStage, { name: 'ProceduralStage' });
registerEnumType(LegalSystem, { name: 'LegalSystem' });
registerEnumType(CaseOutcome, { name: 'CaseOutcome' });
registerEnumType(TaxonomyKind, {
  name: 'TaxonomyKind',
  description: 'OFFENCE, WEAPON (weapon types), MODUS (modi operandi)',
});
registerEnumType(RouteRole, { name: 'RouteRole' });
registerEnumType(DigestEventKind, { name: 'DigestEventKind' });
registerEnumType(DigestSort, { name: 'DigestSort' });

export { CaseOutcome, CourtLevel, DigestStatus, LegalSystem, ProceduralStage, RouteRole, TaxonomyKind };

@ObjectType({ description: 'A term of a case-law taxonomy, with its name in each language' })
export class DigestTerm {
  @Field(() => ID)
  id!: string;

  @Field(() => TaxonomyKind)
  kind!: TaxonomyKind;

  @Field({ description: 'Stable code stored in records (lowercase letters, digits, hyphens)' })
  code!: string;

  @Field(() => [LocalizedText], { description: 'Names per language (English always present)' })
  names!: LocalizedText[];

  @Field(() => Int)
  position!: number;

  @Field()
  archived!: boolean;
}

@ObjectType({ description: 'A defendant (pseudonymised) and what the court decided for them' })
export class CaseDefendant {
  @Field({ description: 'Pseudonymised label, e.g. "Defendant A" — never a full name' })
  label!: string;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => [String])
  charges!: string[];

  @Field(() => String, { nullable: true })
  verdict!: string | null;

  @Field(() => Int, { nullable: true, description: 'Imprisonment in months' })
  sentenceMonths!: number | null;

  @Field(() => String, { nullable: true })
  fine!: string | null;

  @Field(() => String, { nullable: true })
  confiscation!: string | null;
}

@ObjectType({ description: 'A weapon type (WEAPON taxonomy code) and how many' })
export class CaseWeapon {
  @Field()
  type!: string;

  @Field(() => Int, { nullable: true })
  quantity!: number | null;
}

@ObjectType({ description: 'A country of the trafficking route, in order' })
export class CaseRouteStop {
  @Field({ description: 'ISO 3166-1 alpha-2' })
  country!: string;

  @Field(() => RouteRole)
  role!: RouteRole;
}

@ObjectType({ description: 'A source or citation' })
export class CaseSource {
  @Field(() => String, { nullable: true, description: 'http(s) URL; null for a printed reference' })
  url!: string | null;

  @Field()
  citation!: string;
}

@ObjectType({
  description:
    'The content of a case record (working copy, a revision or the published version). Every text is plain text.',
})
export class CaseContent {
  @Field()
  title!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country!: string;

  @Field(() => String, { nullable: true })
  jurisdiction!: string | null;

  @Field()
  court!: string;

  @Field(() => CourtLevel)
  courtLevel!: CourtLevel;

  @Field(() => String, { nullable: true })
  caseNumber!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  decisionDate!: string;

  @Field(() => ProceduralStage)
  proceduralStage!: ProceduralStage;

  @Field(() => [ID], { description: 'Related decisions (other stages of the same case)' })
  relatedCaseIds!: string[];

  @Field(() => LegalSystem)
  legalSystem!: LegalSystem;

  @Field({ description: 'ISO 639-1 language the decision was written in' })
  decisionLanguage!: string;

  @Field(() => String, {
    description: 'The language this record’s text fields are written in (en, fr, es, ru, ar, zh)',
  })
  contentLanguage!: DigestLanguage;

  @Field(() => [String], { description: 'OFFENCE taxonomy codes' })
  offences!: string[];

  @Field(() => [Int], { description: 'Firearms Protocol articles applied' })
  protocolArticles!: number[];

  @Field(() => [Int], { description: 'Organized Crime Convention articles applied' })
  conventionArticles!: number[];

  @Field(() => [CaseWeapon])
  weapons!: CaseWeapon[];

  @Field(() => [String], { description: 'MODUS taxonomy codes' })
  modusOperandi!: string[];

  @Field(() => [CaseRouteStop], { description: 'The trafficking route, in order' })
  route!: CaseRouteStop[];

  @Field(() => [CaseDefendant])
  defendants!: CaseDefendant[];

  @Field(() => CaseOutcome)
  outcome!: CaseOutcome;

  @Field()
  summary!: string;

  @Field({ description: 'May contain line breaks' })
  facts!: string;

  @Field({ description: 'May contain line breaks' })
  reasoning!: string;

  @Field({ description: 'May contain line breaks' })
  commentary!: string;

  @Field(() => [String])
  goodPractices!: string[];

  @Field(() => [String])
  lessons!: string[];

  @Field(() => [String])
  keywords!: string[];

  @Field(() => [CaseSource])
  sources!: CaseSource[];
}

@ObjectType({ description: 'The translatable text fields (a translation may leave some out)' })
export class CaseText {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  facts?: string | null;

  @Field(() => String, { nullable: true })
  reasoning?: string | null;

  @Field(() => String, { nullable: true })
  commentary?: string | null;

  @Field(() => [String], { nullable: true })
  goodPractices?: string[] | null;

  @Field(() => [String], { nullable: true })
  lessons?: string[] | null;
}

@ObjectType({ description: 'The text fields in another language, with who translated them and when' })
export class DigestTranslation {
  @Field()
  language!: string;

  @Field(() => CaseText)
  fields!: CaseText;

  @Field(() => Member, { nullable: true })
  translator!: Member | null;

  @Field(() => GraphQLISODateTime)
  translatedAt!: Date;

  /** Not exposed: loads `translator`. */
  translatorId!: string | null;
}

@ObjectType({
  description:
    'The text fields in the reader’s language, each falling back to the original when not translated',
})
export class LocalizedCaseText {
  @Field({ description: 'The language asked for' })
  language!: string;

  @Field()
  originalLanguage!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field()
  facts!: string;

  @Field()
  reasoning!: string;

  @Field()
  commentary!: string;

  @Field(() => [String])
  goodPractices!: string[];

  @Field(() => [String])
  lessons!: string[];

  @Field(() => [String], { description: 'The fields shown in the original language (no translation)' })
  fallbackFields!: string[];

  @Field(() => Member, { nullable: true })
  translator!: Member | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  translatedAt!: Date | null;

  /** Not exposed: loads `translator`. */
  translatorId!: string | null;
}

@ObjectType({ description: 'A step of a record’s workflow history' })
export class DigestEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => DigestEventKind)
  kind!: DigestEventKind;

  @Field(() => Member, { nullable: true })
  actor!: Member | null;

  @Field(() => Int, { nullable: true })
  revision!: number | null;

  @Field(() => String, { nullable: true, description: 'The moderator’s comment or reason' })
  comment!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  /** Not exposed: loads `actor`. */
  actorId!: string | null;
}

@ObjectType({ description: 'A saved version of a record' })
export class DigestRevision {
  @Field(() => Int)
  number!: number;

  @Field(() => Member, { nullable: true })
  editor!: Member | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  /** Not exposed: loads `editor`. */
  editorId!: string | null;
}

@ObjectType({ description: 'A field that differs between two revisions; lists and objects as text lines' })
export class DigestFieldDiff {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'A record in a list (search hit, related decision, my proposals)' })
export class DigestCaseSummary {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  country!: string;

  @Field()
  court!: string;

  @Field(() => CourtLevel)
  courtLevel!: CourtLevel;

  @Field(() => String, { nullable: true })
  caseNumber!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  decisionDate!: string;

  @Field(() => CaseOutcome)
  outcome!: CaseOutcome;

  @Field(() => DigestStatus)
  status!: DigestStatus;

  @Field()
  archived!: boolean;
}

@ObjectType({
  description:
    'A case record. Its author and moderators see the working copy and its history; other members see the published version only.',
})
export class DigestCase {
  @Field(() => ID)
  id!: string;

  @Field(() => DigestStatus, {
    description: 'For members who only read the published version: PUBLISHED or ARCHIVED',
  })
  status!: DigestStatus;

  @Field(() => Member, { nullable: true })
  author!: Member | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => Int, {
    description: 'The working copy’s revision (author and moderators); for other members the published one',
  })
  revision!: number;

  @Field(() => Int, { nullable: true })
  publishedRevision!: number | null;

  @Field()
  archived!: boolean;

  @Field(() => CaseContent, {
    description: 'Author and moderators: the working copy; other members: the published version',
  })
  content!: CaseContent;

  @Field(() => CaseContent, {
    nullable: true,
    description: 'The published version (null if never published)',
  })
  published!: CaseContent | null;

  @Field(() => String, {
    nullable: true,
    description: 'The moderator’s last comment (author and moderators)',
  })
  reviewComment!: string | null;

  @Field(() => ID, { nullable: true, description: 'The discussion thread opened from this record' })
  threadId!: string | null;

  @Field({ description: 'The caller may save a new revision' })
  canEdit!: boolean;

  @Field({ description: 'The caller may submit it for review' })
  canSubmit!: boolean;

  @Field({ description: 'The caller moderates (return, publish, archive, restore)' })
  canModerate!: boolean;

  /** Not exposed: the caller sees the working copy (history, events, revisions). */
  workingCopy!: boolean;
  /** Not exposed: loads `author`. */
  authorId!: string | null;
}

export { Attachment };
