/**
 * The promise of the method page, tested as an outsider would attack it: over generated sheets
 * (5–300 units, skewed groups, ties, many identical scores, one late unit per group), every
 * published row matches at least k units on every subset of what an outsider may know (group,
 * self-score, on time, rating), and no value the rows hide or generalize can be recomputed from
 * the published figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublishedUnit, YearResults } from '../../schemas/results';
import { yearResultsSchema } from '../../schemas/results';
import { seededRandom } from '../seeded-random';
import { summarize, publishedGroups } from './aggregate';
import { anonymize, shuffle, type RandomInt } from './anonymize';
import { datasetFiles } from './datasets';
import { criteriaFigure } from './figures';
import { toResultsContext } from './results-context';
import {
  anonymizeGroup,
  equivalenceClasses,
  feasibleIntervals,
  generalizeRating,
  generalizeSelf,
  lattice,
  meanProtects,
  MIN_HIDDEN,
  PROTECTION_WIDTH,
  SUPPRESSION_LIMIT,
  type QiUnit,
} from './k-anonymity';
import { loadGroups, loadRules } from './load-data-fs';
import { groupsForYear, maxTotal, ratingFor, ruleForYear } from './rule-for-year';
import type { Rule } from '../../schemas/rule';
import type { RawUnit } from './validate-sheet';

const rules = loadRules('data/rules');
const groups = loadGroups('data/unit-groups.json');
const LICENCE = { name: 'x', url: 'https://example.org/' };

const seededInt = (seed: number): RandomInt => {
  const rand = seededRandom(seed);
  return (max) => Math.floor(rand() * max);
};
const quarter = (n: number) => Math.round(n * 4) / 4;

describe('hierarchies', () => {
  it.each([
    [83.5, 'exact', 83.5],
    [83.5, 'band-1', { from: 83, to: 84 }],
    [83.5, 'band-5', { from: 80, to: 85 }],
    [83.5, 'band-10', { from: 80, to: 90 }],
    [100, 'band-10', { from: 90, to: 100 }],
    [100, 'band-1', { from: 99, to: 100 }],
    [0, 'band-5', { from: 0, to: 5 }],
    [83.5, 'suppressed', null],
  ] as const)('self-score %d at %s', (score, level, out) => expect(generalizeSelf(score, level, 100)).toEqual(out));

  it('rating: exact, the top two bands vs the rest, suppressed', () => {
    const rule = ruleForYear(rules, 2024);
    expect(rule.bands.map((b) => generalizeRating(b.label, 'merged', rule))).toEqual([
      'Tốt trở lên',
      'Tốt trở lên',
      'Dưới mức Tốt',
      'Dưới mức Tốt',
      'Dưới mức Tốt',
    ]);
    expect(generalizeRating('Khá', 'exact', rule)).toBe('Khá');
    expect(generalizeRating('Khá', 'suppressed', rule)).toBeNull();
  });

  it('the lattice has every combination once, most specific first', () => {
    const nodes = lattice();
    expect(nodes).toHaveLength(5 * 2 * 3);
    expect(new Set(nodes.map((n) => JSON.stringify(n))).size).toBe(30);
    expect(nodes[0]).toEqual({ selfScore: 'exact', onTime: 'exact', rating: 'exact' });
    expect(nodes.at(-1)).toEqual({ selfScore: 'suppressed', onTime: 'group', rating: 'suppressed' });
  });
});

describe('feasible intervals of values a mean covers', () => {
  it.each([
    // One hidden value among exact ones: the mean gives it back.
    [{ mean: 80, n: 3, decimals: 2, exact: [80, 80], unknown: [{ lo: 0, hi: 100 }] }, false],
    // Three hidden over the whole scale: nothing pinned.
    [
      {
        mean: 80,
        n: 5,
        decimals: 2,
        exact: [80, 80],
        unknown: [
          { lo: 0, hi: 100 },
          { lo: 0, hi: 100 },
          { lo: 0, hi: 100 },
        ],
      },
      true,
    ],
    // Many identical scores at the top of their band: the mean pins every one.
    [
      { mean: 100, n: 5, decimals: 2, exact: [], unknown: Array.from({ length: 5 }, () => ({ lo: 90, hi: 100 })) },
      false,
    ],
    [{ mean: 95, n: 5, decimals: 2, exact: [], unknown: Array.from({ length: 5 }, () => ({ lo: 90, hi: 100 })) }, true],
  ])('%j → protects: %s', (input, ok) => expect(meanProtects(input)).toBe(ok));

  it('an interval always holds the true value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (quarters, hiddenMask) => {
          const values = quarters.map((q) => q / 4);
          const hidden = values.map((_v, i) => ((hiddenMask >> (i % 30)) & 1) === 1);
          const mean = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100;
          const unknown = values
            .filter((_v, i) => hidden[i])
            .map((v) => ({ lo: Math.floor(v / 10) * 10, hi: Math.floor(v / 10) * 10 + 10 }));
          const f = feasibleIntervals({
            mean,
            n: values.length,
            decimals: 2,
            exact: values.filter((_v, i) => !hidden[i]),
            unknown,
          });
          values
            .filter((_v, i) => hidden[i])
            .forEach((v, i) => {
              expect(f[i]!.lo).toBeLessThanOrEqual(v + 1e-9);
              expect(f[i]!.hi).toBeGreaterThanOrEqual(v - 1e-9);
            });
        },
      ),
    );
  });
});

/** A generated sheet: the shapes that break naive anonymization. */
const sheetArb = fc.record({
  year: fc.constantFrom(2022, 2024, 2025),
  total: fc.integer({ min: 5, max: 300 }),
  /** Group weights: one group can hold almost everyone. */
  weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }),
  /** How many distinct score levels: 1–3 means many identical scores and ties. */
  distinct: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(400)),
  late: fc.constantFrom('random', 'one-per-group', 'none'),
  seed: fc.integer(),
  k: fc.constantFrom(5, 5, 5, 3, 4, 7),
});
type SheetParams = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

