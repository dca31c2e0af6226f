import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum HealthStatus {
  OK = 'OK',
  DEGRADED = 'DEGRADED',
}

registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'OK when the database is reachable and every migration is applied',
});

@ObjectType({ description: 'Whether the portal can serve requests' })
export class Health {
  @Field(() => HealthStatus)
  status!: HealthStatus;

  @Field(() => GraphQLISODateTime, { description: 'Time on the server, to spot clock drift' })
  serverTime!: Date;
}
