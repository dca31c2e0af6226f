import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Member } from '../../identity/dto/member.type.js';
import {
  EMAIL_MODES,
  type EmailMode,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '../notification-kinds.js';

/** GraphQL enums built from the domain's lists, so the two cannot drift. */
export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as {
  [K in NotificationKind]: K;
};
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'What happened: a mention, a reply or a new thread where you follow, a post hidden or restored',
});

export const NotificationEmailModeEnum = Object.fromEntries(EMAIL_MODES.map((m) => [m, m])) as {
  [M in EmailMode]: M;
};
registerEnumType(NotificationEmailModeEnum, {
  name: 'NotificationEmailMode',
  description: 'IMMEDIATE: one e-mail shortly after new notifications; DAILY: one digest a day; OFF: none',
});

@ObjectType({
  description:
    'Something that happened for you. Title and excerpt are described when read, for you as you are now: what you may no longer see is not listed.',
})
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field()
  read!: boolean;

  @Field({ description: 'Path in the web app, e.g. /discussions/t/<thread>#post-<post>' })
  link!: string;

  @Field({ description: 'What it is about (e.g. the thread title)' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'A short plain-text excerpt' })
  excerpt!: string | null;

  @Field(() => Member, { nullable: true, description: 'Who caused it, when an active member' })
  actor?: Member | null;

  /** Not a field: the actor is resolved through the request's DataLoader. */
  actorId!: string | null;
}

@ObjectType({ description: 'A page of your notifications, newest first' })
export class NotificationPage {
  @Field(() => [Notification])
  items!: Notification[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null when there is none',
  })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType({ description: 'How you want to hear about notifications outside the portal' })
export class NotificationPreferences {
  @Field(() => NotificationEmailModeEnum)
  emailMode!: EmailMode;
}
