import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OutboxMessage } from './outbox-message.type.js';

@ObjectType({ description: 'A page of the local outbox, newest first' })
export class OutboxPage {
  @Field({ description: 'False when mail goes to an SMTP server: there is no local outbox then' })
  enabled!: boolean;

  @Field(() => Int, { description: 'Messages in the outbox' })
  total!: number;

  @Field(() => [OutboxMessage])
  items!: OutboxMessage[];
}
