import { COUNTRY_CODES, LANGUAGES, PASSWORD_MAX_LENGTH } from '@cop/contracts';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { ApplicationDecision, FocalPointAuthority, PractitionerType, Role } from './enums.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))]
    : value;
const lowerEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const LOCALES = LANGUAGES.map((l) => l.code);
/** ISO 639-1 codes: two lowercase letters. */
const LANGUAGE_CODE = /^[a-z]{2}$/;

/** What a practitioner says about themselves, on the application form and on their profile. */
@InputType({ isAbstract: true })
abstract class PractitionerFields {
  @Field()
  @Transform(trim)
  @Length(2, 120)
  fullName!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @IsIn(COUNTRY_CODES, { message: 'Choose a country from the list.' })
  country!: string;

  @Field()
  @Transform(trim)
  @Length(2, 200)
  institution!: string;

  @Field(() => PractitionerType)
  @IsEnum(PractitionerType)
  practitionerType!: PractitionerType;

  @Field()
  @Transform(trim)
  @Length(2, 120)
  position!: string;

  @Field(() => [String], { description: 'ISO 639-1 codes' })
  @Transform(trimAll)
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one working language.' })
  @ArrayMaxSize(12)
  @Matches(LANGUAGE_CODE, { each: true })
  languages!: string[];

  @Field(() => [String])
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  expertise!: string[];

  @Field({ description: 'Language of the e-mails the member receives', defaultValue: 'en' })
  @IsIn(LOCALES)
  locale!: string;
}

@InputType({ description: 'What an applicant tells the moderators' })
export class ApplyInput extends PractitionerFields {
  @Field()
  @Transform(lowerEmail)
  @IsEmail({ allow_utf8_local_part: false }, { message: 'Enter a valid e-mail address.' })
  @MaxLength(254)
  email!: string;

  @Field()
  @Transform(trim)
  @Length(20, 4000, { message: 'Tell the moderators about your work in 20 to 4000 characters.' })
  motivation!: string;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail of an existing member who vouches for the applicant',
  })
  @IsOptional()
  @Transform(lowerEmail)
  @IsEmail({ allow_utf8_local_part: false }, { message: 'Enter a valid e-mail address.' })
  voucherEmail?: string | null;
}

@InputType()
export class ProfileInput extends PractitionerFields {
  @Field()
  @Transform(trim)
  @MaxLength(2000)
  bio!: string;
}

@InputType()
export class DirectoryFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name or institution' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(100)
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;

  @Field(() => PractitionerType, { nullable: true })
  @IsOptional()
  @IsEnum(PractitionerType)
  practitionerType?: PractitionerType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(LANGUAGE_CODE)
  language?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(60)
  expertise?: string;
}

@InputType()
export class AdminMemberFilter extends DirectoryFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Statuses to include (default: all but applications)',
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  statuses?: string[];

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}

@InputType()
export class DecideApplicationInput {
  @Field(() => ID)
  @IsUUID()
  applicationId!: string;

  @Field(() => ApplicationDecision)
  @IsEnum(ApplicationDecision)
  decision!: ApplicationDecision;

  @Field(() => String, { nullable: true, description: 'Required when rejecting; sent to the applicant' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class InviteInput {
  @Field()
  @Transform(lowerEmail)
  @IsEmail({ allow_utf8_local_part: false }, { message: 'Enter a valid e-mail address.' })
  @MaxLength(254)
  email!: string;

  @Field()
  @Transform(trim)
  @Length(2, 120)
  fullName!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field({ defaultValue: 'en' })
  @IsIn(LOCALES)
  locale!: string;
}

@InputType()
export class SetPasswordInput {
  @Field()
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  currentPassword!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  newPassword!: string;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(lowerEmail)
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password!: string;
}

@InputType()
export class FocalPointInput {
  @Field(() => ID)
  @IsUUID()
  memberId!: string;

  @Field()
  @IsIn(COUNTRY_CODES, { message: 'Choose a country from the list.' })
  country!: string;

  @Field(() => FocalPointAuthority)
  @IsEnum(FocalPointAuthority)
  authority!: FocalPointAuthority;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(200)
  contactHours!: string;
}

@InputType()
export class PasswordResetRequestInput {
  @Field()
  @Transform(lowerEmail)
  @IsEmail({ allow_utf8_local_part: false }, { message: 'Enter a valid e-mail address.' })
  @MaxLength(254)
  email!: string;
}
