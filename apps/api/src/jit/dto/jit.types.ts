import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  JitNoteKind,
  JitRole,
  JitStatus,
  JitTaskStatus,
  LegalRequestEventKind,
  LegalRequestStatus,
  LegalRequestType,
} from '@cop/contracts';
import { Member } from '../../identity/dto/member.type.js';

registerEnumType(JitStatus, {
  name: 'JitStatus',
  description: 'SETTING_UP, ACTIVE, SUSPENDED; CLOSED is final and read-only for everyone',
});
registerEnumType(JitRole, {
  name: 'JitRole',
  description: 'LEADER: manages members and the workspace; MEMBER: writes; OBSERVER: reads only',
});
registerEnumType(LegalRequestType, { name: 'LegalRequestType' });
registerEnumType(LegalRequestStatus, { name: 'LegalRequestStatus' });
registerEnumType(LegalRequestEventKind, { name: 'LegalRequestEventKind' });
registerEnumType(JitTaskStatus, { name: 'JitTaskStatus' });
registerEnumType(JitNoteKind, { name: 'JitNoteKind' });

export {
  JitNoteKind,
  JitRole,
  JitStatus,
  JitTaskStatus,
  LegalRequestEventKind,
  LegalRequestStatus,
  LegalRequestType,
};

@ObjectType({ description: 'What a workspace holds, for its card' })
export class JitCounts {
  @Field(() => Int)
  members!: number;

  @Field(() => Int, { description: 'Evidence items in the register (deleted ones excluded)' })
  evidence!: number;

  @Field(() => Int)
  openRequests!: number;

  @Field(() => Int)
  overdueRequests!: number;

  @Field(() => Int)
  openTasks!: number;
}

@ObjectType({ description: 'A member of a workspace: their role and the country they represent' })
export class JitMember {
  @Field(() => Member)
  member!: Member;

  @Field(() => JitRole)
  role!: JitRole;

  @Field({ description: 'ISO 3166-1 alpha-2, one of the workspace’s countries' })
  country!: string;

  @Field(() => GraphQLISODateTime)
  addedAt!: Date;

  /** Not exposed: loads `member`. */
  userId!: string;
}

@ObjectType({ description: 'An extension of the agreement’s end date' })
export class JitExtension {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  previousEndsOn!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  newEndsOn!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Member, { nullable: true })
  extendedBy!: Member | null;

  @Field(() => GraphQLISODateTime)
  extendedAt!: Date;

  /** Not exposed: loads `extendedBy`. */
  extendedById!: string | null;
}

@ObjectType({ description: 'A joint investigation team’s workspace (its current members only)' })
export class JitWorkspace {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => String, { nullable: true })
  purpose!: string | null;

  @Field(() => [String], { description: 'Participating countries, ISO 3166-1 alpha-2 (at least 2)' })
  countries!: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  agreementSignedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  agreementEndsOn!: string | null;

  @Field(() => JitStatus)
  status!: JitStatus;

  @Field(() => String, { nullable: true })
  phaseNote!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => JitRole)
  myRole!: JitRole;

  @Field()
  myCountry!: string;

  @Field({ description: 'LEADER or MEMBER, and the workspace is not CLOSED' })
  canWrite!: boolean;

  @Field({ description: 'LEADER, and the workspace is not CLOSED' })
  canManage!: boolean;

  @Field(() => [String], { description: 'Participating countries without a leader' })
  missingLeaderCountries!: string[];

  @Field(() => ID, { nullable: true, description: 'The workspace’s conversation in messaging' })
  channelId!: string | null;

  /** Not exposed: when the workspace last changed (list order). */
  lastActivityAt!: Date;
}

@ObjectType({ description: 'Details of a firearm tracing request' })
export class FirearmTrace {
  @Field(() => String, { nullable: true })
  manufacturer!: string | null;

  @Field(() => String, { nullable: true })
  model!: string | null;

  @Field(() => String, { nullable: true })
  calibre!: string | null;

  @Field(() => String, { nullable: true })
  serialNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  countryOfManufacture!: string | null;

  @Field(() => String, { nullable: true })
  importMarking!: string | null;
}

@ObjectType({ description: 'One entry of a legal request’s history' })
export class LegalRequestEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => LegalRequestEventKind)
  kind!: LegalRequestEventKind;

  @Field(() => Member, { nullable: true })
  actor!: Member | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => LegalRequestStatus, { nullable: true })
  fromStatus!: LegalRequestStatus | null;

  @Field(() => LegalRequestStatus, { nullable: true })
  toStatus!: LegalRequestStatus | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => [String], { nullable: true, description: 'EDITED: the fields changed' })
  fields!: string[] | null;

  /** Not exposed: loads `actor`. */
  actorId!: string | null;
}

