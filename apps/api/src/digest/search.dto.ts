import {
  CaseOutcome,
  CONVENTION_ARTICLES,
  COUNTRY_CODES,
  CourtLevel,
  DIGEST_LIMITS as L,
  DIGEST_REGIONS,
  FIREARMS_PROTOCOL_ARTICLES,
} from '@cop/contracts';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { HighlightPart } from '../discussions/dto/discussion.types.js';
import { DigestCaseSummary, DigestSort } from './dto/digest.types.js';

/** The longest search text accepted. */
export const SEARCH_TEXT_MAX = 200;
/** The deepest offset accepted (past it, refine the search). */
export const SEARCH_OFFSET_MAX = 10_000;
/** At most this many values per filter. */
const FILTER_VALUES_MAX = 30;

const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return t === '' ? null : t;
};
const upperList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v)) : value;

@InputType({ description: 'A search of the published case-law records: full text, filters, order, page' })
export class DigestSearchInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Words (any of the content languages; "quoted phrases", -excluded words, OR), or a court name or case number',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(SEARCH_TEXT_MAX, { message: `Search for at most ${SEARCH_TEXT_MAX} characters.` })
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes (any of)' })
  @IsOptional()
  @Transform(upperList)
  @IsArray()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  @IsIn(COUNTRY_CODES, { each: true, message: 'Choose countries from the list.' })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'UN M49 sub-regions (any of)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  @IsIn(DIGEST_REGIONS, { each: true, message: 'Choose regions from the list.' })
  regions?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Decisions of this year or later' })
  @IsOptional()
  @IsInt()
  @Min(1900, { message: 'Choose a year from 1900.' })
  @Max(2100, { message: 'Choose a year up to 2100.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Decisions of this year or earlier' })
  @IsOptional()
  @IsInt()
  @Min(1900, { message: 'Choose a year from 1900.' })
  @Max(2100, { message: 'Choose a year up to 2100.' })
  yearTo?: number | null;

  @Field(() => [String], { nullable: true, description: 'OFFENCE codes (any of)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  @IsString({ each: true })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { each: true, message: 'Choose offences from the list.' })
  offences?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Firearms Protocol articles (any of)' })
  @IsOptional()
  @IsArray()
  @IsIn(FIREARMS_PROTOCOL_ARTICLES, { each: true, message: 'Choose Protocol articles from the list.' })
  protocolArticles?: number[] | null;

  @Field(() => [Int], { nullable: true, description: 'Organized Crime Convention articles (any of)' })
  @IsOptional()
  @IsArray()
  @IsIn(CONVENTION_ARTICLES, { each: true, message: 'Choose Convention articles from the list.' })
  conventionArticles?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'WEAPON codes (any of)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  @IsString({ each: true })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { each: true, message: 'Choose weapon types from the list.' })
  weapons?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'MODUS codes (any of)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  @IsString({ each: true })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { each: true, message: 'Choose modi operandi from the list.' })
  modus?: string[] | null;

  @Field(() => [CaseOutcome], { nullable: true, description: 'Outcomes (any of)' })
  @IsOptional()
  @IsArray()
  @IsEnum(CaseOutcome, { each: true, message: 'Choose outcomes from the list.' })
  outcomes?: CaseOutcome[] | null;

  @Field(() => [CourtLevel], { nullable: true, description: 'Court levels (any of)' })
  @IsOptional()
  @IsArray()
  @IsEnum(CourtLevel, { each: true, message: 'Choose court levels from the list.' })
  courtLevels?: CourtLevel[] | null;

  @Field(() => DigestSort, { nullable: true, defaultValue: DigestSort.RELEVANCE })
  @IsOptional()
  @IsEnum(DigestSort, { message: 'Choose an order.' })
  sort?: DigestSort | null;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Ask for at least one record.' })
  @Max(L.searchPageMax, { message: `Ask for at most ${L.searchPageMax} records at a time.` })
  first?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'The offset cannot be negative.' })
  @Max(SEARCH_OFFSET_MAX, { message: `Refine the search to go past ${SEARCH_OFFSET_MAX} records.` })
  offset?: number | null;
}

@ObjectType({ description: 'A facet value and how many records have it' })
export class FacetCount {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'Counts per value of each filter. Disjunctive: the counts of a facet apply the text and every other filter but not its own, so they show what choosing another value of it would give.',
})
export class DigestFacets {
  @Field(() => [FacetCount])
  countries!: FacetCount[];

  @Field(() => [FacetCount])
  regions!: FacetCount[];

  @Field(() => [FacetCount])
  years!: FacetCount[];

  @Field(() => [FacetCount])
  offences!: FacetCount[];

  @Field(() => [FacetCount])
  protocolArticles!: FacetCount[];

  @Field(() => [FacetCount])
  conventionArticles!: FacetCount[];

  @Field(() => [FacetCount])
  weapons!: FacetCount[];

  @Field(() => [FacetCount])
  modus!: FacetCount[];

  @Field(() => [FacetCount])
  outcomes!: FacetCount[];

  @Field(() => [FacetCount])
  courtLevels!: FacetCount[];
}

@ObjectType({ description: 'A published record found by a search' })
export class DigestSearchHit {
  @Field(() => DigestCaseSummary)
  case!: DigestCaseSummary;

  @Field(() => [HighlightPart], {
    description: 'The summary (or the passage of the record that matched) with the matched words marked',
  })
  snippet!: HighlightPart[];

  @Field(() => Float, { nullable: true, description: 'Relevance (text searches)' })
  rank!: number | null;
}

@ObjectType({ description: 'A page of search results with the facet counts of the whole result' })
export class DigestSearchResult {
  @Field(() => Int)
  total!: number;

  @Field(() => [DigestSearchHit])
  hits!: DigestSearchHit[];

  @Field(() => DigestFacets)
  facets!: DigestFacets;
}
