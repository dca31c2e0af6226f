import {
  CaseOutcome,
  CONVENTION_ARTICLES,
  COUNTRY_CODES,
  CourtLevel,
  DIGEST_LANGUAGES,
  DIGEST_LIMITS as L,
  FIREARMS_PROTOCOL_ARTICLES,
  LegalSystem,
  ProceduralStage,
  RouteRole,
  TaxonomyKind,
} from '@cop/contracts';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { LocalizedTextInput } from '../../discussions/dto/inputs.js';

/** Trims; an empty text becomes null (an optional field left empty). */
const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return t === '' ? null : t;
};
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
const lower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
/** Trims each item and drops empty ones (a form's blank line); duplicates stay (order matters). */
const textList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '')
    : value;
/** Trims, drops empties and duplicates (codes, keywords, ids, articles). */
const uniqueList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))]
    : value;
/** Absent lists are empty lists. */
const orEmpty = (fn: (p: { value: unknown }) => unknown) => (p: { value: unknown }) =>
  p.value === undefined || p.value === null ? [] : fn(p);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD, from 1900 and not after today (UTC). */
export function isPastDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return false;
  return Number(m[1]) >= 1900 && value <= new Date().toISOString().slice(0, 10);
}

export function IsPastDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPastDay',
      validator: {
        validate: isPastDay,
        defaultMessage: () => 'Give a real date as YYYY-MM-DD, not in the future.',
      },
    },
    options,
  );
}

/** An absolute http(s) URL. */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2000) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function IsHttpUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHttpUrl',
      validator: { validate: isHttpUrl, defaultMessage: () => 'Give an http:// or https:// address.' },
    },
    options,
  );
}

const TERM_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const COUNTRY_MESSAGE = 'Choose a country from the list.';
const ITEM_MESSAGE = `Each item has at most ${L.listItemMax} characters.`;

@InputType()
export class CaseDefendantInput {
  @Field({ description: 'Pseudonymised label, e.g. "Defendant A" — never a full name' })
  @Transform(trim)
  @IsString()
  @Length(1, 120, { message: 'Give the defendant a label such as "Defendant A" (at most 120 characters).' })
  label!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(300)
  role?: string | null;

  @Field(() => [String])
  @Transform(orEmpty(textList))
  @IsArray()
  @ArrayMaxSize(L.listMax, { message: `At most ${L.listMax} charges.` })
  @IsString({ each: true })
  @MaxLength(L.listItemMax, { each: true, message: ITEM_MESSAGE })
  charges!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.listItemMax)
  verdict?: string | null;

  @Field(() => Int, { nullable: true, description: 'Imprisonment in months, 0 to 1200' })
  @IsOptional()
  @IsInt({ message: 'Give the sentence in whole months.' })
  @Min(0, { message: 'The sentence is 0 to 1200 months.' })
  @Max(1200, { message: 'The sentence is 0 to 1200 months.' })
  sentenceMonths?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(300)
  fine?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.listItemMax)
  confiscation?: string | null;
}

@InputType()
export class CaseWeaponInput {
  @Field({ description: 'A WEAPON taxonomy code' })
  @Transform(lower)
  @IsString()
  @Matches(TERM_CODE, { message: 'Choose a weapon type from the list.' })
  @MaxLength(60)
  type!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Give a whole number.' })
  @Min(1, { message: 'Give a quantity of at least 1.' })
  @Max(10_000_000)
  quantity?: number | null;
}

@InputType()
export class CaseRouteStopInput {
  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Transform(upper)
  @IsIn(COUNTRY_CODES, { message: COUNTRY_MESSAGE })
  country!: string;

  @Field(() => RouteRole)
  @IsEnum(RouteRole)
  role!: RouteRole;
}

@InputType()
export class CaseSourceInput {
  @Field(() => String, { nullable: true, description: 'http(s) URL; null for a printed reference' })
  @IsOptional()
  @Transform(trimToNull)
  @IsHttpUrl()
  url?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.listItemMax, { message: `Give the citation (at most ${L.listItemMax} characters).` })
  citation!: string;
}

