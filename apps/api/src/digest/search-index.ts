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

/** A facet column: per record, the codes of its values (CSR layout), and the code → value list. */
interface Column {
  values: string[];
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

export interface Counted {
  total: number;
  /** Per position, 1 if the record matched and passes every filter. */
  passing: Uint8Array;
  /** Positions (into the index) of the page, in order. */
  page: number[];
  facets: Record<FacetKey, { value: string; count: number }[]>;
}

export type Order = 'rank' | 'dateDesc' | 'dateAsc';

/** More than the records there will ever be (keys stay exact integers below 2^53). */
const RECENCY_SPAN = 2 ** 24;

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
      const offsets = new Uint32Array(rows.length + 1);
      const codes: number[] = [];
      rows.forEach((row, i) => {
        offsets[i] = codes.length;
        for (const v of valuesOf(row, facet)) {
          const key = String(v);
          let code = dictionary.get(key);
          if (code === undefined) {
            code = values.length;
            values.push(key);
            dictionary.set(key, code);
          }
          codes.push(code);
        }
      });
      offsets[rows.length] = codes.length;
      this.columns[facet] = { values, offsets, codes: Uint16Array.from(codes) };
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

  /** Per filter: a mask over its column's codes (years: the range). */
  private tests(filters: FacetFilter[]) {
    return filters.map((f) => {
      const column = this.columns[f.facet];
      const mask = new Uint8Array(column.values.length);
      column.values.forEach((value, code) => {
        if (f.values) mask[code] = f.values.includes(value) ? 1 : 0;
        else {
          const year = Number(value);
          mask[code] =
            (f.from === undefined || year >= f.from) && (f.to === undefined || year <= f.to) ? 1 : 0;
        }
      });
      return { facet: f.facet, column, mask, index: FACET_KEYS.indexOf(f.facet) };
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
      for (const { column, mask } of tests) {
        let hit = false;
        for (let k = column.offsets[i]!, e = column.offsets[i + 1]!; k < e; k++) {
          if (mask[column.codes[k]!]) {
            hit = true;
            break;
          }
        }
        if (!hit) {
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
   * that pass the filters. Facets are disjunctive: a record failing exactly one filter counts in
   * that filter's facet only; one passing all counts in every facet and in the total.
   */
  search(
    matched: { positions: Int32Array; ranks: Float32Array } | null,
    filters: FacetFilter[],
    order: Order,
    first: number,
    offset: number,
  ): Counted {
    const tests = this.tests(filters);
    const counts = FACET_KEYS.map((facet) => new Uint32Array(this.columns[facet].values.length));
    const positions = matched ? matched.positions : this.all;
    const n = positions.length;
    // Column by column (tight loops over typed arrays): per record, how many filters it fails
    // (capped at 2) and the facet of the one it fails.
    const misses = new Uint8Array(this.size);
    const missing = new Int8Array(this.size);
    for (const t of tests) {
      const { offsets, codes } = t.column;
      const mask = t.mask;
      for (let j = 0; j < n; j++) {
        const i = positions[j]!;
        let ok = 0;
        for (let k = offsets[i]!, e = offsets[i + 1]!; k < e; k++) {
          if (mask[codes[k]!]) {
            ok = 1;
            break;
          }
        }
        if (!ok && misses[i]! < 2) {
          misses[i]!++;
          missing[i] = t.index;
        }
      }
    }
    const passing = new Uint8Array(this.size);
    let total = 0;
    for (let j = 0; j < n; j++) {
      const i = positions[j]!;
      if (misses[i] === 0) {
        passing[i] = 1;
        total++;
      }
    }
    // A record passing every filter counts in every facet; one failing exactly one filter counts in
    // that filter's facet only.
    FACET_KEYS.forEach((facet, f) => {
      const { offsets, codes } = this.columns[facet];
      const count = counts[f]!;
      const filtered = tests.length > 0;
      for (let j = 0; j < n; j++) {
        const i = positions[j]!;
        if (filtered && misses[i] !== 0 && (misses[i] !== 1 || missing[i] !== f)) continue;
        for (let k = offsets[i]!, e = offsets[i + 1]!; k < e; k++) count[codes[k]!]!++;
      }
    });

    // The page.
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

    const facets = {} as Counted['facets'];
    FACET_KEYS.forEach((facet, f) => {
      const list: { value: string; count: number }[] = [];
      counts[f]!.forEach((count, code) => {
        if (count > 0) list.push({ value: this.columns[facet].values[code]!, count });
      });
      list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      facets[facet] = list;
    });
    return { total, passing, page, facets };
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
