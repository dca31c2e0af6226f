import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import type { GraphQLContext } from '../common/graphql/graphql.options.js';
import { Attachment } from '../files/dto/attachment.type.js';
import { Member } from '../identity/dto/member.type.js';
import { toEvent, toRevision, toTranslation } from './digest.rows.js';
import { DigestLoaderFactory } from './digest.loaders.js';
import { CaseContentInput, CaseTextInput, DigestTermInput } from './dto/digest.inputs.js';
import {
  CaseContent,
  DigestCase,
  DigestCaseSummary,
  DigestEvent,
  DigestFieldDiff,
  DigestRevision,
  DigestTerm,
  DigestTranslation,
  LocalizedCaseText,
  TaxonomyKind,
} from './dto/digest.types.js';
import { DigestRecordsService } from './records.service.js';
import { DigestTaxonomyService } from './taxonomy.service.js';
import { DigestWorkflowService } from './workflow.service.js';

/** A person who may be gone: null rather than a broken field. */
function person(
  loaders: DigestLoaderFactory,
  ctx: GraphQLContext,
  principal: Principal,
  id: string | null,
): Promise<Member | null> {
  if (!id) return Promise.resolve(null);
  return loaders.for(ctx, principal).people.load(id);
}

@Resolver(() => DigestCase)
export class DigestCaseResolver {
  constructor(
    private readonly records: DigestRecordsService,
    private readonly workflow: DigestWorkflowService,
    private readonly loaders: DigestLoaderFactory,
  ) {}

  // ------------------------------------------------------------------ fields

  @ResolveField(() => Member, { nullable: true })
  author(
    @Parent() record: DigestCase,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return person(this.loaders, ctx, principal, record.authorId);
  }

