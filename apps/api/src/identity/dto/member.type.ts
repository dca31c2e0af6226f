import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AccountStatus, FocalPointAuthority, PractitionerType, Role, SessionState } from './enums.js';

@ObjectType({ description: 'An active member as other members see them' })
export class Member {
  @Field(() => ID)
  id!: string;

  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  country!: string | null;

  @Field(() => String, { nullable: true })
  institution!: string | null;

  @Field(() => PractitionerType, { nullable: true })
  practitionerType!: PractitionerType | null;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => [String], { description: 'Working languages (ISO 639-1)' })
  languages!: string[];

  @Field(() => [String])
  expertise!: string[];

  @Field()
  bio!: string;

  @Field(() => String, { nullable: true, description: 'URL of the profile photo' })
  photoUrl!: string | null;

  @Field(() => Role)
  role!: Role;

  @Field(() => [FocalPoint], { description: 'Authorities this member is the focal point for' })
  focalPoints?: FocalPoint[];
}

@ObjectType({
  description: 'A national focal point: a member who is the contact for an authority of a country',
})
export class FocalPoint {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country!: string;

  @Field(() => FocalPointAuthority)
  authority!: FocalPointAuthority;

  @Field()
  contactHours!: string;

  @Field(() => Member)
  member!: Member;
}

@ObjectType()
export class MemberPage {
  @Field(() => [Member])
  items!: Member[];

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'The signed-in caller' })
export class Viewer {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  fullName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => SessionState)
  sessionState!: SessionState;

  @Field({ description: 'Whether a TOTP second factor is set up' })
  mfaEnabled!: boolean;

  @Field({ description: 'Whether the role requires a second factor' })
  mfaRequired!: boolean;

  @Field({ description: 'Language of e-mails' })
  locale!: string;
}

@ObjectType({ description: 'The caller\u2019s own profile, with what only they see' })
export class MyProfile extends Member {
  @Field()
  email!: string;

  @Field()
  locale!: string;

  @Field(() => AccountStatus)
  status!: AccountStatus;
}

@ObjectType({ description: 'A member as administrators see them' })
export class AdminMember extends Member {
  @Field()
  email!: string;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field()
  mfaEnabled!: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Set while the account is locked after failed sign-ins',
  })
  lockedUntil!: Date | null;
}

@ObjectType()
export class AdminMemberPage {
  @Field(() => [AdminMember])
  items!: AdminMember[];

  @Field(() => Int)
  total!: number;
}
