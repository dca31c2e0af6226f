import { COUNTRY_CODES, EvidenceType, JIT_LIMITS as L } from '@cop/contracts';
import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Trimmed; an empty text clears an optional field. */
const trimOrNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;
const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

const COUNTRY_MESSAGE = 'Choose the country of origin from the list.';

/**
 * The fields of an evidence item a member may set. In an update an omitted field stays as it was;
 * `null` (or empty text) clears an optional one.
 */
@InputType({ isAbstract: true })
abstract class EvidenceFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(L.evidenceDescriptionMax, {
    message: `A description has at most ${L.evidenceDescriptionMax} characters.`,
  })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Name/unit; may be someone outside the workspace' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(L.collectedByMax, { message: `At most ${L.collectedByMax} characters.` })
  collectedBy?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'Give a valid date and time.' })
  collectedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(L.legalBasisMax, { message: `At most ${L.legalBasisMax} characters.` })
  legalBasis?: string | null;
}

@InputType()
export class JitEvidenceInput extends EvidenceFields {
  /** A malformed id answers NOT_FOUND, like a workspace one is not in. */
  @Field(() => ID)
  @IsString()
  workspaceId!: string;

  @Field(() => ID, { description: 'A file the caller uploaded through /api/files and has not attached' })
  @IsUUID('all', { message: 'Upload the file first.' })
  fileId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.evidenceTitleMax, { message: `Give a title (at most ${L.evidenceTitleMax} characters).` })
  title!: string;

  @Field(() => EvidenceType)
  @IsEnum(EvidenceType)
  type!: EvidenceType;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Transform(upper)
  @IsIn(COUNTRY_CODES, { message: COUNTRY_MESSAGE })
  originCountry!: string;

  @Field({ description: 'Free text label, e.g. "JIT RESTRICTED"' })
  @Transform(trim)
  @IsString()
  @Length(1, L.classificationMax, {
    message: `Give a classification (at most ${L.classificationMax} characters).`,
  })
  classification!: string;
}

@InputType()
export class JitEvidenceUpdateInput extends EvidenceFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, L.evidenceTitleMax, { message: `Give a title (at most ${L.evidenceTitleMax} characters).` })
  title?: string | null;

  @Field(() => EvidenceType, { nullable: true })
  @IsOptional()
  @IsEnum(EvidenceType)
  type?: EvidenceType | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(upper)
  @IsIn(COUNTRY_CODES, { message: COUNTRY_MESSAGE })
  originCountry?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, L.classificationMax, {
    message: `Give a classification (at most ${L.classificationMax} characters).`,
  })
  classification?: string | null;
}
