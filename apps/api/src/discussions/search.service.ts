import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DISCUSSION_LIMITS } from '@cop/contracts';
import type { DataSource } from 'typeorm';
import { DiscussionAccess } from '../access/discussion.access.js';
import type { Principal } from '../access/principal.js';
import { badInput } from '../common/validation/validation.pipe.js';
import type { HighlightPart } from './dto/discussion.types.js';
import type { SearchFilter } from './dto/inputs.js';
import { SEARCH_CONFIG } from './threads.service.js';

export interface SearchRow {
  thread_id: string;
  post_id: string | null;
  rank: number;
  title_marked: string;
  excerpt_marked: string;
}

const START = '\u0002';
const STOP = '\u0003';

/** Splits ts_headline output (matches between START and STOP) into parts; no HTML involved. */
export function highlightParts(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  for (const [i, chunk] of marked.split(START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    const [hit, rest] = chunk.split(STOP) as [string, string | undefined];
    if (hit) parts.push({ text: hit, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

/** Markdown punctuation that would only clutter an excerpt. */
const plainish = (sql: string) =>
  `regexp_replace(regexp_replace(${sql}, '@\\[([^\\]]*)\\]\\(member:[^)]*\\)', '@\\1', 'g'), '[*_#>\`~|]+', ' ', 'g')`;

/**
 * Full-text search over the threads (title, tags, case reference) and posts the caller can see.
 * Each text is indexed twice — with its language's configuration (stemming) and with 'simple'
 * (exact words, any language) — and the query is parsed both ways, so "convert" finds
 * "converted" in English posts and a Russian word finds Russian posts. Titles also match a word by
 * trigram similarity, for misspelt names. Title words are marked with the thread's configuration
 * (stems), else with 'simple' (exact words). Deleted and hidden posts are never found.
 */
@Injectable()
export class DiscussionSearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DiscussionAccess,
  ) {}

  async search(
    principal: Principal,
    text: string,
    filter: SearchFilter | undefined,
    language: string,
    first: number,
    offset: number,
  ): Promise<{ rows: SearchRow[]; total: number }> {
    const query = text.trim();
    if (query.length < 2 || query.length > DISCUSSION_LIMITS.searchQueryMax) {
      throw badInput([
        {
          field: 'query',
          code: 'queryLength',
          message: `Search for 2 to ${DISCUSSION_LIMITS.searchQueryMax} characters.`,
        },
      ]);
    }
    const params: unknown[] = [principal.userId, query, SEARCH_CONFIG[language] ?? 'simple'];
    const where: string[] = [this.access.visibleCategorySql('t.category_id', '$1')];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter?.categoryId) add((p) => `t.category_id = ${p}`, filter.categoryId);
    if (filter?.tag) add((p) => `t.tags @> ARRAY[${p}::text]`, filter.tag);
    if (filter?.country) add((p) => `t.countries @> ARRAY[${p}::text]`, filter.country);
    const common = where.join(' AND ');
    const threadWhere = [common];
    const postWhere = [common, 'p.deleted_at IS NULL', 'p.hidden_at IS NULL', 'p.seq > 0'];
    if (filter?.authorId) {
      params.push(filter.authorId);
      threadWhere.push(`t.author_id = $${params.length}`);
      postWhere.push(`p.author_id = $${params.length}`);
    }
    if (filter?.from) {
      params.push(filter.from);
      threadWhere.push(`t.created_at >= $${params.length}`);
      postWhere.push(`p.created_at >= $${params.length}`);
    }
    if (filter?.to) {
      params.push(filter.to);
      threadWhere.push(`t.created_at <= $${params.length}`);
      postWhere.push(`p.created_at <= $${params.length}`);
    }
    params.push(first, offset);
    const opts = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
    const excerptOpts = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
    const rows: (SearchRow & { total: number })[] = await this.db.query(
      `WITH q AS (
         SELECT websearch_to_tsquery('simple', $2) || websearch_to_tsquery($3::regconfig, $2) AS query
       ), hits AS (
         SELECT t.id AS thread_id, NULL::uuid AS post_id,
                greatest(ts_rank(t.search, q.query) * 2, word_similarity($2, t.title)) AS rank, t.last_post_at AS at
         FROM discussion_thread t, q
         WHERE (t.search @@ q.query OR t.title %> $2) AND ${threadWhere.join(' AND ')}
         UNION ALL
         SELECT p.thread_id, p.id, ts_rank(p.search, q.query), p.created_at
         FROM discussion_post p JOIN discussion_thread t ON t.id = p.thread_id, q
         WHERE p.search @@ q.query AND ${postWhere.join(' AND ')}
       ), page AS (
         SELECT hits.*, count(*) OVER ()::int AS total FROM hits
         ORDER BY rank DESC, at DESC, post_id NULLS FIRST LIMIT $${params.length - 1} OFFSET $${params.length}
       )
       SELECT page.thread_id, page.post_id, page.rank, page.total,
         coalesce(nullif(ts_headline(t.search_config, t.title, q.query, '${opts}'), t.title),
                  ts_headline('simple', t.title, q.query, '${opts}')) AS title_marked,
         CASE WHEN p.id IS NULL THEN ''
              ELSE ts_headline(p.search_config, ${plainish('p.body')}, q.query, '${excerptOpts}') END AS excerpt_marked
       FROM page JOIN discussion_thread t ON t.id = page.thread_id
       LEFT JOIN discussion_post p ON p.id = page.post_id, q
       ORDER BY page.rank DESC, page.at DESC, page.post_id NULLS FIRST`,
      params,
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }
}
