import { Args, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../access/policy.decorator.js';
import { DigestSearchInput, DigestSearchResult } from './search.dto.js';
import { DigestSearchService } from './search.service.js';

@Resolver()
export class DigestSearchResolver {
  constructor(private readonly search: DigestSearchService) {}

  @Policy('digest.read')
  @Query(() => DigestSearchResult, {
    description:
      'Published, not archived records: full text in every content language, filters, disjunctive facet counts, relevance or date order, highlighted snippets',
  })
  async digestSearch(@Args('input') input: DigestSearchInput): Promise<DigestSearchResult> {
    return this.search.search(input);
  }
}