  @ResolveField(() => LocalizedCaseText, {
    description:
      'The text fields of the version the caller reads, in `language` (en, fr, es, ru, ar, zh), each falling back to the original',
  })
  async localized(
    @Parent() record: DigestCase,
    @Args('language') language: string,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<LocalizedCaseText> {
    const translations = await this.loaders.for(ctx, principal).translations.load(record.id);
    return this.records.localized(
      record,
      language,
      translations.find((t) => t.language === language) ?? null,
    );
  }

  @ResolveField(() => [DigestTranslation], {
    description: 'Translations of the text fields, one per language',
  })
  async translations(
    @Parent() record: DigestCase,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<DigestTranslation[]> {
    return (await this.loaders.for(ctx, principal).translations.load(record.id)).map(toTranslation);
  }

  @ResolveField(() => [DigestEvent], {
    description: 'The workflow history, oldest first (author and moderators; [] for others)',
  })
  async events(
    @Parent() record: DigestCase,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<DigestEvent[]> {
    if (!record.workingCopy) return [];
    return (await this.loaders.for(ctx, principal).events.load(record.id)).map(toEvent);
  }

  @ResolveField(() => [DigestRevision], {
    description: 'Every saved version, newest first (author and moderators; [] for others)',
  })
  async revisions(
    @Parent() record: DigestCase,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<DigestRevision[]> {
    if (!record.workingCopy) return [];
    return (await this.loaders.for(ctx, principal).revisions.load(record.id)).map(toRevision);
  }

  @ResolveField(() => [Attachment], {
    description: 'Judgment files (downloadable by whoever may open the record)',
  })
  attachments(
    @Parent() record: DigestCase,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Attachment[]> {
    return this.loaders.for(ctx, principal).attachments.load(record.id);
  }

  @ResolveField(() => [DigestCaseSummary], { description: 'The related decisions the caller may open' })
  async related(
    @Parent() record: DigestCase,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<DigestCaseSummary[]> {
    const loader = this.loaders.for(ctx, principal).related;
    const found = await Promise.all(record.content.relatedCaseIds.map((id) => loader.load(id)));
    return found.filter((s): s is DigestCaseSummary => s !== null);
  }

  // ------------------------------------------------------------------ queries

  @Policy('digest.read')
  @Query(() => DigestCase, {
    description: 'A record the caller may open: published ones, and their own; NOT_FOUND otherwise',
  })
  digestCase(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
  ): Promise<DigestCase> {
    return this.records.get(principal, id);
  }

  @Policy('digest.propose')
  @Query(() => [DigestCase], { description: 'The caller’s records, most recently changed first' })
  digestMyCases(@CurrentUser() principal: Principal): Promise<DigestCase[]> {
    return this.records.mine(principal);
  }

  @Policy('digest.moderate')
  @Query(() => [DigestCase], { description: 'Records in review, the longest waiting first (moderators)' })
  digestReviewQueue(@CurrentUser() principal: Principal): Promise<DigestCase[]> {
    return this.records.reviewQueue(principal);
  }

  @Policy('digest.read')
  @Query(() => CaseContent, { description: 'The content of one revision (author and moderators)' })
  digestRevisionContent(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('number', { type: () => Int }) number: number,
    @CurrentUser() principal: Principal,
  ): Promise<CaseContent> {
    return this.records.revisionContent(principal, caseId, number);
  }

  @Policy('digest.read')
  @Query(() => [DigestFieldDiff], {
    description: 'The fields that differ between two revisions (author and moderators)',
  })
  digestRevisionDiff(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
    @CurrentUser() principal: Principal,
  ): Promise<DigestFieldDiff[]> {
    return this.records.diff(principal, caseId, from, to);
  }

  // ------------------------------------------------------------------ mutations

  @Policy('digest.propose')
  @Mutation(() => DigestCase, { description: 'Proposes a record: a DRAFT by the caller, revision 1' })
  createDigestCase(
    @Args('input') input: CaseContentInput,
    @Args('attachmentIds', {
      type: () => [ID],
      nullable: true,
      description: 'Judgment files uploaded through /api/files',
    })
    attachmentIds: string[] | null,
    @CurrentUser() principal: Principal,
  ): Promise<DigestCase> {
    return this.records.create(principal, input, ids(attachmentIds));
  }

  @Policy('digest.propose')
  @Mutation(() => DigestCase, {
    description:
      'Saves the working copy as a new revision (author while DRAFT or PUBLISHED, moderators); a stale expectedRevision answers CONFLICT',
  })
  updateDigestCase(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CaseContentInput,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @Args('attachmentIds', { type: () => [ID], nullable: true, description: 'Files to add' })
    attachmentIds: string[] | null,
    @CurrentUser() principal: Principal,
  ): Promise<DigestCase> {
    return this.records.update(principal, id, input, expectedRevision, note, ids(attachmentIds));
  }

  @Policy('digest.propose')
  @Mutation(() => DigestCase, { description: 'DRAFT → IN_REVIEW (author or moderator)' })
  submitDigestCase(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal) {
    return this.workflow.submit(principal, id);
  }

  @Policy('digest.moderate')
  @Mutation(() => DigestCase, { description: 'IN_REVIEW → DRAFT with a comment for the author (moderators)' })
  returnDigestCase(
    @Args('id', { type: () => ID }) id: string,
    @Args('comment') comment: string,
    @CurrentUser() principal: Principal,
  ): Promise<DigestCase> {
    return this.workflow.return(principal, id, comment);
  }

  @Policy('digest.moderate')
  @Mutation(() => DigestCase, {
    description: 'IN_REVIEW → PUBLISHED, or a moderator’s own DRAFT edit (moderators)',
  })
  publishDigestCase(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal) {
    return this.workflow.publish(principal, id);
  }

  @Policy('digest.moderate')
  @Mutation(() => DigestCase, { description: 'PUBLISHED → ARCHIVED with a reason (moderators)' })
  archiveDigestCase(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentUser() principal: Principal,
  ): Promise<DigestCase> {
    return this.workflow.archive(principal, id, reason);
  }

  @Policy('digest.moderate')
  @Mutation(() => DigestCase, { description: 'ARCHIVED → PUBLISHED (moderators)' })
  restoreDigestCase(@Args('id', { type: () => ID }) id: string, @CurrentUser() principal: Principal) {
    return this.workflow.restore(principal, id);
  }

  @Policy('digest.propose')
  @Mutation(() => DigestCase, {
    description: 'Saves the translation into `language` (the author of the record, or moderators)',
  })
  saveDigestTranslation(
    @Args('id', { type: () => ID }) id: string,
    @Args('language') language: string,
    @Args('fields') fields: CaseTextInput,
    @CurrentUser() principal: Principal,
  ): Promise<DigestCase> {
    return this.records.saveTranslation(principal, id, language, fields);
  }

  @Policy('digest.read')
  @Mutation(() => ID, {
    description:
      'The discussion thread of a published record: the existing one, or a new one in categoryId linked to the record',
  })
  discussDigestCase(
    @Args('id', { type: () => ID }) id: string,
    @Args('categoryId', { type: () => ID }) categoryId: string,
    @CurrentUser() principal: Principal,
  ): Promise<string> {
    return this.records.discuss(principal, id, categoryId);
  }
}

const ids = (list: string[] | null | undefined) => [...new Set(list ?? [])];

@Resolver(() => DigestEvent)
export class DigestEventResolver {
  constructor(private readonly loaders: DigestLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  actor(@Parent() e: DigestEvent, @CurrentUser() principal: Principal, @Context() ctx: GraphQLContext) {
    return person(this.loaders, ctx, principal, e.actorId);
  }
}

@Resolver(() => DigestRevision)
export class DigestRevisionResolver {
  constructor(private readonly loaders: DigestLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  editor(@Parent() r: DigestRevision, @CurrentUser() principal: Principal, @Context() ctx: GraphQLContext) {
    return person(this.loaders, ctx, principal, r.editorId);
  }
}

@Resolver(() => DigestTranslation)
export class DigestTranslationResolver {
  constructor(private readonly loaders: DigestLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  translator(
    @Parent() t: DigestTranslation,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ) {
    return person(this.loaders, ctx, principal, t.translatorId);
  }
}

@Resolver(() => LocalizedCaseText)
export class LocalizedCaseTextResolver {
  constructor(private readonly loaders: DigestLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  translator(
    @Parent() t: LocalizedCaseText,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ) {
    return person(this.loaders, ctx, principal, t.translatorId);
  }
}

@Resolver(() => DigestTerm)
export class DigestTermResolver {
  constructor(private readonly taxonomy: DigestTaxonomyService) {}

  @Policy('digest.read')
  @Query(() => [DigestTerm], { description: 'Taxonomy terms in order (archived ones on request)' })
  digestTerms(
    @Args('kind', { type: () => TaxonomyKind, nullable: true }) kind: TaxonomyKind | null,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<DigestTerm[]> {
    return this.taxonomy.list(kind, includeArchived);
  }

  @Policy('digest.taxonomy.manage')
  @Mutation(() => DigestTerm, {
    description: 'Creates a term (no id) or renames / reorders one (moderators)',
  })
  saveDigestTerm(
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Args('input') input: DigestTermInput,
    @CurrentUser() principal: Principal,
  ): Promise<DigestTerm> {
    return this.taxonomy.save(principal, id, input);
  }

  @Policy('digest.taxonomy.manage')
  @Mutation(() => DigestTerm, { description: 'Archives or restores a term (moderators)' })
  archiveDigestTerm(
    @Args('id', { type: () => ID }) id: string,
    @Args('archived') archived: boolean,
    @CurrentUser() principal: Principal,
  ): Promise<DigestTerm> {
    return this.taxonomy.archive(principal, id, archived);
  }
}