/** Criteria that sum to the appraised score, each within its maximum. */
function criteriaFor(rule: Rule, appraised: number): Record<string, number> {
  const total = maxTotal(rule);
  const out: Record<string, number> = {};
  let left = appraised;
  rule.criteria.forEach((c, i) => {
    const v = i === rule.criteria.length - 1 ? left : Math.min(c.max, quarter((appraised * c.max) / total));
    out[c.code] = v;
    left = Math.round((left - v) * 100) / 100;
  });
  return out;
}

function generateSheet(p: SheetParams): { rule: Rule; units: RawUnit[] } {
  const rand = seededRandom(p.seed);
  const rule = ruleForYear(rules, p.year);
  const ids = groupsForYear(groups, p.year).map((g) => g.id);
  const weightSum = p.weights.reduce((s, w) => s + w, 0) || 1;
  const pool = Array.from({ length: Math.min(p.distinct, 400) }, () => quarter(40 + rand() * 60));
  const pick = () => (p.distinct >= 400 ? quarter(40 + rand() * 60) : pool[Math.floor(rand() * pool.length)]!);
  const units: RawUnit[] = [];
  const lateDone = new Set<string>();
  for (let i = 0; i < p.total; i++) {
    let r = rand() * weightSum;
    const group = ids[ids.findIndex((_id, j) => (r -= p.weights[j] ?? 0) < 0)] ?? ids[0]!;
    const appraised = pick();
    const self = Math.min(100, p.distinct >= 400 ? quarter(appraised + rand() * 6) : appraised);
    const late = p.late === 'random' ? rand() < 0.15 : p.late === 'one-per-group' ? !lateDone.has(group) : false;
    if (late) lateDone.add(group);
    units.push({
      code: `MDV${i}`,
      name: `Đơn vị ${i}`,
      group,
      submitted: late ? `${p.year}-11-20` : `${p.year}-11-${String(1 + (i % 15)).padStart(2, '0')}`,
      selfScore: self,
      appraisedScore: appraised,
      criteria: criteriaFor(rule, appraised),
    });
  }
  return { rule, units };
}

/** What an outsider may know of a unit. */
interface Known {
  group: string;
  selfScore: number;
  onTime: boolean;
  rating: string;
}
const QIS = ['group', 'selfScore', 'onTime', 'rating'] as const;
const SUBSETS = Array.from({ length: 16 }, (_v, mask) => QIS.filter((_q, i) => (mask >> i) & 1));

