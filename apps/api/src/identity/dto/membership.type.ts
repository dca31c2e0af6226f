import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { AccountStatus, LinkKind, PractitionerType, Role } from './enums.js';
import { Member } from './member.type.js';

@ObjectType({ description: 'An application as moderators see it in the vetting queue' })
export class Application {
  @Field(() => ID, { description: 'The applicant\u2019s account id' })
  id!: string;

  @Field()
  fullName!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => String, { nullable: true })
  institution!: string | null;

  @Field(() => PractitionerType, { nullable: true })
  practitionerType!: PractitionerType | null;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => [String])
  languages!: string[];

  @Field(() => [String])
  expertise!: string[];

  @Field()
  motivation!: string;

  @Field(() => String, { nullable: true })
  voucherEmail!: string | null;

  @Field(() => Member, { nullable: true, description: 'The voucher, when they are an active member' })
  voucher!: Member | null;

  @Field({ description: 'Whether the voucher e-mail belongs to an active member' })
  voucherIsActiveMember!: boolean;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => GraphQLISODateTime)
  submittedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  emailConfirmedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decision!: string | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType()
export class Invitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  fullName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Who invited' })
  invitedBy!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'What a password link is, before it is used' })
export class PasswordLink {
  @Field({ description: 'false when the link is unknown, used or expired' })
  valid!: boolean;

  @Field(() => LinkKind, { nullable: true })
  kind!: LinkKind | null;
}
