import { COUNTRY_CODES, DISCUSSION_LIMITS as L, LANGUAGES } from '@cop/contracts';
import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DiscussionGroupKind, ThreadSort, WatchLevel } from './enums.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Trims, drops empties and duplicates (case-insensitively for tags). */
const tagList = ({ value }: { value: unknown }) => {
  if (!Array.isArray(value)) return value;
  const seen = new Map<string, string>();
  for (const v of value) {
    if (typeof v !== 'string') return value;
    const tag = v.trim().replace(/^#/, '').replace(/\s+/g, ' ');
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
};
const upperList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v)))]
    : value;
const idList = ({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value);
const LOCALES = LANGUAGES.map((l) => l.code);
const SLUG = /^[a-z0-9][a-z0-9-]{1,59}$/;

/** What every post carries: its text and the files attached to it. */
@InputType({ isAbstract: true })
abstract class PostFields {
  @Field({ description: 'Markdown' })
  @Transform(trim)
  @IsString()
  @Length(1, L.bodyMax, { message: `Write the message (at most ${L.bodyMax} characters).` })
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded through /api/files (an edit adds them)' })
  @IsOptional()
  @Transform(idList)
  @IsArray()
  @ArrayMaxSize(L.attachmentsMax, { message: `At most ${L.attachmentsMax} attachments.` })
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

@InputType({ isAbstract: true })
abstract class ThreadFields extends PostFields {
  @Field(() => [String], { nullable: true, description: `Up to ${L.tagsMax} tags` })
  @IsOptional()
  @Transform(tagList)
  @IsArray()
  @ArrayMaxSize(L.tagsMax, { message: `At most ${L.tagsMax} tags.` })
  @Length(1, L.tagMax, { each: true, message: `A tag has at most ${L.tagMax} characters.` })
  tags?: string[];

  @Field(() => [String], { nullable: true, description: 'Countries concerned (ISO 3166-1 alpha-2)' })
  @IsOptional()
  @Transform(upperList)
  @IsArray()
  @ArrayMaxSize(L.countriesMax)
  @IsIn(COUNTRY_CODES, { each: true, message: 'Choose countries from the list.' })
  countries?: string[];

  @Field(() => String, { nullable: true, description: 'A case number or reference' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.caseReferenceMax)
  caseReference?: string | null;
}

@InputType()
export class NewThreadInput extends ThreadFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a category.' })
  categoryId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(L.titleMin, L.titleMax, { message: `The title needs ${L.titleMin} to ${L.titleMax} characters.` })
  title!: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1; defaults to the author’s language' })
  @IsOptional()
  @IsIn(LOCALES, { message: 'Choose one of the portal’s languages.' })
  language?: string;
}

@InputType()
export class ReplyInput extends PostFields {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The post this one answers' })
  @IsOptional()
  @IsUUID()
  replyToPostId?: string | null;
}

@InputType({ description: 'An edit: the body, and for the opening post also the thread fields' })
export class EditPostInput extends ThreadFields {
  @Field(() => ID)
  @IsUUID()
  postId!: string;

  @Field(() => String, { nullable: true, description: 'Opening post only' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(L.titleMin, L.titleMax, { message: `The title needs ${L.titleMin} to ${L.titleMax} characters.` })
  title?: string;
}

/** Narrowing threads to a place, a subject or a person: shared by lists and search. */
@InputType({ isAbstract: true })
abstract class PlaceFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.tagMax)
  tag?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @IsIn(COUNTRY_CODES, { message: 'Choose a country from the list.' })
  country?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  authorId?: string;
}

@InputType()
export class ThreadFilter extends PlaceFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only threads with posts the caller has not read' })
  @IsOptional()
  unreadOnly?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only threads the caller watches' })
  @IsOptional()
  watchingOnly?: boolean;

  @Field(() => ThreadSort, { nullable: true })
  @IsOptional()
  @IsEnum(ThreadSort)
  sort?: ThreadSort;
}

@InputType()
export class SearchFilter extends PlaceFilter {
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@InputType()
export class LocalizedTextInput {
  @Field()
  @IsIn(LOCALES)
  language!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  text!: string;
}

@InputType()
export class CategoryInput {
  @Field()
  @Transform(trim)
  @Matches(SLUG, { message: 'Use 2–60 lowercase letters, digits and hyphens.' })
  slug!: string;

  @Field()
  @Transform(trim)
  @Length(2, 120)
  name!: string;

  @Field(() => [LocalizedTextInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LocalizedTextInput)
  names?: LocalizedTextInput[];

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(1000)
  description!: string;

  @Field(() => [LocalizedTextInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LocalizedTextInput)
  descriptions?: LocalizedTextInput[];

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  position!: number;

  @Field(() => [ID], { defaultValue: [], description: 'Empty: open to all active members' })
  @Transform(idList)
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  groupIds!: string[];
}

@InputType()
export class GroupInput {
  @Field()
  @Transform(trim)
  @Matches(SLUG, { message: 'Use 2–60 lowercase letters, digits and hyphens.' })
  slug!: string;

  @Field(() => DiscussionGroupKind)
  @IsEnum(DiscussionGroupKind)
  kind!: DiscussionGroupKind;

  @Field()
  @Transform(trim)
  @Length(2, 120)
  name!: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(1000)
  description!: string;
}

@InputType()
export class WatchInput {
  @Field(() => WatchLevel)
  @IsEnum(WatchLevel)
  level!: WatchLevel;
}

const REASON_MESSAGE = `Give a reason (${L.reasonMin} to ${L.reasonMax} characters).`;

@InputType({ description: 'A flag, or a moderator action on a post, with its reason' })
export class PostReasonInput {
  @Field(() => ID)
  @IsUUID()
  postId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(L.reasonMin, L.reasonMax, { message: REASON_MESSAGE })
  reason!: string;
}

@InputType({ description: 'A moderator action on a thread, with its reason' })
export class ThreadModerationInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(L.reasonMin, L.reasonMax, { message: REASON_MESSAGE })
  reason!: string;
}

@InputType()
export class MoveThreadInput extends ThreadModerationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a category.' })
  categoryId!: string;
}

@InputType({ description: 'Why a moderator removes someone else’s post (the author needs none)' })
export class DeleteReasonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(L.reasonMin, L.reasonMax, { message: REASON_MESSAGE })
  reason?: string;
}

@InputType()
export class GroupMembersInput {
  @Field(() => [ID])
  @Transform(idList)
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'Choose members from the directory.' })
  userIds!: string[];
}
