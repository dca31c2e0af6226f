import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Principal } from '../access/principal.js';
import type { GraphQLContext } from '../common/graphql/graphql.options.js';
import type { Attachment } from '../files/dto/attachment.type.js';
import { FilesService } from '../files/files.service.js';
import type { Member } from '../identity/dto/member.type.js';
import { toMember } from '../identity/identity.mappers.js';
import { MembersService } from '../identity/members.service.js';
import { MESSAGE_SUBJECT, type MemberRow, type MessageRow } from './messaging.rows.js';
import { MessagingService } from './messaging.service.js';

/**
 * One set of loaders per request: a list of conversations asks once for all their members and
 * once for all the people; a page of messages once for all senders, attachments and replies.
 */
export class MessagingLoaders {
  readonly people: DataLoader<string, Member | null>;
  /** Members (with watermarks) of a conversation the caller is in. */
  readonly members: DataLoader<string, MemberRow[]>;
  readonly attachments: DataLoader<string, Attachment[]>;
  /** Messages of the caller's conversations, by id (reply references). */
  readonly messages: DataLoader<string, MessageRow | null>;

  constructor(
    principal: Principal,
    deps: { members: MembersService; messaging: MessagingService; files: FilesService },
  ) {
    this.people = new DataLoader(async (ids) => {
      const users = await deps.members.usersByIds(ids);
      return ids.map((id) => {
        const u = users.get(id);
        return u ? toMember(u) : null;
      });
    });
    this.members = new DataLoader(async (conversationIds) => {
      const map = await deps.messaging.membersOf(conversationIds);
      return conversationIds.map((id) => map.get(id) ?? []);
    });
    this.attachments = new DataLoader(async (messageIds) => {
      const map = await deps.files.attachmentsFor(MESSAGE_SUBJECT, messageIds);
      return messageIds.map((id) => map.get(id) ?? []);
    });
    this.messages = new DataLoader(async (ids) => {
      const map = await deps.messaging.messagesByIds(principal, ids);
      return ids.map((id) => map.get(id) ?? null);
    });
  }
}

/** The request's loaders, made on first use. */
@Injectable()
export class MessagingLoaderFactory {
  private readonly byRequest = new WeakMap<object, MessagingLoaders>();

  constructor(
    readonly members: MembersService,
    readonly messaging: MessagingService,
    readonly files: FilesService,
  ) {}

  for(ctx: GraphQLContext, principal: Principal): MessagingLoaders {
    const key = ctx.req as object;
    let loaders = this.byRequest.get(key);
    if (!loaders) {
      loaders = new MessagingLoaders(principal, this);
      this.byRequest.set(key, loaders);
    }
    return loaders;
  }
}