@ObjectType({ description: 'A mutual legal assistance, extradition, tracing… request' })
export class LegalRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  workspaceId!: string;

  @Field(() => LegalRequestType)
  type!: LegalRequestType;

  @Field(() => LegalRequestStatus)
  status!: LegalRequestStatus;

  @Field()
  subject!: string;

  @Field()
  requestingCountry!: string;

  @Field(() => String, { nullable: true })
  requestingAuthority!: string | null;

  @Field()
  requestedCountry!: string;

  @Field(() => String, { nullable: true })
  requestedAuthority!: string | null;

  @Field(() => String, { nullable: true })
  requestingReference!: string | null;

  @Field(() => String, { nullable: true })
  requestedReference!: string | null;

  @Field(() => String, { nullable: true })
  draftedOn!: string | null;

  @Field(() => String, { nullable: true })
  sentOn!: string | null;

  @Field(() => String, { nullable: true })
  acknowledgedOn!: string | null;

  @Field(() => String, { nullable: true })
  dueOn!: string | null;

  @Field(() => String, { nullable: true })
  answeredOn!: string | null;

  @Field(() => Member, { nullable: true })
  responsible!: Member | null;

  @Field({ description: 'Due before today and still waited for' })
  overdue!: boolean;

  @Field(() => FirearmTrace, { nullable: true })
  tracing!: FirearmTrace | null;

  @Field(() => Member, { nullable: true })
  createdBy!: Member | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  /** Not exposed: load the people. */
  responsibleId!: string | null;
  createdById!: string | null;
}

@ObjectType({ description: 'A comment on a task' })
export class JitComment {
  @Field(() => ID)
  id!: string;

  @Field(() => Member, { nullable: true })
  author!: Member | null;

  @Field()
  body!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  /** Not exposed: loads `author`. */
  authorId!: string | null;
}

@ObjectType({ description: 'A task of the team' })
export class JitTask {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  workspaceId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Member, { nullable: true })
  assignee!: Member | null;

  @Field(() => String, { nullable: true })
  dueOn!: string | null;

  @Field(() => JitTaskStatus)
  status!: JitTaskStatus;

  @Field({ description: 'Due before today and neither done nor cancelled' })
  overdue!: boolean;

  @Field(() => Member, { nullable: true })
  createdBy!: Member | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  /** Not exposed: load the people. */
  assigneeId!: string | null;
  createdById!: string | null;
}

@ObjectType({ description: 'A previous version of a note' })
export class JitNoteRevision {
  @Field(() => Int)
  version!: number;

  @Field()
  title!: string;

  @Field({ description: 'Markdown' })
  body!: string;

  @Field(() => Member, { nullable: true })
  editedBy!: Member | null;

  @Field(() => GraphQLISODateTime)
  editedAt!: Date;

  /** Not exposed: loads `editedBy`. */
  editedById!: string | null;
}

@ObjectType({ description: 'A strategy, meeting minutes or general note (Markdown)' })
export class JitNote {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  workspaceId!: string;

  @Field(() => JitNoteKind)
  kind!: JitNoteKind;

  @Field()
  title!: string;

  @Field({ description: 'Markdown' })
  body!: string;

  @Field(() => Int, { description: 'Give it back as expectedVersion when changing the note' })
  version!: number;

  @Field(() => Member, { nullable: true })
  createdBy!: Member | null;

  @Field(() => Member, { nullable: true })
  updatedBy!: Member | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  /** Not exposed: load the people. */
  createdById!: string | null;
  updatedById!: string | null;
}

@ObjectType({ description: 'One entry of the workspace’s activity timeline' })
export class JitActivity {
  @Field(() => ID)
  id!: string;

  @Field(() => Member, { nullable: true })
  actor!: Member | null;

  @Field({ description: 'e.g. request.status_changed (the web translates it)' })
  action!: string;

  @Field(() => String, { nullable: true })
  subjectType!: string | null;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'The subject’s title at the time' })
  summary!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  /** Not exposed: loads `actor`. */
  actorId!: string | null;
}

@ObjectType({ description: 'A page of the activity timeline, newest first' })
export class JitActivityPage {
  @Field(() => [JitActivity])
  items!: JitActivity[];

  @Field()
  hasMore!: boolean;
}
