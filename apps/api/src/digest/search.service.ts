import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CaseOutcome, type CourtLevel, DigestStatus } from '@cop/contracts';
import type { DataSource } from 'typeorm';
import { badInput } from '../common/validation/validation.pipe.js';
import type { HighlightPart } from '../discussions/dto/discussion.types.js';
import { DigestSort } from './dto/digest.types.js';
import { SEARCH_CONFIGS } from './published-index.js';
import type { DigestFacets, DigestSearchInput, DigestSearchResult } from './search.dto.js';
import {
  type Counted,
  type Counts,
  FacetIndex,
  type FacetFilter,
  type FacetKey,
  type IndexRow,
  type Order,
} from './search-index.js';

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
  /** No text to mark: `marked` is the whole summary, cut here (see plainSnippet). */
  plain: boolean;
  marked: string;
}

/** Characters of the summary shown when there is no text to mark. */
const PLAIN_SNIPPET = 400;

/**
 * The first PLAIN_SNIPPET characters (code points) of a summary, as one unmarked part. Cut here,
 * not with SQL left(): in a SQL_ASCII database (the embedded PostgreSQL's clusters are initialised
 * so) left() counts bytes and can cut a character in two, which the server then refuses to send to
 * a UTF8 client ("invalid byte sequence for encoding UTF8").
 */
