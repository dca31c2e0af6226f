import { MESSAGING_LIMITS as L } from '@cop/contracts';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const idList = ({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value);
const SCHEME = /^[a-z][a-z0-9.-]{0,31}$/;

@InputType()
export class SendMessageInput {
  /** A malformed id answers NOT_FOUND, like one of a conversation one is not in. */
  @Field(() => ID)
  @IsString()
  conversationId!: string;

  @Field(() => ID, { description: 'A UUID made once per message and reused on every retry' })
  @IsUUID('all', { message: 'clientId must be a UUID.' })
  clientId!: string;

  @Field({ defaultValue: 'plain' })
  @IsString()
  @Matches(SCHEME)
  scheme!: string;

  @Field({
    description: `The payload (scheme plain: at most ${L.bodyMax} characters; e2e-v1: an E2eEnvelope as JSON; any: at most ${L.payloadMaxBytes} bytes)`,
  })
  @IsString()
  payload!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  replyToId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Files uploaded through /api/files for a plain message, through /api/files/encrypted for an e2e-v1 one',
  })
  @IsOptional()
  @Transform(idList)
  @IsArray()
  @ArrayMaxSize(L.attachmentsMax, { message: `At most ${L.attachmentsMax} attachments.` })
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

@InputType()
export class EditMessageInput {
  @Field(() => ID)
  @IsString()
  messageId!: string;

  @Field({ defaultValue: 'plain' })
  @IsString()
  @Matches(SCHEME)
  scheme!: string;

  @Field()
  @IsString()
  payload!: string;
}

@InputType()
export class NewGroupInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(L.titleMin, L.titleMax, { message: `Name the group (at most ${L.titleMax} characters).` })
  title!: string;

  @Field(() => [ID], { description: 'The other members (the creator is added as admin)' })
  @Transform(idList)
  @IsArray()
  @ArrayMaxSize(L.groupMax)
  @IsUUID('all', { each: true })
  memberIds!: string[];
}