/** Whether a published row could be the unit, judged on some of what is known of it. */
function compatible(row: PublishedUnit, unit: Known, on: readonly (typeof QIS)[number][], rule: Rule): boolean {
  return on.every((q) => {
    if (q === 'group') return row.group === unit.group;
    if (q === 'onTime') return row.onTime === null || row.onTime === unit.onTime;
    if (q === 'selfScore') {
      const v = row.selfScore;
      if (v === null) return true;
      if (typeof v === 'number') return v === unit.selfScore;
      return (
        unit.selfScore >= v.from && (unit.selfScore < v.to || (unit.selfScore === v.to && v.to === maxTotal(rule)))
      );
    }
    // The rating, and whatever the appraised score says of it.
    if (row.appraisedScore !== null && ratingFor(rule, row.appraisedScore) !== unit.rating) return false;
    return (
      row.rating === null || row.rating === unit.rating || row.rating === generalizeRating(unit.rating, 'merged', rule)
    );
  });
}

/** The published values of a row on some quasi-identifiers, as a key. */
const publishedKey = (row: PublishedUnit, on: readonly string[]) =>
  JSON.stringify(on.map((q) => row[q as keyof PublishedUnit]));

function release(p: SheetParams) {
  const { rule, units } = generateSheet(p);
  const year = anonymize(units, {
    year: p.year,
    rule,
    groups,
    k: p.k,
    published: `${p.year}-12-26`,
    random: seededInt(p.seed),
  });
  const deadline = `${p.year}-11-15`;
  const known: Known[] = units.map((u) => ({
    group: u.group,
    selfScore: Math.round(u.selfScore * 100) / 100,
    onTime: u.submitted <= deadline,
    rating: ratingFor(rule, u.appraisedScore),
  }));
  return { rule, units, year, known };
}

