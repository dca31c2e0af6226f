import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AUDIT_ACTIONS, AuditService } from './audit.service.js';
import { AuditFilter, AuditPage } from './dto/audit.type.js';
import { Policy } from './policy.decorator.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Policy('access.audit.read')
  @Query(() => AuditPage, {
    description: 'The audit trail, newest first (admins). first: 1–200.',
    complexity: ({ args, childComplexity }) => 1 + (args.first as number) * childComplexity,
  })
  async auditEvents(
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<AuditPage> {
    const page = await this.audit.list(filter ?? {}, first, offset);
    return {
      total: page.total,
      items: page.items.map((r) => ({ ...r, details: JSON.stringify(r.details) })),
    };
  }

  @Policy('access.audit.read')
  @Query(() => [String], { description: 'Every audit action, for the filter' })
  auditActions(): readonly string[] {
    return AUDIT_ACTIONS;
  }
}
