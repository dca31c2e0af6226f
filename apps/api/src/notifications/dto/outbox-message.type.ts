import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An e-mail the portal wrote to its local outbox (no SMTP server configured)' })
export class OutboxMessage {
  @Field({ description: 'File name of the message in the outbox' })
  id!: string;

  @Field({ description: 'Recipients, as in the To header' })
  to!: string;

  @Field()
  subject!: string;

  @Field(() => GraphQLISODateTime)
  sentAt!: Date;

  @Field({ description: 'Plain-text body' })
  text!: string;

  @Field(() => [String], { description: 'The http(s) links in the body, in order' })
  links!: string[];
}