describe('k-anonymity on generated sheets', { timeout: 120_000 }, () => {
  it('every published row is identical to at least k rows on every subset of the quasi-identifiers', () => {
    fc.assert(
      fc.property(sheetArb, (p) => {
        const { year } = release(p);
        for (const on of SUBSETS) {
          const counts = new Map<string, number>();
          for (const row of year.units) counts.set(publishedKey(row, on), (counts.get(publishedKey(row, on)) ?? 0) + 1);
          for (const row of year.units)
            expect(counts.get(publishedKey(row, on)), `${on.join('+')} ${JSON.stringify(row)}`).toBeGreaterThanOrEqual(
              p.k,
            );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('whatever an outsider knows of a unit, the rows that could be it number none or at least k', () => {
    fc.assert(
      fc.property(sheetArb, (p) => {
        const { rule, year, known } = release(p);
        for (const unit of known) {
          for (const on of SUBSETS) {
            const n = year.units.filter((row) => compatible(row, unit, on, rule)).length;
            if (n > 0) expect(n, `${on.join('+')} ${JSON.stringify(unit)}`).toBeGreaterThanOrEqual(p.k);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a group hides no row or at least MIN_HIDDEN, never more than the suppression limit; counts stay exact', () => {
    fc.assert(
      fc.property(sheetArb, (p) => {
        const { units, year, known } = release(p);
        for (const g of publishedGroups(year)) {
          const members = known.filter((u) => u.group === g.group);
          const rows = year.units.filter((u) => u.group === g.group).length;
          expect(g.units).toBe(members.length);
          expect(rows + g.loss.hiddenRows).toBe(g.units);
          expect(g.loss.hiddenRows === 0 || g.loss.hiddenRows >= MIN_HIDDEN).toBe(true);
          expect(g.loss.hiddenRows).toBeLessThanOrEqual(Math.floor(g.units * SUPPRESSION_LIMIT));
          expect(g.onTime).toBe(members.filter((u) => u.onTime).length);
          for (const [label, n] of Object.entries(g.ratings))
            expect(n).toBe(members.filter((u) => u.rating === label).length);
          // Published means are the exact means of all the group's units.
          const raw = units.filter((u) => u.group === g.group);
          if (g.meanAppraised !== null)
            expect(
              Math.abs(g.meanAppraised - raw.reduce((s, u) => s + u.appraisedScore, 0) / raw.length),
            ).toBeLessThanOrEqual(0.0051);
          if (g.meanSelf !== null)
            expect(Math.abs(g.meanSelf - raw.reduce((s, u) => s + u.selfScore, 0) / raw.length)).toBeLessThanOrEqual(
              0.0051,
            );
        }
        expect(() => yearResultsSchema.parse(year)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('no hidden or generalized score can be narrowed below the protection width from a published mean', () => {
    // The attacker: reads the published rows and group means, takes what the rows show exactly as
    // known, and for every other unit assumes it knows the unit's band (self) or rating (appraised).
    fc.assert(
      fc.property(sheetArb, (p) => {
        const { rule, year, known } = release(p);
        const max = maxTotal(rule);
        const bands = [...rule.bands].sort((a, b) => a.min - b.min);
        const ratingBand = (label: string) => {
          const i = bands.findIndex((b) => b.label === label);
          return { lo: bands[i]!.min, hi: bands[i + 1]?.min ?? max };
        };
        for (const g of publishedGroups(year)) {
          const rows = year.units.filter((u) => u.group === g.group);
          const members = known.filter((u) => u.group === g.group);
          const exactSelf = rows.map((r) => r.selfScore).filter((v): v is number => typeof v === 'number');
          const bandSelf = rows
            .map((r) => r.selfScore)
            .filter((v): v is { from: number; to: number } => v !== null && typeof v === 'object')
            .map((v) => ({ lo: v.from, hi: v.to }));
          const selfUnknown = [
            ...bandSelf,
            ...Array.from({ length: g.units - exactSelf.length - bandSelf.length }, () => ({ lo: 0, hi: max })),
          ];
          const exactAppr = rows.map((r) => r.appraisedScore).filter((v): v is number => v !== null);
          // Which units' appraised scores are not shown: as a multiset of their ratings.
          const shownRatings = rows
            .filter((r) => r.appraisedScore !== null)
            .map((r) => ratingFor(rule, r.appraisedScore!));
          const hiddenRatings = members.map((u) => u.rating);
          for (const r of shownRatings) hiddenRatings.splice(hiddenRatings.indexOf(r), 1);
          const apprUnknown = hiddenRatings.map(ratingBand);
          for (const [m, exact, unknown] of [
            [g.meanSelf, exactSelf, selfUnknown],
            [g.meanAppraised, exactAppr, apprUnknown],
          ] as const) {
            if (m === null || unknown.length === 0) continue;
            // A single hidden value and an exact mean would give it straight back.
            expect(unknown.length).not.toBe(1);
            const f = feasibleIntervals({ mean: m, n: g.units, decimals: 2, exact, unknown });
            f.forEach((iv, i) =>
              expect(iv.hi - iv.lo).toBeGreaterThanOrEqual(
                Math.min(PROTECTION_WIDTH, unknown[i]!.hi - unknown[i]!.lo) - 1e-6,
              ),
            );
          }
          // The gap is published only with both means (it would give the missing one back).
          if (g.meanSelf === null || g.meanAppraised === null) expect(g.meanGap).toBeNull();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('figures over several groups and criterion means are computed from what is published, nothing more', () => {
    fc.assert(
      fc.property(sheetArb, (p) => {
        const { rule, year } = release(p);
        const shown = publishedGroups(year);
        const pooled = summarize(shown, rule);
        const withMean = shown.filter((g) => g.meanAppraised !== null);
        const n = withMean.reduce((s, g) => s + g.units, 0);
        // Published to 2 decimals: within half a hundredth of the weighted mean of the group means.
        if (n)
          expect(
            Math.abs(pooled.meanAppraised! - withMean.reduce((s, g) => s + g.meanAppraised! * g.units, 0) / n),
          ).toBeLessThanOrEqual(0.005 + 1e-9);
        const ctx = toResultsContext({ years: [year], rules, groups });
        const rows = year.units.filter((u) => u.criteria !== null);
        for (const row of criteriaFigure(ctx, year).table.rows) {
          const code = String(row.ma_tieu_chi);
          const expected = rows.length
            ? Math.round((rows.reduce((s, u) => s + u.criteria![code]!, 0) / rows.length) * 100) / 100
            : null;
          expect(row.diem_tb).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('changing what the rows hide about a unit, within what an outsider could know, changes no published byte', () => {
    // Two hidden units of the same rating trade points: their sum, so every mean, stays; nothing published moves.
    fc.assert(
      fc.property(sheetArb, fc.integer({ min: 1, max: 8 }), (p, step) => {
        const { rule, units } = generateSheet(p);
        const opts = { year: p.year, rule, groups, k: p.k, published: `${p.year}-12-26` };
        const a = anonymize(units, { ...opts, random: seededInt(p.seed) });
        // Criteria of units whose criteria are not published: shift points between two criteria.
        const shownCriteria = new Set(a.units.filter((u) => u.criteria).map((u) => JSON.stringify(u.criteria)));
        const [c1, c2] = rule.criteria;
        const altered = units.map((u) => {
          const crit = Object.fromEntries(
            rule.criteria.map((c) => [c.code, Math.round((u.criteria[c.code] ?? 0) * 100) / 100]),
          );
          if (shownCriteria.has(JSON.stringify(crit))) return u;
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- false positive: tsc needs it (noUncheckedIndexedAccess)
          const d = Math.min(step / 4, crit[c1!.code]!, c2!.max - crit[c2!.code]!);
          return {
            ...u,
            criteria: { ...u.criteria, [c1!.code]: crit[c1!.code]! - d, [c2!.code]: crit[c2!.code]! + d },
          };
        });
        const b = anonymize(altered, { ...opts, random: seededInt(p.seed) });
        const files = (y: YearResults) =>
          datasetFiles(toResultsContext({ years: [y], rules, groups }), LICENCE)
            .map((f) => new TextDecoder().decode(f.bytes))
            .join('\n');
        expect(files(b)).toBe(files(a));
      }),
      { numRuns: 60 },
    );
  });
});

describe('anonymizeGroup', () => {
  const rule = ruleForYear(rules, 2025);
  const unit = (selfScore: number, appraisedScore: number, onTime = true): QiUnit => ({
    selfScore,
    appraisedScore,
    onTime,
    rating: ratingFor(rule, appraisedScore),
    criteria: criteriaFor(rule, appraisedScore),
  });

  it('one late unit in a group: on time is published only as the group count, or the row is hidden', () => {
    const units = [unit(80, 78, false), ...Array.from({ length: 9 }, () => unit(80, 78))];
    const r = anonymizeGroup(units, { k: 5, rule });
    expect(r.rows.some((row) => row.onTime === false)).toBe(false);
    expect(equivalenceClasses(r.rows).every((c) => c.length >= 5)).toBe(true);
  });

  it('identical units keep everything exact: nothing lost', () => {
    const r = anonymizeGroup(
      Array.from({ length: 6 }, () => unit(85, 80)),
      { k: 5, rule },
    );
    expect(r.node).toEqual({ selfScore: 'exact', onTime: 'exact', rating: 'exact' });
    expect(r.loss).toMatchObject({ generalized: 0, suppressed: 0, hiddenRows: 0, ratio: 0 });
  });

  it('chooses the lowest-loss node: bands for scattered self-scores rather than hiding rows', () => {
    const units = Array.from({ length: 20 }, (_v, i) => unit(81 + (i % 8) * 0.25, 78));
    const r = anonymizeGroup(units, { k: 5, rule });
    expect(r.node).toEqual({ selfScore: 'band-1', onTime: 'exact', rating: 'exact' });
    expect(r.loss.hiddenRows).toBe(0);
  });

  it('refuses a group below k (those are suppressed whole before this step)', () => {
    expect(() => anonymizeGroup([unit(80, 80), unit(80, 80)], { k: 5, rule })).toThrow(/below k = 5/);
  });
});

describe('pseudonyms past 999 units', () => {
  it('are as wide as the largest, sorted as numbers, and accepted by the schema', () => {
    const rule = ruleForYear(rules, 2025);
    const rand = seededRandom(3);
    const units: RawUnit[] = Array.from({ length: 1205 }, (_v, i) => {
      const appraised = quarter(70 + rand() * 2);
      return {
        code: `C${i}`,
        name: `N${i}`,
        group: 'cap-xa',
        submitted: '2025-11-01',
        selfScore: appraised,
        appraisedScore: appraised,
        criteria: criteriaFor(rule, appraised),
      };
    });
    const year = anonymize(shuffle(units, seededInt(1)), {
      year: 2025,
      rule,
      groups,
      published: '2025-12-26',
      random: seededInt(2),
    });
    expect(year.units.length).toBeGreaterThan(999);
    expect(year.units[0]!.pseudonym).toBe('ĐV-0001');
    expect(year.units.at(-1)!.pseudonym).toBe(`ĐV-${String(year.units.length).padStart(4, '0')}`);
    const names = year.units.map((u) => u.pseudonym);
    expect([...names].sort()).toEqual(names);
    expect(yearResultsSchema.parse(year).units).toHaveLength(year.units.length);
  });
});