/** The whole record: a save replaces the working copy. Every text is plain text. */
@InputType({ description: 'The content of a case record (the same fields as CaseContent)' })
export class CaseContentInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.titleMax, { message: `Give a title (at most ${L.titleMax} characters).` })
  title!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Transform(upper)
  @IsIn(COUNTRY_CODES, { message: COUNTRY_MESSAGE })
  country!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.jurisdictionMax)
  jurisdiction?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.courtMax, { message: `Name the court (at most ${L.courtMax} characters).` })
  court!: string;

  @Field(() => CourtLevel)
  @IsEnum(CourtLevel, { message: 'Choose a court level.' })
  courtLevel!: CourtLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.caseNumberMax)
  caseNumber?: string | null;

  @Field({ description: 'YYYY-MM-DD, not in the future' })
  @Transform(trim)
  @IsPastDay()
  decisionDate!: string;

  @Field(() => ProceduralStage)
  @IsEnum(ProceduralStage, { message: 'Choose a procedural stage.' })
  proceduralStage!: ProceduralStage;

  @Field(() => [ID], { description: 'Related decisions (records the author may see)' })
  @Transform(orEmpty(uniqueList))
  @IsArray()
  @ArrayMaxSize(L.listMax, { message: `At most ${L.listMax} related decisions.` })
  @IsUUID('all', { each: true, message: 'Choose related decisions from the digest.' })
  relatedCaseIds!: string[];

  @Field(() => LegalSystem)
  @IsEnum(LegalSystem, { message: 'Choose a legal system.' })
  legalSystem!: LegalSystem;

  @Field({ description: 'ISO 639-1 code of the language of the decision' })
  @Transform(lower)
  @Matches(LANGUAGE_CODE, { message: 'Choose the language of the decision.' })
  decisionLanguage!: string;

  @Field({ description: 'The language the text fields are written in: en, fr, es, ru, ar or zh' })
  @Transform(lower)
  @IsIn(DIGEST_LANGUAGES, { message: 'Choose one of the six languages.' })
  contentLanguage!: string;

  @Field(() => [String], { description: 'OFFENCE taxonomy codes' })
  @Transform(orEmpty(uniqueList))
  @IsArray()
  @ArrayMaxSize(L.listMax)
  @Matches(TERM_CODE, { each: true, message: 'Choose offences from the list.' })
  offences!: string[];

  @Field(() => [Int])
  @Transform(orEmpty(uniqueList))
  @IsArray()
  @IsIn(FIREARMS_PROTOCOL_ARTICLES, { each: true, message: 'Choose Protocol articles from the list.' })
  protocolArticles!: number[];

  @Field(() => [Int])
  @Transform(orEmpty(uniqueList))
  @IsArray()
  @IsIn(CONVENTION_ARTICLES, { each: true, message: 'Choose Convention articles from the list.' })
  conventionArticles!: number[];

  @Field(() => [CaseWeaponInput])
  @Transform(orEmpty((p) => p.value))
  @IsArray()
  @ArrayMaxSize(L.listMax, { message: `At most ${L.listMax} weapon types.` })
  @ValidateNested({ each: true })
  @Type(() => CaseWeaponInput)
  weapons!: CaseWeaponInput[];

  @Field(() => [String], { description: 'MODUS taxonomy codes' })
  @Transform(orEmpty(uniqueList))
  @IsArray()
  @ArrayMaxSize(L.listMax)
  @Matches(TERM_CODE, { each: true, message: 'Choose modi operandi from the list.' })
  modusOperandi!: string[];

  @Field(() => [CaseRouteStopInput], { description: 'The trafficking route, in order' })
  @Transform(orEmpty((p) => p.value))
  @IsArray()
  @ArrayMaxSize(L.routeMax, { message: `At most ${L.routeMax} countries on the route.` })
  @ValidateNested({ each: true })
  @Type(() => CaseRouteStopInput)
  route!: CaseRouteStopInput[];

  @Field(() => [CaseDefendantInput])
  @Transform(orEmpty((p) => p.value))
  @IsArray()
  @ArrayMaxSize(L.defendantsMax, { message: `At most ${L.defendantsMax} defendants.` })
  @ValidateNested({ each: true })
  @Type(() => CaseDefendantInput)
  defendants!: CaseDefendantInput[];

  @Field(() => CaseOutcome)
  @IsEnum(CaseOutcome, { message: 'Choose an outcome.' })
  outcome!: CaseOutcome;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.summaryMax, { message: `Summarise the case (at most ${L.summaryMax} characters).` })
  summary!: string;

  @Field({ description: 'May contain line breaks; may be empty' })
  @Transform(({ value }) => (value === undefined || value === null ? '' : trim({ value })))
  @IsString()
  @MaxLength(L.longTextMax)
  facts!: string;

  @Field({ description: 'May contain line breaks; may be empty' })
  @Transform(({ value }) => (value === undefined || value === null ? '' : trim({ value })))
  @IsString()
  @MaxLength(L.longTextMax)
  reasoning!: string;

  @Field({ description: 'May contain line breaks; may be empty' })
  @Transform(({ value }) => (value === undefined || value === null ? '' : trim({ value })))
  @IsString()
  @MaxLength(L.longTextMax)
  commentary!: string;

  @Field(() => [String])
  @Transform(orEmpty(textList))
  @IsArray()
  @ArrayMaxSize(L.listMax, { message: `At most ${L.listMax} good practices.` })
  @IsString({ each: true })
  @MaxLength(L.listItemMax, { each: true, message: ITEM_MESSAGE })
  goodPractices!: string[];

  @Field(() => [String])
  @Transform(orEmpty(textList))
  @IsArray()
  @ArrayMaxSize(L.listMax, { message: `At most ${L.listMax} lessons.` })
  @IsString({ each: true })
  @MaxLength(L.listItemMax, { each: true, message: ITEM_MESSAGE })
  lessons!: string[];

  @Field(() => [String])
  @Transform(orEmpty(uniqueList))
  @IsArray()
  @ArrayMaxSize(L.keywordsMax, { message: `At most ${L.keywordsMax} keywords.` })
  @IsString({ each: true })
  @MaxLength(L.keywordMax, { each: true, message: `A keyword has at most ${L.keywordMax} characters.` })
  keywords!: string[];

  @Field(() => [CaseSourceInput])
  @Transform(orEmpty((p) => p.value))
  @IsArray()
  @ArrayMaxSize(L.sourcesMax, { message: `At most ${L.sourcesMax} sources.` })
  @ValidateNested({ each: true })
  @Type(() => CaseSourceInput)
  sources!: CaseSourceInput[];
}

