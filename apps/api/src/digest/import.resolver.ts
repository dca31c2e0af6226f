import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import type { RequestMeta } from '../identity/auth.service.js';
import { Meta } from '../identity/request-meta.js';
import { DigestImportInput, DigestImportReport } from './dto/import.dto.js';
import { DigestImportService } from './import.service.js';

@Resolver()
export class DigestImportResolver {
  constructor(private readonly imports: DigestImportService) {}

  @Policy('digest.moderate')
  @Mutation(() => DigestImportReport, {
    description:
      'Moderators: checks (dryRun) or imports a CSV/JSON file of case records; imports land as DRAFT of the importer',
  })
  importDigestCases(
    @Args('input') input: DigestImportInput,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<DigestImportReport> {
    return this.imports.import(principal, input, meta.ip);
  }
}
