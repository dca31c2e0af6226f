import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { AUDIT_ACTIONS } from '../audit.service.js';

@ObjectType({ description: 'One entry of the audit trail' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Member who acted; null for anonymous callers' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail of the actor at the time' })
  actorLabel!: string | null;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field({ description: 'Details as JSON' })
  details!: string;
}

@ObjectType()
export class AuditPage {
  @Field(() => [AuditEvent])
  items!: AuditEvent[];

  @Field(() => Int)
  total!: number;
}

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;
}