@InputType({ description: 'A translation of the text fields; a field left out falls back to the original' })
export class CaseTextInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.titleMax)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.summaryMax)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.longTextMax)
  facts?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.longTextMax)
  reasoning?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.longTextMax)
  commentary?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Transform(textList)
  @IsArray()
  @ArrayMaxSize(L.listMax)
  @IsString({ each: true })
  @MaxLength(L.listItemMax, { each: true, message: ITEM_MESSAGE })
  goodPractices?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Transform(textList)
  @IsArray()
  @ArrayMaxSize(L.listMax)
  @IsString({ each: true })
  @MaxLength(L.listItemMax, { each: true, message: ITEM_MESSAGE })
  lessons?: string[] | null;
}

@InputType({ description: 'A taxonomy term (moderators)' })
export class DigestTermInput {
  @Field(() => TaxonomyKind)
  @IsEnum(TaxonomyKind)
  kind!: TaxonomyKind;

  @Field({ description: 'Lowercase letters, digits and hyphens; stored in records' })
  @Transform(lower)
  @IsString()
  @MaxLength(60)
  @Matches(TERM_CODE, { message: 'Use lowercase letters, digits and hyphens.' })
  code!: string;

  @Field(() => [LocalizedTextInput], { description: 'The English name is required' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Give at least the English name.' })
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => LocalizedTextInput)
  names!: LocalizedTextInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  position?: number | null;
}
