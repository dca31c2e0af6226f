import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CaseOutcome, type CourtLevel, DigestStatus } from '@cop/contracts';
import type { DataSource } from 'typeorm';
import { badInput } from '../common/validation/validation.pipe.js';
import type { HighlightPart } from '../discussions/dto/discussion.types.js';
import { DigestSort } from './dto/digest.types.js';
import { SEARCH_CONFIGS } from './published-index.js';
import type { DigestFacets, DigestSearchInput, DigestSearchResult } from './search.dto.js';
import { FacetIndex, type FacetFilter, type FacetKey, type IndexRow, type Order } from './search-index.js';

const START = '\u0002';
const STOP = '\u0003';
/**
 * `<` is swapped for a private-use character around ts_headline, whose parser would take
 * `<b>`-like text for markup and drop it: the text comes back as written, as plain text.
 */
const LT = '\uE000';

/** Splits ts_headline output (matches between START and STOP) into parts; no HTML involved. */
export function highlightParts(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  for (const [i, chunk] of marked.replaceAll(LT, '<').split(START).entries()) {
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

/**
 * A query that looks like a case number ("2019/KR/457", "BR-2008-00241", "C-123/19"): a digit
 * and no spaces, or digits joined by / - . : — matched as a substring of court and case number
 * through the trigram index, besides the full text.
 */
export function looksLikeCaseNumber(text: string): boolean {
  return (
    /\d/.test(text) && /^[\p{L}\p{N}]+(?:[\s./:-]+[\p{L}\p{N}]+)*$/u.test(text) && /[./:-]|\d{3,}/.test(text)
  );
}

interface HitRow {
  case_id: string;
  title: string;
  country: string;
  court: string;
  court_level: CourtLevel;
  case_number: string | null;
  decision_date: string;
  outcome: CaseOutcome;
  marked: string;
}

/** Trigram word similarity a court name must reach in the fallback (0..1). */
const COURT_SIMILARITY = 0.5;

/**
 * The query ($1) parsed with every configuration, OR-ed, duplicates dropped (english and russian
 * parse Latin words alike): one index lookup per distinct parse.
 */
const TSQUERY = `(SELECT string_agg(DISTINCT '(' || t || ')', ' | ')::tsquery
  FROM unnest(ARRAY[${SEARCH_CONFIGS.map((c) => `websearch_to_tsquery('${c}', $1::text)::text`).join(', ')}]) AS t
  WHERE t <> '')`;

/** The text rank: title (A) 1, summary (B) 0.1; the rest of the text (C) does not rank. */
const RANK = (query: string) => `ts_rank('{0, 0, 0.1, 1}', p.rank_doc, ${query})`;

/**
 * Faceted search over the published, not archived, records (`digest_published`).
 *
 * Full text: the query is parsed with every configuration records are indexed with (english,
 * french, spanish, russian, simple) and the parses are OR-ed, so a query finds records in any
 * language with their stemming ("armes" finds "arme", "traficantes" finds "traficante"), quoted
 * phrases and -exclusions included. Records match on `full_doc` (title A, summary B, the rest C;
 * GIN) and are ranked on the small in-row `rank_doc` only (title A = 1, summary B = 0.1), so
 * ranking never reads the large vector: title matches first, then summary matches, then records
 * matching only in the rest of the text, newest first. A query that looks like a case number also
 * matches court and case number as a substring (trigram index), ranked first; when the full text
 * finds nothing, the query is tried as a court name by trigram word similarity (misspellings).
 *
 * Filters: a value list per facet matches any of its values (OR); facets combine with AND. Facet
 * counts are disjunctive: a facet's counts apply the text and every other filter, not its own.
 * PostgreSQL returns the matching records' keys and ranks in one statement (with the version of the
 * published set, seen in the same snapshot); filters, counts, totals and the order are computed on
 * the in-memory facet columns (search-index.ts); a second statement reads the page's rows and
 * snippets.
 */
@Injectable()
export class DigestSearchService {
  private index: FacetIndex | null = null;
  private loading: Promise<FacetIndex> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(input: DigestSearchInput): Promise<DigestSearchResult> {
    if (
      typeof input.yearFrom === 'number' &&
      typeof input.yearTo === 'number' &&
      input.yearFrom > input.yearTo
    ) {
      throw badInput([
        { field: 'yearTo', code: 'yearRange', message: 'The last year comes before the first one.' },
      ]);
    }
    const first = input.first ?? 20;
    const offset = input.offset ?? 0;
    const text = input.text?.trim() || null;
    const sort = input.sort ?? DigestSort.RELEVANCE;
    const filters = this.filters(input);
    const order: Order =
      sort === DigestSort.DATE_ASC ? 'dateAsc' : sort === DigestSort.DATE_DESC || !text ? 'dateDesc' : 'rank';

    if (!text) {
      const [{ version }] = (await this.db.query(`SELECT version::text FROM digest_search_state`)) as {
        version: string;
      }[];
      const index = await this.indexAt(version);
      return this.answer(index, null, null, filters, order, first, offset);
    }

    const query = TSQUERY;
    const lookup = looksLikeCaseNumber(text) ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const courtText = `(p.court || ' ' || coalesce(p.case_number, ''))`;
    let matched = lookup
      ? await this.match(
          text,
          query,
          `(p.full_doc @@ q.query OR ${courtText} ILIKE $2)`,
          order === 'rank' ? `(CASE WHEN ${courtText} ILIKE $2 THEN 2 ELSE 0 END + ${RANK('q.query')})` : '0',
          [lookup],
        )
      : await this.match(text, query, `p.full_doc @@ q.query`, order === 'rank' ? RANK('q.query') : '0');
    if (matched.seqs.length === 0 && !lookup) {
      // Nothing in the text: perhaps a (misspelt) court name.
      matched = await this.match(
        text,
        query,
        `$1::text <% ${courtText}`,
        `word_similarity($1::text, ${courtText})`,
        [],
        COURT_SIMILARITY,
      );
    }
    const index = await this.indexAt(matched.version);
    const positions: number[] = [];
    const ranks: number[] = [];
    matched.seqs.forEach((seq, k) => {
      const i = index.position(seq);
      if (i >= 0) {
        positions.push(i);
        ranks.push(matched.ranks[k]!);
      }
    });
    return this.answer(
      index,
      { positions: Int32Array.from(positions), ranks: Float32Array.from(ranks) },
      { text, query },
      filters,
      order,
      first,
      offset,
    );
  }

  /** The filters of the input, one per facet. */
  private filters(input: DigestSearchInput): FacetFilter[] {
    const filters: FacetFilter[] = [];
    const anyOf = (facet: FacetKey, values: (string | number)[] | null | undefined) => {
      if (values?.length) filters.push({ facet, values: [...new Set(values.map(String))] });
    };
    anyOf('countries', input.countries);
    anyOf('regions', input.regions);
    anyOf('offences', input.offences);
    anyOf('protocolArticles', input.protocolArticles);
    anyOf('conventionArticles', input.conventionArticles);
    anyOf('weapons', input.weapons);
    anyOf('modus', input.modus);
    anyOf('outcomes', input.outcomes);
    anyOf('courtLevels', input.courtLevels);
    if (typeof input.yearFrom === 'number' || typeof input.yearTo === 'number') {
      filters.push({ facet: 'years', from: input.yearFrom ?? undefined, to: input.yearTo ?? undefined });
    }
    return filters;
  }

  /** The keys and ranks of the records matching, with the version of the published set. */
  private async match(
    text: string,
    query: string,
    where: string,
    rank: string,
    extra: unknown[] = [],
    similarity?: number,
  ): Promise<{ version: string; seqs: number[]; ranks: number[] }> {
    const sql = `WITH q AS (SELECT ${query} AS query)
      SELECT (SELECT version::text FROM digest_search_state) AS version,
        coalesce(string_agg(m.seq::text, ','), '') AS seqs, coalesce(string_agg(m.rank::text, ','), '') AS ranks
      FROM (SELECT p.seq, ${rank}::real AS rank FROM digest_published p, q
            WHERE NOT p.archived AND ${where}) AS m`;
    // Comma-separated text: far cheaper to read than array literals of tens of thousands of items.
    const split = (list: string) => (list ? list.split(',').map(Number) : []);
    const run = async (m: Pick<DataSource, 'query'>) => {
      const [row] = (await m.query(sql, [text, ...extra])) as {
        version: string;
        seqs: string;
        ranks: string;
      }[];
      return { version: row!.version, seqs: split(row!.seqs), ranks: split(row!.ranks) };
    };
    if (similarity === undefined) return run(this.db);
    return this.db.transaction(async (m) => {
      await m.query(`SET LOCAL pg_trgm.word_similarity_threshold = ${similarity}`);
      return run(m);
    });
  }

  /** The in-memory facet columns at `version` (loaded once per change of the published set). */
  private async indexAt(version: string): Promise<FacetIndex> {
    if (this.index && BigInt(this.index.version) >= BigInt(version)) return this.index;
    if (!this.loading) {
      this.loading = this.load().finally(() => (this.loading = null));
    }
    const loaded = await this.loading;
    // A change committed while loading: load again (the next search would, anyway).
    return BigInt(loaded.version) >= BigInt(version) ? loaded : this.indexAt(version);
  }

  private async load(): Promise<FacetIndex> {
    const index = await this.db.transaction('REPEATABLE READ', async (m) => {
      const [{ version }] = (await m.query(`SELECT version::text FROM digest_search_state`)) as {
        version: string;
      }[];
      // One text (a line per record) is far cheaper to read than 100,000 rows of arrays.
      const [{ data }] = (await m.query(
        `SELECT coalesce(string_agg(concat_ws(E'\\t', seq, case_id, to_char(decision_date, 'YYYY-MM-DD'),
           country, region, year, outcome, court_level, array_to_string(offences, '|'),
           array_to_string(protocol_articles, '|'), array_to_string(convention_articles, '|'),
           array_to_string(weapons, '|'), array_to_string(modus, '|')), E'\\n'), '') AS data
         FROM digest_published WHERE NOT archived`,
      )) as { data: string }[];
      const list = (v: string | undefined) => (v ? v.split('|') : []);
      const rows: IndexRow[] = data
        ? data.split('\n').map((line) => {
            const f = line.split('\t');
            return {
              seq: Number(f[0]),
              case_id: f[1]!,
              decision_date: f[2]!,
              country: f[3]!,
              region: f[4]!,
              year: Number(f[5]),
              outcome: f[6]!,
              court_level: f[7]!,
              offences: list(f[8]),
              protocol_articles: list(f[9]).map(Number),
              convention_articles: list(f[10]).map(Number),
              weapons: list(f[11]),
              modus: list(f[12]),
            };
          })
        : [];
      return new FacetIndex(version, rows);
    });
    if (!this.index || BigInt(index.version) >= BigInt(this.index.version)) this.index = index;
    return index;
  }

  private async answer(
    index: FacetIndex,
    matched: { positions: Int32Array; ranks: Float32Array } | null,
    text: { text: string; query: string } | null,
    filters: FacetFilter[],
    order: Order,
    first: number,
    offset: number,
  ): Promise<DigestSearchResult> {
    const counted = index.search(matched, filters, order, first, offset);
    const ids = counted.page.map((i) => index.ids[i]!);
    const rankOf = new Map<string, number>();
    if (matched) {
      const wanted = new Set(counted.page);
      matched.positions.forEach((i, k) => {
        if (wanted.has(i)) rankOf.set(index.ids[i]!, matched.ranks[k]!);
      });
    }
    const headline = (column: string, words: number) =>
      `ts_headline(p.lang_config, translate(${column}, E'<\\u0002\\u0003', E'${LT}'), q.query,
        'StartSel=${START}, StopSel=${STOP}, MaxWords=${words}, MinWords=${Math.round(words / 2)}, MaxFragments=2, FragmentDelimiter=" … "')`;
    const rows: HitRow[] = ids.length
      ? await this.db.query(
          `WITH q AS (SELECT ${text ? text.query : '$1::text::tsquery'} AS query)
           SELECT p.case_id, p.title, p.country, p.court, p.court_level, p.case_number,
             to_char(p.decision_date, 'YYYY-MM-DD') AS decision_date, p.outcome,
             CASE WHEN q.query IS NULL OR numnode(q.query) = 0 THEN translate(left(p.summary, 400), E'\\u0002\\u0003', '')
                  WHEN NOT (p.rank_doc @@ q.query) AND p.full_doc @@ q.query THEN ${headline('p.body', 30)}
                  ELSE ${headline('p.summary', 40)} END AS marked
           FROM digest_published p, q WHERE p.case_id = ANY($2::uuid[])`,
          [text?.text ?? null, ids],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.case_id, r]));
    return {
      total: counted.total,
      facets: counted.facets as DigestFacets,
      hits: ids
        .map((id) => byId.get(id))
        .filter((h): h is HitRow => !!h)
        .map((h) => ({
          case: {
            id: h.case_id,
            title: h.title,
            country: h.country,
            court: h.court,
            courtLevel: h.court_level,
            caseNumber: h.case_number,
            decisionDate: h.decision_date,
            outcome: h.outcome,
            status: DigestStatus.PUBLISHED,
            archived: false,
          },
          snippet: highlightParts(h.marked ?? ''),
          rank: text && order === 'rank' ? (rankOf.get(h.case_id) ?? 0) : null,
        })),
    };
  }
}
