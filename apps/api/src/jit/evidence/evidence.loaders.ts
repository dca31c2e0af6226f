import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Principal } from '../../access/principal.js';
import type { GraphQLContext } from '../../common/graphql/graphql.options.js';
import type { Attachment } from '../../files/dto/attachment.type.js';
import { FilesService } from '../../files/files.service.js';
import type { Member } from '../../identity/dto/member.type.js';
import { toMember } from '../../identity/identity.mappers.js';
import { MembersService } from '../../identity/members.service.js';
import { EVIDENCE_SUBJECT, type CustodyRow } from './evidence.rows.js';
import { EvidenceService } from './evidence.service.js';

/**
 * One set of loaders per request: a register of any length asks once for all its files, once for
 * all custody logs and once for all the people they name.
 */
export class EvidenceLoaders {
  readonly people: DataLoader<string, Member | null>;
  /** Custody events of items the caller may see, oldest first. */
  readonly custody: DataLoader<string, CustodyRow[]>;
  /** The stored file of each item (name and type). */
  readonly files: DataLoader<string, Attachment | null>;

  constructor(
    principal: Principal,
    deps: { members: MembersService; evidence: EvidenceService; files: FilesService },
  ) {
    this.people = new DataLoader(async (ids) => {
      const users = await deps.members.usersByIds(ids);
      return ids.map((id) => {
        const u = users.get(id);
        return u ? toMember(u) : null;
      });
    });
    this.custody = new DataLoader(async (evidenceIds) => {
      const map = await deps.evidence.custodyOf(principal, evidenceIds);
      return evidenceIds.map((id) => map.get(id) ?? []);
    });
    this.files = new DataLoader(async (evidenceIds) => {
      const map = await deps.files.attachmentsFor(EVIDENCE_SUBJECT, evidenceIds);
      return evidenceIds.map((id) => map.get(id)?.[0] ?? null);
    });
  }
}

/** The request's loaders, made on first use. */
@Injectable()
export class EvidenceLoaderFactory {
  private readonly byRequest = new WeakMap<object, EvidenceLoaders>();

  constructor(
    readonly members: MembersService,
    readonly evidence: EvidenceService,
    readonly files: FilesService,
  ) {}

  for(ctx: GraphQLContext, principal: Principal): EvidenceLoaders {
    const key = ctx.req as object;
    let loaders = this.byRequest.get(key);
    if (!loaders) {
      loaders = new EvidenceLoaders(principal, this);
      this.byRequest.set(key, loaders);
    }
    return loaders;
  }
}
