import { FacetIndex, type IndexRow, topKeys } from './search-index.js';
import { plainSnippet } from './search.service.js';

/** The in-memory part of the search (no database needed): paging by rank, counts, snippets. */
describe('digest search index', () => {
  it('keeps the largest keys, largest first, whatever the order they come in', () => {
    const keys = Array.from({ length: 500 }, (_, i) => (i * 7919) % 1000);
    for (const size of [0, 1, 20, 499, 500, 800]) {
      const top = topKeys(size);
      keys.forEach((k) => top.add(k));
      const expected = [...keys].sort((a, b) => b - a).slice(0, size);
      expect(Array.from(top.descending())).toEqual(expected);
    }
  });

  const rows: IndexRow[] = Array.from({ length: 300 }, (_, i) => ({
    seq: i + 1,
    case_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    decision_date: `20${String(10 + (i % 13)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    country: ['FR', 'BE', 'DE', 'RS'][i % 4]!,
    region: ['western-europe', 'southern-europe'][i % 2]!,
    year: 2010 + (i % 13),
    outcome: ['CONVICTION', 'ACQUITTAL', 'OTHER'][i % 3]!,
    court_level: ['FIRST_INSTANCE', 'APPEAL'][i % 2]!,
    offences: i % 5 === 0 ? [] : ['illicit-trafficking', ...(i % 3 === 0 ? ['diversion'] : [])],
    protocol_articles: i % 2 ? [5, 8] : [3],
    convention_articles: [],
    weapons: i % 7 === 0 ? ['handguns', 'rifles'] : ['handguns'],
    modus: [],
  }));
  const index = new FacetIndex('1', rows);

  it('pages by rank, then newest first, exactly as sorting every match would', () => {
    const positions = Int32Array.from({ length: 200 }, (_, k) => (k * 37) % 300);
    const ranks = Float32Array.from(positions, (i) => (i % 4 === 0 ? 0 : (i % 11) / 10));
    const filters = [{ facet: 'countries' as const, values: ['FR', 'BE', 'DE'] }];
    const all = index.search({ positions, ranks }, filters, 'rank', 300, 0);
    const expected = Array.from(positions)
      .map((i, k) => ({ i, rank: ranks[k]! }))
      .filter(({ i }) => rows[i]!.country !== 'RS')
      .sort(
        (a, b) =>
          b.rank - a.rank ||
          rows[b.i]!.decision_date.localeCompare(rows[a.i]!.decision_date) ||
          rows[a.i]!.case_id.localeCompare(rows[b.i]!.case_id),
      )
      .map(({ i }) => i);
    expect(all.total).toBe(expected.length);
    expect(all.page).toEqual(expected);
    for (const [offset, first] of [
      [0, 20],
      [13, 7],
      [140, 20],
      [200, 5],
    ] as const) {
      expect(index.search({ positions, ranks }, filters, 'rank', first, offset).page).toEqual(
        expected.slice(offset, offset + first),
      );
    }
  });

  it('counts each facet over the records passing every other filter', () => {
    const filters = [
      { facet: 'countries' as const, values: ['FR'] },
      { facet: 'weapons' as const, values: ['rifles'] },
    ];
    const r = index.search(null, filters, 'dateDesc', 5, 0);
    const passes = (row: IndexRow, skip?: string) =>
      (skip === 'countries' || row.country === 'FR') &&
      (skip === 'weapons' || row.weapons.includes('rifles'));
    expect(r.total).toBe(rows.filter((row) => passes(row)).length);
    const count = (facet: string, value: string) =>
      r.facets[facet as 'countries'].find((f) => f.value === value)?.count ?? 0;
    for (const c of ['FR', 'BE', 'DE', 'RS']) {
      expect(count('countries', c)).toBe(
        rows.filter((row) => passes(row, 'countries') && row.country === c).length,
      );
    }
    for (const w of ['handguns', 'rifles']) {
      expect(count('weapons', w)).toBe(
        rows.filter((row) => passes(row, 'weapons') && row.weapons.includes(w)).length,
      );
    }
    expect(count('years', '2012')).toBe(rows.filter((row) => passes(row) && row.year === 2012).length);
  });

  it('counts every facet as counting value by value would, over many values and repeated ones', () => {
    // Records share groups of values (counted together): 40 offences (more than a 32-bit set),
    // a value repeated within a record, records with none, and a subset of matches.
    const many: IndexRow[] = Array.from({ length: 500 }, (_, i) => ({
      ...rows[i % rows.length]!,
      seq: i + 1,
      case_id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
      offences:
        i % 9 === 0 ? [] : [`o${(i * 7) % 40}`, `o${(i * 11) % 40}`, ...(i % 4 === 0 ? ['o1', 'o1'] : [])],
      modus: i % 3 === 0 ? ['m1', 'm2'] : i % 3 === 1 ? ['m2'] : [],
    }));
    const big = new FacetIndex('1', many);
    const positions = Int32Array.from({ length: 300 }, (_, k) => (k * 13) % 500);
    const filters = [
      { facet: 'offences' as const, values: ['o1', 'o7', 'o22'] },
      { facet: 'modus' as const, values: ['m2'] },
      { facet: 'years' as const, from: 2012, to: 2019 },
    ];
    const passes = (row: IndexRow, skip?: string) =>
      (skip === 'offences' || row.offences.some((o) => ['o1', 'o7', 'o22'].includes(o))) &&
      (skip === 'modus' || row.modus.includes('m2')) &&
      (skip === 'years' || (row.year >= 2012 && row.year <= 2019));
    const matched = Array.from(positions, (i) => many[i]!);
    const expected = (
      facet: 'offences' | 'modus' | 'countries' | 'years',
      values: (r: IndexRow) => string[],
    ) => {
      const counts = new Map<string, number>();
      for (const row of matched.filter((r) => passes(r, facet))) {
        for (const v of values(row)) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return [...counts]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    };
    const r = big.count(positions, filters);
    expect(r.total).toBe(matched.filter((row) => passes(row)).length);
    expect(r.facets.offences).toEqual(expected('offences', (row) => row.offences));
    expect(r.facets.modus).toEqual(expected('modus', (row) => row.modus));
    expect(r.facets.countries).toEqual(expected('countries', (row) => [row.country]));
    expect(r.facets.years).toEqual(expected('years', (row) => [String(row.year)]));
    expect(big.passingSeqs(filters, 500)).toEqual(
      Int32Array.from(many.filter((row) => passes(row)).map((row) => row.seq)),
    );
  });

  it('cuts a plain snippet at 400 characters, never inside one', () => {
    const summary = 'é'.repeat(399) + '😀' + 'x'.repeat(50);
    const [part] = plainSnippet(summary);
    expect(Array.from(part!.text)).toHaveLength(400);
    expect(part!.text.endsWith('😀')).toBe(true);
    expect(plainSnippet('')).toEqual([]);
    expect(plainSnippet('short')).toEqual([{ text: 'short', match: false }]);
  });
});