export function plainSnippet(summary: string): HighlightPart[] {
  const chars = Array.from(summary);
  const text = chars.length > PLAIN_SNIPPET ? chars.slice(0, PLAIN_SNIPPET).join('') : summary;
  return text ? [{ text, match: false }] : [];
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
 * Every word (operand) of a tsquery, OR-ed: a record whose rank_doc holds none of them ranks 0
 * (or 1e-20, see ZERO). Read from the query's text form, where each word is quoted.
 */
const ANY_WORD = (query: string) =>
  `(SELECT string_agg(DISTINCT w[1], ' | ')::tsquery FROM regexp_matches((${query})::text, '(''(?:[^'']|'''')*'')', 'g') AS w)`;

/**
 * The rank of a record whose rank_doc holds no word of the query: 0 where ts_rank sums per word
 * (its "OR" formula: the query's top operator is not & or <->), 1e-20 where it combines pairs of
 * words (its "AND" formula).
 */
const ZERO = (query: string) => `ts_rank('{0, 0, 0.1, 1}', array_to_tsvector(ARRAY[' ']), ${query})::real`;

/**
 * The query with its phrase operators (<->, <N>) turned into & — a looser query, found by the text
 * index alone, without reading a record's full_doc to check positions (the index holds none) —
 * when that only widens it: no negation in it (!), and no word holding a `<` (words are quoted in
 * the text form, so every other `<…>` is an operator). Else the query itself. Used to pick the
 * records to rank: every match is among them, the extra records' ranks are never read.
 */
const LOOSE = (query: string, words: string) =>
  `CASE WHEN strpos((${query})::text, '!') = 0 AND strpos(coalesce((${words})::text, ''), '<') = 0
     THEN regexp_replace((${query})::text, '<(-|[0-9]+)>', '&', 'g')::tsquery ELSE ${query} END`;

/**
 * The title tier. Under ts_rank's OR formula a word's share of the rank is at most its best
 * weight (÷ the number of query words): a word found only in the summary (weight 0.1) adds less
 * than 0.0998 / n (at most 256 positions: Σ 1/j² < 1.6410 < π²/6), so a record without a query
 * word in its title ranks below 0.1. When the page's records all rank ≥ 0.1, they come from the
 * records with a query word in their title, and only those need ranking.
 */
const TITLE_TIER = 0.1;

/** Up to this many filtered matches, the full ranking (rankAll) reads them by key (`seq`). */
const RANK_BY_KEY_MAX = 4000;

/**
 * A quoted phrase ("concealed in the fuel tank") whose loosened form (LOOSE) matches fewer records
 * than this has every match holding a query word ranked ('text'): a few thousand records read
 * through the text index, cheaper than ranking the title tier, which one common word of the
 * phrase can make large (7,400 titles hold "concealment" at 100,000 records). Counted on the
 * narrow match table. Only for text holding a `"`: an unquoted query may parse into phrase
 * operators too (`d'armes` → 'd' <-> 'arm'), and counting would only slow it.
 */
const PHRASE_TEXT_MAX = 4000;

/**
 * The ranks the match statements return: 'text' every match's with a query word in rank_doc
 * (through the text index: the page is then exact whatever the filters); 'key' every filtered
 * match's (filters leaving at most RANK_BY_KEY_MAX records, ranked by key); 'tier' the title tier's
 * only (when the title tier holds at least offset + first records and ts_rank uses its OR formula).
 */
type RankKind = 'tier' | 'text' | 'key';

/** What the ranking statement of a text search returns. */
interface TextRanks {
  /** The version of the published set, in the statement's snapshot. */
  version: string;
  kind: RankKind;
  /** (seq int32, rank float32) pairs, big-endian. */
  ranks: Buffer;
}

/** What the match statement of a text search returns. */
interface TextMatches {
  /** The version of the published set, in the statement's snapshot. */
  version: string;
  /** The tsquery, as text. */
  query: string;
  /** The rank of a record without a query word in rank_doc (ZERO). */
  zero: number;
  count: number;
  /** The matches' `seq`, big-endian int32. */
  seqs: Buffer;
}

/** The statements of a text search, under way (see matchText). */
interface TextSearch {
  matches: Promise<TextMatches>;
  /** Null when the search is not ranked. */
  ranks: Promise<TextRanks | null>;
  /** Both again, in one snapshot. */
  again(): Promise<{ matches: TextMatches; ranks: TextRanks | null }>;
}

/** Rank by index position, for matches given as aligned positions and ranks. */
function pageRanks(matched: { positions: Int32Array; ranks: Float32Array }): (position: number) => number {
  const byPosition = new Map<number, number>();
  matched.positions.forEach((i, k) => byPosition.set(i, matched.ranks[k]!));
  return (i) => byPosition.get(i) ?? 0;
}

/** Big-endian int32 keys (and float32 ranks) from a hex string of `bytea`. */
function hexInts(hex: string): Buffer {
  return Buffer.from(hex, 'hex');
}

/**
 * Faceted search over the published, not archived, records (`digest_published`).
 *
 * Full text: the query is parsed with every configuration records are indexed with (english,
 * french, spanish, russian, simple) and the parses are OR-ed, so a query finds records in any
 * language with their stemming ("armes" finds "arme", "traficantes" finds "traficante"), quoted
 * phrases and -exclusions included. Records match on `full_doc` (title A, summary B, the rest C),
 * read through the narrow `digest_search_match` table (its GIN index and ~650 heap pages at
 * 100,000 records), and are ranked on the small in-row `rank_doc` only (title A = 1, summary
 * B = 0.1): title matches first, then summary matches, then records matching only in the rest of
 * the text, newest first. Ranking is exact but in tiers (rankTiers): records with a query word in
 * their title are ranked while the matches are found (a second statement on a second connection,
 * at the same time); when they cannot fill the page, that statement ranks every match holding a
 * query word instead; with selective filters it ranks the filtered records by key; and when the
 * filters leave the title tier short of the page, a last statement ranks the filtered matches. A
 * query that looks like a case number also matches court and case number as a substring (trigram
 * index), ranked first; when the full text finds nothing, the query is tried as a court name by
 * trigram word similarity.
 *
 * Filters: a value list per facet matches any of its values (OR); facets combine with AND. Facet
 * counts are disjunctive: a facet's counts apply the text and every other filter, not its own.
 * PostgreSQL returns the matching records' keys and the ranks in two statements run at once, each
 * with the version of the published set seen in its snapshot (equal, or both run again in one
 * snapshot); filters, counts, totals and the order are computed on the in-memory facet columns
 * (search-index.ts), over every match, so totals and counts are exact; a last statement reads the
 * page's rows and snippets.
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
      return this.answer(index, index.search(null, filters, order, first, offset), null, null, order);
    }

    const lookup = looksLikeCaseNumber(text) ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const courtText = `(p.court || ' ' || coalesce(p.case_number, ''))`;
    if (!lookup) {
      // Filters leaving few records (by the in-memory copy as it is): rank those records by key,
      // while the matches are found — exact if that copy is of the version the matches are read at.
      const keys =
        order === 'rank' && filters.length > 0 && this.index
          ? this.index.passingSeqs(filters, RANK_BY_KEY_MAX)
          : null;
      const found = await this.rankTiers(
        text,
        this.matchText(
          text,
          order === 'rank',
          offset + first,
          keys ? { seqs: keys, version: this.index!.version } : null,
        ),
        filters,
        order,
        first,
        offset,
      );
      if (found) return found;
      // Nothing in the text: perhaps a (misspelt) court name.
    }
    const matched = lookup
      ? await this.match(
          text,
          TSQUERY,
          `(p.full_doc @@ q.query OR ${courtText} ILIKE $2)`,
          order === 'rank' ? `(CASE WHEN ${courtText} ILIKE $2 THEN 2 ELSE 0 END + ${RANK('q.query')})` : '0',
          [lookup],
        )
      : await this.match(
          text,
          TSQUERY,
          `$1::text <% ${courtText}`,
          `word_similarity($1::text, ${courtText})`,
          [],
          COURT_SIMILARITY,
        );
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
    const ranked = { positions: Int32Array.from(positions), ranks: Float32Array.from(ranks) };
    return this.answer(
      index,
      index.search(ranked, filters, order, first, offset),
      pageRanks(ranked),
      { text, query: TSQUERY },
      order,
    );
  }

  /**
   * A text search (no lookup): which records match, from the narrow `digest_search_match` table
   * (keys only), and — for a ranked search — ranks (see RankKind), in two statements run at once
   * on two connections (about as long as each other at 100,000 records). Both are returned as they
   * come, so the matches can be counted while the ranks are computed. Each statement reads the
   * version of the published set in its snapshot; should a write land between them (versions
   * differ), `again` runs both, one after the other in one REPEATABLE READ snapshot.
   */
  private matchText(
    text: string,
    ranked: boolean,
    needed: number,
    keys: { seqs: Int32Array; version: string } | null,
  ): TextSearch {
    const rank = (db: Pick<DataSource, 'query'>) =>
      !ranked
        ? Promise.resolve(null)
        : keys
          ? this.matchRanksByKey(db, text, keys)
          : this.matchRanks(db, text, needed, text.includes('"'));
    const ranks = rank(this.db);
    // Awaited once the matches are counted; a failure is reported there, not as unhandled.
    ranks.catch(() => undefined);
    return {
      matches: this.matchKeys(this.db, text),
      ranks,
      again: () =>
        this.db.transaction('REPEATABLE READ', async (m) => {
          const matches = await this.matchKeys(m, text);
          return { matches, ranks: await rank(m) };
        }),
    };
  }

  /**
   * The ranks of the records passing the filters (`keys.seqs`, by the in-memory copy at
   * `keys.version`) that hold a query word in rank_doc: every filtered match's rank when the
   * published set is still at that version ('key'), else nothing decided ('tier' with no ranks).
   */
  private async matchRanksByKey(
    db: Pick<DataSource, 'query'>,
    text: string,
    keys: { seqs: Int32Array; version: string },
  ): Promise<TextRanks> {
    const [row] = (await db.query(
      `WITH q AS (SELECT ${TSQUERY} AS query), w AS (SELECT q.query, ${ANY_WORD('q.query')} AS words FROM q)
       SELECT (SELECT version::text FROM digest_search_state) AS version,
         (SELECT coalesce(encode(string_agg(int4send(p.seq) || float4send(${RANK('w.query')}::real), ''), 'hex'), '')
          FROM digest_published p WHERE p.seq = ANY($2::int[]) AND NOT p.archived AND p.rank_doc @@ w.words) AS ranks
       FROM w`,
      [text, Array.from(keys.seqs)],
    )) as { version: string; ranks: string | null }[];
    const current = row!.version === keys.version;
    return {
      version: row!.version,
      kind: current ? 'key' : 'tier',
      ranks: current ? hexInts(row!.ranks ?? '') : Buffer.alloc(0),
    };
  }

  /** The keys of the records matching, from the narrow `digest_search_match` table. */
  private async matchKeys(db: Pick<DataSource, 'query'>, text: string): Promise<TextMatches> {
    const [row] = (await db.query(
      `WITH q AS (SELECT ${TSQUERY} AS query), w AS (SELECT q.query, ${ZERO('q.query')} AS zero FROM q)
       SELECT (SELECT version::text FROM digest_search_state) AS version, w.query::text AS query, w.zero,
         (SELECT coalesce(encode(string_agg(int4send(m.seq), ''), 'hex'), '')
          FROM digest_search_match m WHERE m.full_doc @@ w.query) AS seqs
       FROM w`,
      [text],
    )) as { version: string; query: string | null; zero: number | null; seqs: string | null }[];
    const seqs = hexInts(row!.seqs ?? '');
    return {
      version: row!.version,
      query: row!.query ?? '',
      zero: row!.zero ?? 0,
      count: seqs.length / 4,
      seqs,
    };
  }

  /**
   * The title tier's ranks when ts_rank uses its OR formula and the title tier holds at least
   * `needed` (offset + first) records; else — or for a quoted phrase whose loosened form matches
   * few records (PHRASE_TEXT_MAX) — every match's with a query word in rank_doc, through the text
   * index.
   */
  private async matchRanks(
    db: Pick<DataSource, 'query'>,
    text: string,
    needed: number,
    quoted: boolean,
  ): Promise<TextRanks> {
    const pairs = (from: string) =>
      `(SELECT coalesce(encode(string_agg(int4send(r.seq) || float4send(r.rank), ''), 'hex'), '') FROM ${from} AS r)`;
    const [row] = (await db.query(
      `WITH q AS (SELECT ${TSQUERY} AS query),
         v AS (SELECT q.query, ${ANY_WORD('q.query')} AS words, ${ZERO('q.query')} AS zero FROM q),
         w AS (SELECT v.*, ${LOOSE('v.query', 'v.words')} AS loose FROM v),
         t AS MATERIALIZED (SELECT p.seq, ${RANK('w.query')}::real AS rank FROM digest_published p, w
           WHERE NOT p.archived AND to_tsvector(p.lang_config, p.title) @@ w.words),
         k AS MATERIALIZED (SELECT CASE
                 WHEN $3::boolean AND w.loose::text <> w.query::text AND (SELECT count(*) FROM (SELECT 1
                   FROM digest_search_match m WHERE m.full_doc @@ w.loose LIMIT ${PHRASE_TEXT_MAX}) AS c) < ${PHRASE_TEXT_MAX}
                   THEN 'text'
                 WHEN w.zero = 0 AND (SELECT count(*) FROM t WHERE t.rank >= ${TITLE_TIER}) >= $2::int THEN 'tier'
                 ELSE 'text' END AS kind
               FROM w)
       SELECT (SELECT version::text FROM digest_search_state) AS version, k.kind,
         CASE k.kind
           WHEN 'tier' THEN ${pairs('t')}
           ELSE ${pairs(`(SELECT p.seq, ${RANK('w.query')}::real AS rank FROM digest_published p
             WHERE NOT p.archived AND p.rank_doc @@ w.words AND p.full_doc @@ w.loose)`)}
         END AS ranks
       FROM w, k`,
      [text, needed, quoted],
    )) as { version: string; kind: RankKind; ranks: string | null }[];
    return { version: row!.version, kind: row!.kind, ranks: hexInts(row!.ranks ?? '') };
  }

  /**
   * Filters, counts and pages the matches of a text search; null when nothing matches. The matches
   * are counted as soon as they come, while the ranks are still being computed. Ranked: every
   * match starts at the rank of a record without a query word in rank_doc (ZERO), the title tier
   * with its exact rank; when that cannot decide the page exactly (the page's last record ranks
   * below TITLE_TIER, too few matches, or ts_rank's AND formula), the matches holding a query word
   * in rank_doc are ranked, exactly, and the page computed again. Totals and facet counts never
   * depend on ranks.
   */
  private async rankTiers(
    text: string,
    search: TextSearch,
    filters: FacetFilter[],
    order: Order,
    first: number,
    offset: number,
  ): Promise<DigestSearchResult | null> {
    const countAt = async (found: TextMatches) => {
      const index = await this.indexAt(found.version);
      const positions = new Int32Array(found.count);
      let n = 0;
      for (let k = 0; k < found.count; k++) {
        const i = index.position(found.seqs.readInt32BE(4 * k));
        if (i >= 0) positions[n++] = i;
      }
      return {
        found,
        index,
        positions: positions.subarray(0, n),
        counts: index.count(positions.subarray(0, n), filters),
      };
    };
    let counted: { found: TextMatches; index: FacetIndex; positions: Int32Array; counts: Counts };
    let rankRows: TextRanks | null;
    try {
      counted = await countAt(await search.matches);
    } finally {
      rankRows = await search.ranks;
    }
    if (rankRows && rankRows.version !== counted.found.version) {
      const again = await search.again();
      counted = await countAt(again.matches);
      rankRows = again.ranks;
    }
    const { found, index, positions, counts } = counted;
    if (found.count === 0) return null;
    const kind = rankRows?.kind ?? null;
    const ranked = {
      positions,
      ranks: new Float32Array(positions.length).fill(order === 'rank' ? found.zero : 0),
    };
    const slot = new Int32Array(index.size).fill(-1);
    positions.forEach((i, k) => (slot[i] = k));
    const setRanks = (pairs: Buffer) => {
      for (let b = 0; b + 8 <= pairs.length; b += 8) {
        const i = index.position(pairs.readInt32BE(b));
        if (i >= 0 && slot[i]! >= 0) ranked.ranks[slot[i]!] = pairs.readFloatBE(b + 4);
      }
    };
    if (rankRows) setRanks(rankRows.ranks);
    let page = index.page(counts, ranked, order, first, offset);
    const last = page[page.length - 1];
    const decided =
      order !== 'rank' ||
      counts.total <= offset ||
      kind === 'text' ||
      // Ranked by the keys the in-memory copy gave at this version: the same filters, the same records.
      (kind === 'key' && index.version === found.version) ||
      (kind === 'tier' &&
        page.length === first &&
        last !== undefined &&
        ranked.ranks[slot[last]!]! >= TITLE_TIER);
    if (!decided) {
      setRanks(await this.rankAll(found.query, index, positions, counts.passing));
      page = index.page(counts, ranked, order, first, offset);
    }
    const rankOf = (i: number) => ranked.ranks[slot[i]!]!;
    return this.answer(
      index,
      { ...counts, page },
      order === 'rank' ? rankOf : null,
      { text, query: TSQUERY },
      order,
    );
  }

  /**
   * The exact ranks of the matches passing the filters whose rank_doc holds a query word (the others
   * keep ZERO): by key when they are few, else through the text index.
   */
  private async rankAll(
    query: string,
    index: FacetIndex,
    positions: Int32Array,
    passing: Uint8Array,
  ): Promise<Buffer> {
    const seqs: number[] = [];
    for (const i of positions) if (passing[i]) seqs.push(index.seqs[i]!);
    if (seqs.length === 0) return Buffer.alloc(0);
    const byKey = seqs.length <= RANK_BY_KEY_MAX;
    const [row] = (await this.db.query(
      `WITH w AS (SELECT $1::tsquery AS query, ${ANY_WORD('$1::tsquery')} AS words)
       SELECT coalesce(encode(string_agg(int4send(p.seq) || float4send(${RANK('w.query')}::real), ''), 'hex'), '') AS ranks
       FROM digest_published p, w
       WHERE NOT p.archived AND p.rank_doc @@ w.words AND ${byKey ? 'p.seq = ANY($2::int[])' : 'p.full_doc @@ w.query'}`,
      byKey ? [query, seqs] : [query],
    )) as { ranks: string }[];
    return hexInts(row!.ranks);
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

  /**
   * The page's rows and snippets: the summary with the query's words marked when the title or the
   * summary holds one of them (those records rank above 0), else an excerpt of the body around the
   * matches (ts_headline over a body of several KB costs ~1 ms a record, the summary a tenth of it);
   * without text, the summary's first characters.
   */
  private async answer(
    index: FacetIndex,
    counted: Counted,
    rankOf: ((position: number) => number) | null,
    text: { text: string; query: string } | null,
    order: Order,
  ): Promise<DigestSearchResult> {
    const ids = counted.page.map((i) => index.ids[i]!);
    const rankById = new Map<string, number>();
    if (rankOf) counted.page.forEach((i) => rankById.set(index.ids[i]!, rankOf(i)));
    const headline = (column: string, words: number) =>
      `ts_headline(p.lang_config, translate(${column}, E'<\\u0002\\u0003', E'${LT}'), q.query,
        'StartSel=${START}, StopSel=${STOP}, MaxWords=${words}, MinWords=${Math.round(words / 2)}, MaxFragments=2, FragmentDelimiter=" … "')`;
    const rows: HitRow[] = ids.length
      ? await this.db.query(
          `WITH q0 AS (SELECT ${text ? text.query : '$1::text::tsquery'} AS query),
             q AS (SELECT q0.query, ${ANY_WORD('q0.query')} AS words FROM q0)
           SELECT p.case_id, p.title, p.country, p.court, p.court_level, p.case_number,
             to_char(p.decision_date, 'YYYY-MM-DD') AS decision_date, p.outcome,
             q.query IS NULL OR numnode(q.query) = 0 AS plain,
             CASE WHEN q.query IS NULL OR numnode(q.query) = 0 THEN translate(p.summary, E'\\u0002\\u0003', '')
                  WHEN NOT (p.rank_doc @@ q.words) AND p.full_doc @@ q.query THEN ${headline('p.body', 30)}
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
          snippet: h.plain ? plainSnippet(h.marked ?? '') : highlightParts(h.marked ?? ''),
          rank: text && order === 'rank' ? (rankById.get(h.case_id) ?? 0) : null,
        })),
    };
  }
}
