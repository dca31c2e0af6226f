import { E2E_LIMITS } from '@cop/contracts';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ObjectType({
  description:
    'One of the caller’s devices for end-to-end encrypted messaging (its public keys; the private keys never leave it)',
})
export class Device {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field({ description: 'X25519 public key, 32 bytes, base64url' })
  encryptionKey!: string;

  @Field({ description: 'Ed25519 public key, 32 bytes, base64url' })
  signingKey!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Registered, or last sent an encrypted message' })
  lastSeenAt!: Date;

  @Field({ description: 'Registered by the session making this request' })
  current!: boolean;
}

@ObjectType({ description: 'A current device of an active member: the keys to encrypt to and verify' })
export class DeviceKeys {
  @Field(() => ID)
  deviceId!: string;

  @Field(() => ID)
  userId!: string;

  @Field({ description: 'X25519 public key, 32 bytes, base64url' })
  encryptionKey!: string;

  @Field({ description: 'Ed25519 public key, 32 bytes, base64url' })
  signingKey!: string;

  @Field()
  label!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({
  description:
    'The Ed25519 key a device signs with, also after the device was removed: to verify the messages it sent',
})
export class SigningKey {
  @Field(() => ID)
  deviceId!: string;

  @Field(() => ID)
  userId!: string;

  @Field({ description: 'Ed25519 public key, 32 bytes, base64url' })
  signingKey!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the device was removed (null while it is current); its earlier messages stay valid',
  })
  removedAt!: Date | null;
}

@ObjectType({ description: 'The caller’s encrypted key backup: opaque to the server' })
export class KeyBackup {
  @Field({ description: 'base64url text, encrypted in the browser' })
  blob!: string;

  @Field(() => Int, { description: 'Pass it as expectedVersion to replace the backup' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@InputType()
export class RegisterDeviceInput {
  @Field({ description: `1–${E2E_LIMITS.deviceLabelMax} characters, e.g. “Firefox on the office laptop”` })
  @Transform(trim)
  @IsString()
  @Length(1, E2E_LIMITS.deviceLabelMax, {
    message: `A device name has 1 to ${E2E_LIMITS.deviceLabelMax} characters.`,
  })
  label!: string;

  @Field({ description: 'X25519 public key, 32 bytes, base64url without padding' })
  @IsString()
  @MaxLength(200)
  encryptionKey!: string;

  @Field({ description: 'Ed25519 public key, 32 bytes, base64url without padding' })
  @IsString()
  @MaxLength(200)
  signingKey!: string;
}
