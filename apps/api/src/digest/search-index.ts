/**
 * The facet columns of the published, not archived, records, held in memory by each API instance
 * (a few megabytes for 100,000 records): filters, disjunctive facet counts, totals and the order of
 * results are computed here in one pass over typed arrays, while PostgreSQL answers the part it is
 * good at — which records match the text (GIN) and their text rank. Reloaded when
 * `digest_search_state.version` moves (every write to digest_published bumps it).
 */

/** The facets in the order of DigestFacets; `array` facets hold several values per record. */
export const FACET_KEYS = [
  'countries',
  'regions',
  'years',
  'offences',
  'protocolArticles',
  'conventionArticles',
  'weapons',
  'modus',
  'outcomes',
  'courtLevels',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
const ARRAY_FACETS = new Set<FacetKey>([
  'offences',
  'protocolArticles',
  'conventionArticles',
  'weapons',
  'modus',
]);

/** One row of `digest_published` as loaded. */
export interface IndexRow {
  seq: number;
  case_id: string;
  decision_date: string;
  country: string;
  region: string;
  year: number;
  outcome: string;
  court_level: string;
  offences: string[];
  protocol_articles: number[];
  convention_articles: number[];
  weapons: string[];
  modus: string[];
}

const valuesOf = (row: IndexRow, facet: FacetKey): (string | number)[] => {
  switch (facet) {
    case 'countries':
      return [row.country];
    case 'regions':
      return [row.region];
    case 'years':
      return [row.year];
    case 'offences':
      return row.offences;
    case 'protocolArticles':
      return row.protocol_articles;
    case 'conventionArticles':
      return row.convention_articles;
    case 'weapons':
      return row.weapons;
    case 'modus':
      return row.modus;
    case 'outcomes':
      return [row.outcome];
    case 'courtLevels':
      return [row.court_level];
  }
};

/**
 * A facet column: the value list (code → value) and, per record, its group — the records holding
 * the same values (in the same order) share a group; 230 to 3,600 per facet at 100,000 records —
 * with the codes of each group (CSR layout). The tight loops of `count` read one group per record
 * and count records per group; the groups' codes are added up once at the end.
 */
interface Column {
  values: string[];
  /** Per record, its group. */
  group: Uint32Array;
  /** The codes of group g: codes[offsets[g]] … codes[offsets[g + 1] - 1]. */
  offsets: Uint32Array;
  codes: Uint16Array;
}

/** A facet filter: the record must have one of the values (code mask). */
export interface FacetFilter {
  facet: FacetKey;
  /** The values chosen (strings as returned in facet counts: years and articles as numbers' text). */
  values?: string[];
  /** Years only: an inclusive range. */
  from?: number;
  to?: number;
}

/** The matches passing the filters, and the facet counts (which never depend on ranks). */
export interface Counts {
  total: number;
  /** Per position, 1 if the record matched and passes every filter. */
  passing: Uint8Array;
  facets: Record<FacetKey, { value: string; count: number }[]>;
}

export interface Counted extends Counts {
  /** Positions (into the index) of the page, in order. */
  page: number[];
}

export type Order = 'rank' | 'dateDesc' | 'dateAsc';

/** Matched records: positions into the index, and the rank of each (aligned). */
export interface Matched {
  positions: Int32Array;
  ranks: Float32Array;
}

/** More than the records there will ever be (keys stay exact integers below 2^53). */
const RECENCY_SPAN = 2 ** 24;

/** A filter, ready to test records: per group of its column, 1 if it holds one of the values. */
interface Test {
  group: Uint32Array;
  passes: Uint8Array;
  /** The facet's index in FACET_KEYS. */
  index: number;
}

export class FacetIndex {
  readonly size: number;
  readonly ids: string[];
  readonly dates: string[];
  /** Per position, the record's `seq`. */
  readonly seqs: Int32Array;
  /** Per `seq`, its position + 1 (0: none). */
  private readonly bySeq: Int32Array;
  private readonly columns = {} as Record<FacetKey, Column>;
  /** Positions ordered newest first (ties: case id). */
  private readonly newestFirst: Uint32Array;
  /** Per position, its place in `newestFirst`. */
  private readonly recency: Uint32Array;
  /** Every position, in order (the matches of a search without text). */
  private readonly all: Int32Array;

  constructor(
    readonly version: string,
    rows: IndexRow[],
  ) {
    this.size = rows.length;
    this.ids = rows.map((r) => r.case_id);
    this.dates = rows.map((r) => r.decision_date);
    this.seqs = Int32Array.from(rows, (r) => r.seq);
    this.bySeq = new Int32Array(rows.reduce((max, r) => Math.max(max, r.seq), 0) + 1);
    rows.forEach((r, i) => (this.bySeq[r.seq] = i + 1));
    for (const facet of FACET_KEYS) {
      const dictionary = new Map<string, number>();
      const values: string[] = [];
      const groups = new Map<string, number>();
      const group = new Uint32Array(rows.length);
      const offsets: number[] = [0];
      const codes: number[] = [];
      rows.forEach((row, i) => {
        const mine = valuesOf(row, facet).map((v) => {
          const key = String(v);
          let code = dictionary.get(key);
          if (code === undefined) {
            code = values.length;
            values.push(key);
            dictionary.set(key, code);
          }
          return code;
        });
        const key = mine.join(',');
        let g = groups.get(key);
        if (g === undefined) {
          g = groups.size;
          groups.set(key, g);
          codes.push(...mine);
          offsets.push(codes.length);
        }
        group[i] = g;
      });
      this.columns[facet] = {
        values,
        group,
        offsets: Uint32Array.from(offsets),
        codes: Uint16Array.from(codes),
      };
    }
    const order = Array.from({ length: rows.length }, (_, i) => i);
    order.sort((a, b) => this.compareDate(b, a));
    this.newestFirst = Uint32Array.from(order);
    this.recency = new Uint32Array(rows.length);
    this.newestFirst.forEach((i, k) => (this.recency[i] = k));
    this.all = Int32Array.from(order.keys());
  }

  /** Date, then case id (ascending): the tie-break of every order. */
  private compareDate(a: number, b: number): number {
    const da = this.dates[a]!;
    const db = this.dates[b]!;
    if (da !== db) return da < db ? -1 : 1;
    const ia = this.ids[a]!;
    const ib = this.ids[b]!;
    return ia === ib ? 0 : ia < ib ? 1 : -1;
  }

  /** The index position of a `seq`, or -1 (a record published after this snapshot). */
  position(seq: number): number {
    return seq >= 0 && seq < this.bySeq.length ? this.bySeq[seq]! - 1 : -1;
  }

  /** Per filter: which values it takes (years: the range), then which groups hold one of them. */
  private tests(filters: FacetFilter[]): Test[] {
    return filters.map((f) => {
      const { values, group, offsets, codes } = this.columns[f.facet];
      const mask = values.map((value) => {
        if (f.values) return f.values.includes(value);
        const year = Number(value);
        return (f.from === undefined || year >= f.from) && (f.to === undefined || year <= f.to);
      });
      const passes = new Uint8Array(offsets.length - 1);
      for (let g = 0; g < passes.length; g++) {
        for (let k = offsets[g]!; k < offsets[g + 1]!; k++) if (mask[codes[k]!]) passes[g] = 1;
      }
      return { group, passes, index: FACET_KEYS.indexOf(f.facet) };
    });
  }

  /**
   * The `seq` of every record passing all the filters, text aside — or null once there are more
   * than `max` of them.
   */
  passingSeqs(filters: FacetFilter[], max: number): Int32Array | null {
    const tests = this.tests(filters);
    const out = new Int32Array(Math.min(max, this.size));
    let n = 0;
    for (let i = 0; i < this.size; i++) {
      let ok = true;
      for (const t of tests) {
        if (!t.passes[t.group[i]!]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (n === out.length) return null;
      out[n++] = this.seqs[i]!;
    }
    return out.subarray(0, n);
  }

  /**
   * Counts and pages the records in `matched` (positions, with their rank; null = every record)
   * that pass the filters: `count`, then `page`.
   */
  search(
    matched: Matched | null,
    filters: FacetFilter[],
    order: Order,
    first: number,
    offset: number,
  ): Counted {
    const counts = this.count(matched?.positions ?? null, filters);
    return { ...counts, page: this.page(counts, matched, order, first, offset) };
  }

  /**
   * The total and the facet counts of the records at `positions` (null = every record) that pass
   * the filters. Facets are disjunctive: a record failing exactly one filter counts in that
   * filter's facet only; one passing all counts in every facet and in the total. Ranks play no part.
   */
  count(matched: Int32Array | null, filters: FacetFilter[]): Counts {
    const tests = this.tests(filters);
    const positions = matched ?? this.all;
    const n = positions.length;
    // Per match (by its place in `positions`): 0 if it passes every filter, 1 + the facet's index
    // if it fails that filter only, FAILS_MORE if it fails two or more. Filter by filter: tight
    // loops over one column each.
    const FAILS_MORE = 255;
    const state = new Uint8Array(n);
    for (const t of tests) {
      const { group, passes } = t;
      const failed = 1 + t.index;
      for (let j = 0; j < n; j++) {
        if (!passes[group[positions[j]!]!]) state[j] = state[j] === 0 ? failed : FAILS_MORE;
      }
    }
    const passing = new Uint8Array(this.size);
    let total = 0;
    for (let j = 0; j < n; j++) {
      if (state[j] === 0) {
        passing[positions[j]!] = 1;
        total++;
      }
    }
    const facets = {} as Counts['facets'];
    FACET_KEYS.forEach((facet, f) => {
      const { values, group, offsets, codes } = this.columns[facet];
      const own = 1 + f;
      const byGroup = new Uint32Array(offsets.length - 1);
      for (let j = 0; j < n; j++) {
        const s = state[j]!;
        if (s === 0 || s === own) byGroup[group[positions[j]!]!]!++;
      }
      const count = new Uint32Array(values.length);
      for (let g = 0; g < byGroup.length; g++) {
        const c = byGroup[g]!;
        if (c > 0) for (let k = offsets[g]!; k < offsets[g + 1]!; k++) count[codes[k]!]! += c;
      }
      const list: { value: string; count: number }[] = [];
      count.forEach((c, code) => {
        if (c > 0) list.push({ value: values[code]!, count: c });
      });
      list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      facets[facet] = list;
    });
    return { total, passing, facets };
  }

  /**
   * The page (positions, in order) of the records passing the filters (`counts.passing`): by rank
   * (`matched`, null = every record ranks alike), then newest first; or by date.
   */
  page(counts: Counts, matched: Matched | null, order: Order, first: number, offset: number): number[] {
    const { passing, total } = counts;
    const page: number[] = [];
    const end = offset + first;
    if (order === 'rank' && matched) {
      // One number per hit — rank (to 1e-6), then recency; all distinct — and only the first
      // offset + first of them kept, in a min-heap (sorting every hit costs ~8 ms at 27,000).
      const top = topKeys(Math.min(end, total));
      const { positions, ranks } = matched;
      for (let k = 0; k < positions.length; k++) {
        const i = positions[k]!;
        if (passing[i])
          top.add(Math.round(ranks[k]! * 1e6) * RECENCY_SPAN + (RECENCY_SPAN - 1 - this.recency[i]!));
      }
      const keys = top.descending();
      for (let k = offset; k < keys.length; k++) {
        page.push(this.newestFirst[RECENCY_SPAN - 1 - (keys[k]! % RECENCY_SPAN)]!);
      }
    } else {
      let seen = 0;
      const n = this.newestFirst.length;
      for (let k = 0; k < n && page.length < first; k++) {
        const i = this.newestFirst[order === 'dateAsc' ? n - 1 - k : k]!;
        if (!passing[i]) continue;
        if (seen++ >= offset) page.push(i);
      }
    }
    return page;
  }
}

/** The `size` largest of the numbers added (a min-heap), then read largest first. */
export function topKeys(size: number): { add(key: number): void; descending(): Float64Array } {
  const heap = new Float64Array(size);
  let n = 0;
  return {
    add(key) {
      if (n < size) {
        // Sift up.
        let c = n++;
        while (c > 0) {
          const parent = (c - 1) >> 1;
          if (heap[parent]! <= key) break;
          heap[c] = heap[parent]!;
          c = parent;
        }
        heap[c] = key;
      } else if (size > 0 && key > heap[0]!) {
        // Replace the smallest, sift down.
        let c = 0;
        for (;;) {
          let child = 2 * c + 1;
          if (child >= n) break;
          if (child + 1 < n && heap[child + 1]! < heap[child]!) child++;
          if (heap[child]! >= key) break;
          heap[c] = heap[child]!;
          c = child;
        }
        heap[c] = key;
      }
    },
    descending() {
      return heap.subarray(0, n).sort().reverse();
    },
  };
}

export const isArrayFacet = (facet: FacetKey) => ARRAY_FACETS.has(facet);
