import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../access/policy.decorator.js';
import { OutboxMessage } from './dto/outbox-message.type.js';
import { OutboxPage } from './dto/outbox-page.type.js';
import { type OutboxEntry, OutboxService } from './outbox.service.js';

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  constructor(private readonly service: OutboxService) {}

  @Policy('notifications.outbox.read')
  @Query(() => OutboxPage, {
    description: 'Mail written to the local outbox, newest first; admins only',
    complexity: ({ args, childComplexity }) => 1 + (args.first as number) * childComplexity,
  })
  async outbox(
    @Args('first', { type: () => Int, defaultValue: 20, description: '1 to 100' }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<OutboxPage> {
    const page = await this.service.list({ first, offset });
    return { enabled: page.enabled, total: page.total, items: page.items.map(toOutboxMessage) };
  }

  @Policy('notifications.outbox.read')
  @Query(() => OutboxMessage, { description: 'One message of the local outbox; admins only' })
  async outboxMessage(@Args('id') id: string): Promise<OutboxMessage> {
    return toOutboxMessage(await this.service.get(id));
  }
}

function toOutboxMessage(entry: OutboxEntry): OutboxMessage {
  return {
    id: entry.id,
    to: entry.to,
    subject: entry.subject,
    sentAt: entry.sentAt,
    text: entry.text,
    links: [...entry.links],
  };
}
