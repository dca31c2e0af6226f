import { COUNTRY_CODES, JIT_LIMITS as L } from '@cop/contracts';
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
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { JitNoteKind, LegalRequestType } from './jit.types.js';

/** Trims; an empty text becomes null (clears an optional field). */
const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return t === '' ? null : t;
};
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
const upperList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v)))]
    : value;

/** Validates when given; null is refused (the field cannot be cleared). */
const present = (_o: object, value: unknown) => value !== undefined;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2025-02-30 is refused). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value && Number(m[1]) >= 1900;
}

/** A date exchanged as YYYY-MM-DD (code `isDay`). */
export function IsDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isDay', validator: { validate: isDay, defaultMessage: () => 'Give a date as YYYY-MM-DD.' } },
    options,
  );
}

const COUNTRY_MESSAGE = 'Choose a country from the list.';

@InputType({ description: 'A new workspace; the creator (or, for staff, leaderId) becomes its first leader' })
export class JitWorkspaceInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.nameMax, { message: `Name the workspace (at most ${L.nameMax} characters).` })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.referenceMax)
  reference?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.purposeMax)
  purpose?: string | null;

  @Field(() => [String], { description: `ISO 3166-1 alpha-2, ${L.countriesMin} to ${L.countriesMax}` })
  @Transform(upperList)
  @IsArray()
  @ArrayMinSize(L.countriesMin, { message: `Choose at least ${L.countriesMin} participating countries.` })
  @ArrayMaxSize(L.countriesMax, { message: `At most ${L.countriesMax} participating countries.` })
  @IsIn(COUNTRY_CODES, { each: true, message: 'Choose countries from the list.' })
  countries!: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(trimToNull)
  @IsDay()
  agreementSignedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before agreementSignedOn' })
  @IsOptional()
  @Transform(trimToNull)
  @IsDay()
  agreementEndsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.phaseNoteMax)
  phaseNote?: string | null;

  @Field({ description: 'The country the first leader represents (one of countries)' })
  @Transform(upper)
  @IsIn(COUNTRY_CODES, { message: COUNTRY_MESSAGE })
  leaderCountry!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Moderators and admins only: another active member as first leader (the caller is then not a member)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member.' })
  leaderId?: string | null;
}

@InputType({ description: 'Changes to a workspace (leaders); a field left out stays as it is' })
export class JitWorkspaceUpdateInput {
  @Field(() => String, { nullable: true })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, L.nameMax, { message: `Name the workspace (at most ${L.nameMax} characters).` })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.referenceMax)
  reference?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.purposeMax)
  purpose?: string | null;

  @Field(() => [String], { nullable: true })
  @ValidateIf(present)
  @Transform(upperList)
  @IsArray()
  @ArrayMinSize(L.countriesMin, { message: `Choose at least ${L.countriesMin} participating countries.` })
  @ArrayMaxSize(L.countriesMax, { message: `At most ${L.countriesMax} participating countries.` })
  @IsIn(COUNTRY_CODES, { each: true, message: 'Choose countries from the list.' })
  countries?: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(trimToNull)
  @IsDay()
  agreementSignedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.phaseNoteMax)
  phaseNote?: string | null;
}

@InputType({ description: 'Firearm tracing details (TRACING requests only)' })
export class FirearmTraceInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.traceFieldMax)
  manufacturer?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.traceFieldMax)
  model?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.traceFieldMax)
  calibre?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.traceFieldMax)
  serialNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(upper)
  @IsIn(COUNTRY_CODES, { message: COUNTRY_MESSAGE })
  countryOfManufacture?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.traceFieldMax)
  importMarking?: string | null;
}

@InputType({ isAbstract: true })
abstract class LegalRequestFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.authorityMax)
  requestingAuthority?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.authorityMax)
  requestedAuthority?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.requestReferenceMax)
  requestingReference?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.requestReferenceMax)
  requestedReference?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(trimToNull)
  @IsDay()
  draftedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(trimToNull)
  @IsDay()
  dueOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'A current member who is not an observer' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member of the workspace.' })
  responsibleId?: string | null;

  @Field(() => FirearmTraceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FirearmTraceInput)
  tracing?: FirearmTraceInput | null;
}

@InputType()
export class LegalRequestInput extends LegalRequestFields {
  @Field(() => ID)
  @IsString()
  workspaceId!: string;

  @Field(() => LegalRequestType)
  @IsEnum(LegalRequestType)
  type!: LegalRequestType;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.requestSubjectMax, {
    message: `Describe the request (at most ${L.requestSubjectMax} characters).`,
  })
  subject!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Transform(upper)
  @IsIn(COUNTRY_CODES, { message: COUNTRY_MESSAGE })
  requestingCountry!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Transform(upper)
  @IsIn(COUNTRY_CODES, { message: COUNTRY_MESSAGE })
  requestedCountry!: string;
}

@InputType({ description: 'Changes to a request; a field left out stays as it is, null clears it' })
export class LegalRequestUpdateInput extends LegalRequestFields {
  @Field(() => String, { nullable: true })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, L.requestSubjectMax, {
    message: `Describe the request (at most ${L.requestSubjectMax} characters).`,
  })
  subject?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(trimToNull)
  @IsDay()
  sentOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(trimToNull)
  @IsDay()
  acknowledgedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(trimToNull)
  @IsDay()
  answeredOn?: string | null;
}

@InputType()
export class JitTaskInput {
  @Field(() => ID)
  @IsString()
  workspaceId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.taskTitleMax, { message: `Name the task (at most ${L.taskTitleMax} characters).` })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.taskDescriptionMax)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'A current member who is not an observer' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member of the workspace.' })
  assigneeId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(trimToNull)
  @IsDay()
  dueOn?: string | null;
}

@InputType({ description: 'Changes to a task; a field left out stays as it is, null clears it' })
export class JitTaskUpdateInput {
  @Field(() => String, { nullable: true })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, L.taskTitleMax, { message: `Name the task (at most ${L.taskTitleMax} characters).` })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(L.taskDescriptionMax)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member of the workspace.' })
  assigneeId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(trimToNull)
  @IsDay()
  dueOn?: string | null;
}

@InputType()
export class JitNoteInput {
  @Field(() => ID)
  @IsString()
  workspaceId!: string;

  @Field(() => JitNoteKind)
  @IsEnum(JitNoteKind)
  kind!: JitNoteKind;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.noteTitleMax, { message: `Give the note a title (at most ${L.noteTitleMax} characters).` })
  title!: string;

  @Field({ description: 'Markdown' })
  @IsString()
  @MaxLength(L.noteBodyMax, { message: `A note has at most ${L.noteBodyMax} characters.` })
  body!: string;
}

@InputType({ description: 'A change to a note, made on the version the writer saw' })
export class JitNoteUpdateInput {
  @Field(() => JitNoteKind, { nullable: true })
  @ValidateIf(present)
  @IsEnum(JitNoteKind)
  kind?: JitNoteKind;

  @Field(() => String, { nullable: true })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @Length(1, L.noteTitleMax, { message: `Give the note a title (at most ${L.noteTitleMax} characters).` })
  title?: string;

  @Field(() => String, { nullable: true, description: 'Markdown' })
  @ValidateIf(present)
  @IsString()
  @MaxLength(L.noteBodyMax, { message: `A note has at most ${L.noteBodyMax} characters.` })
  body?: string;

  @Field(() => Int, { description: 'The version the change was made on (stale: CONFLICT)' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
