import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { SessionState } from './enums.js';
import { Viewer } from './member.type.js';

@ObjectType({ description: 'One of the caller\u2019s open sessions' })
export class Session {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The session making this request' })
  current!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  lastSeenAt!: Date;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: 'Browser and system, from the user agent' })
  device!: string | null;
}

@ObjectType()
export class SignInResult {
  @Field(() => SessionState, {
    description:
      'ACTIVE: signed in; MFA_REQUIRED: give a code next; MFA_ENROLLMENT_REQUIRED: set up a second factor next',
  })
  state!: SessionState;

  @Field(() => Viewer)
  viewer!: Viewer;
}

@ObjectType({ description: 'A TOTP secret being set up: shown once, confirmed with a code' })
export class TotpEnrollment {
  @Field({ description: 'Base32 secret, for typing into an authenticator app' })
  secret!: string;

  @Field({ description: 'otpauth:// URI' })
  otpauthUri!: string;

  @Field({ description: 'The URI as a QR code (data: URL, PNG)' })
  qrCodeDataUrl!: string;
}

@ObjectType({ description: 'Ten single-use recovery codes, shown once' })
export class RecoveryCodes {
  @Field(() => [String])
  codes!: string[];
}
