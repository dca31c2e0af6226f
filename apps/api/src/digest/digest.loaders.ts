import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Principal } from '../access/principal.js';
import type { GraphQLContext } from '../common/graphql/graphql.options.js';
import type { Attachment } from '../files/dto/attachment.type.js';
import { FilesService } from '../files/files.service.js';
import type { Member } from '../identity/dto/member.type.js';
import { toMember } from '../identity/identity.mappers.js';
import { MembersService } from '../identity/members.service.js';
import { DIGEST_CASE_OWNER, type EventRow, type RevisionRow, type TranslationRow } from './digest.rows.js';
import type { DigestCaseSummary } from './dto/digest.types.js';
import { DigestRecordsService } from './records.service.js';

/**
 * One set of loaders per request: a list of records asks once for all their events, revisions,
 * translations, attachments and related records, and once for every person shown. They load
 * children of records the resolvers already let the caller open; `related` checks each related
 * record itself (the caller's own visibility).
 */
export class DigestLoaders {
  readonly people: DataLoader<string, Member | null>;
  readonly events: DataLoader<string, EventRow[]>;
  readonly revisions: DataLoader<string, RevisionRow[]>;
  readonly translations: DataLoader<string, TranslationRow[]>;
  readonly attachments: DataLoader<string, Attachment[]>;
  readonly related: DataLoader<string, DigestCaseSummary | null>;

  constructor(deps: DigestLoaderFactory, principal: Principal) {
    this.people = new DataLoader(async (ids) => {
      const users = await deps.people.usersByIds(ids);
      return ids.map((id) => {
        const u = users.get(id);
        return u ? toMember(u) : null;
      });
    });
    this.events = byKey((ids) => deps.records.eventsOf(ids), []);
    this.revisions = byKey((ids) => deps.records.revisionsOf(ids), []);
    this.translations = byKey((ids) => deps.records.translationsOf(ids), []);
    this.attachments = byKey((ids) => deps.files.attachmentsFor(DIGEST_CASE_OWNER, ids), []);
    this.related = byKey((ids) => deps.records.summaries(principal, ids), null);
  }
}

function byKey<V>(
  load: (ids: readonly string[]) => Promise<Map<string, V>>,
  empty: V,
): DataLoader<string, V> {
  return new DataLoader(async (ids) => {
    const map = await load(ids);
    return ids.map((id) => map.get(id) ?? empty);
  });
}

/** The request's loaders, made on first use. */
@Injectable()
export class DigestLoaderFactory {
  private readonly byRequest = new WeakMap<object, DigestLoaders>();

  constructor(
    readonly people: MembersService,
    readonly records: DigestRecordsService,
    readonly files: FilesService,
  ) {}

  for(ctx: GraphQLContext, principal: Principal): DigestLoaders {
    const key = ctx.req as object;
    let loaders = this.byRequest.get(key);
    if (!loaders) {
      loaders = new DigestLoaders(this, principal);
      this.byRequest.set(key, loaders);
    }
    return loaders;
  }
}
