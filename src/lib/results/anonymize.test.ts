/**
 * Property tests on randomized sheets: the guarantees of the anonymization, checked on thousands of
 * random years rather than a few examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawUnit } from '../../../tests/fixtures/results/synthetic-sheet';
import { anonymize, checkK, pseudonym, shuffle, type RandomInt } from './anonymize';
import { allFigures } from './figures';
import { toResultsContext } from './results-context';
import { datasetFiles } from './datasets';
import { loadGroups, loadRules } from './load-data-fs';
import { ruleForYear } from './rule-for-year';
import { seededRandom } from '../seeded-random';
import type { RawUnit } from './validate-sheet';

const rules = loadRules('data/rules');
const groups = loadGroups('data/unit-groups.json');
const LICENCE = { name: 'x', url: 'https://example.org/' };

/** A random year: a size (0–12) per valid group, random units, a seed for pseudonyms. */
const yearArb = fc.record({
  year: fc.constantFrom(2022, 2024, 2025),
  sizes: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 4, maxLength: 4 }),
  seed: fc.integer(),
  k: fc.integer({ min: 3, max: 8 }),
});

function buildYear({ year, sizes, seed }: { year: number; sizes: number[]; seed: number }) {
  const rand = seededRandom(seed);
  const rule = ruleForYear(rules, year);
  const ids = groups
    .filter((g) => g.validFrom <= `${year}-11-15` && (!g.validTo || g.validTo >= `${year}-11-15`))
    .map((g) => g.id);
  const units: RawUnit[] = ids.flatMap((id, i) =>
    Array.from({ length: sizes[i] ?? 0 }, () => rawUnit(rand, rule, id, year)),
  );
  return { rule, units: shuffle(units, seededInt(seed + 1)) };
}

function seededInt(seed: number): RandomInt {
  const rand = seededRandom(seed);
  return (max) => Math.floor(rand() * max);
}

describe('anonymize: properties on random sheets', () => {
  it('publishes no name and no code, anywhere in the data or the files built from it', () => {
    fc.assert(
      fc.property(yearArb, (params) => {
        const { rule, units } = buildYear(params);
        const year = anonymize(units, {
          year: params.year,
          rule,
          groups,
          k: params.k,
          published: '2025-12-26',
          random: seededInt(params.seed),
        });
        const text =
          JSON.stringify(year) +
          datasetFiles(toResultsContext({ years: [year], rules, groups }), LICENCE)
            .map((f) => new TextDecoder().decode(f.bytes))
            .join('\n');
        for (const u of units) {
          expect(text).not.toContain(u.code);
          expect(text).not.toContain(u.name);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('suppresses exactly the groups below k: no row, and every published group has at least k units', () => {
    fc.assert(
      fc.property(yearArb, (params) => {
        const { rule, units } = buildYear(params);
        const year = anonymize(units, {
          year: params.year,
          rule,
          groups,
          k: params.k,
          published: '2025-12-26',
          random: seededInt(params.seed),
        });
        const sizes = new Map<string, number>();
        for (const u of units) sizes.set(u.group, (sizes.get(u.group) ?? 0) + 1);
        for (const [group, n] of sizes) {
          const status = year.groups.find((g) => g.group === group);
          expect(status?.status).toBe(n < params.k ? 'suppressed' : 'published');
          if (status?.status === 'published') expect(status.units).toBe(n);
          expect(year.units.filter((u) => u.group === group).length).toBe(
            n < params.k ? 0 : n - (status?.status === 'published' ? status.loss.hiddenRows : 0),
          );
        }
        // A suppressed status carries no count at all.
        for (const g of year.groups)
          if (g.status === 'suppressed') expect(Object.keys(g).sort()).toEqual(['group', 'reason', 'status']);
      }),
      { numRuns: 200 },
    );
  });

  it('no suppressed figure is recoverable: changing suppressed units changes no published byte', () => {
    fc.assert(
      fc.property(yearArb, fc.integer(), (params, otherSeed) => {
        const { rule, units } = buildYear(params);
        const opts = { year: params.year, rule, groups, k: params.k, published: '2025-12-26' };
        const small = new Set(
          groups
            .map((g) => g.id)
            .filter((id) => {
              const n = units.filter((u) => u.group === id).length;
              return n > 0 && n < params.k;
            }),
        );
        const rand = seededRandom(otherSeed);
        // Same units, but every suppressed unit's scores, date and name replaced at random.
        const altered = units.map((u) => (small.has(u.group) ? { ...rawUnit(rand, rule, u.group, params.year) } : u));
        const a = anonymize(units, { ...opts, random: seededInt(params.seed) });
        const b = anonymize(altered, { ...opts, random: seededInt(params.seed) });
        expect(b).toEqual(a);
        const files = (y: typeof a) =>
          datasetFiles(toResultsContext({ years: [y], rules, groups }), LICENCE).map((f) =>
            new TextDecoder().decode(f.bytes),
          );
        expect(files(b)).toEqual(files(a));
        expect(JSON.stringify(allFigures(toResultsContext({ years: [b], rules, groups })))).toBe(
          JSON.stringify(allFigures(toResultsContext({ years: [a], rules, groups }))),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('pseudonyms: unique, sorted, dense, and not in the order of names or codes', () => {
    fc.assert(
      fc.property(yearArb, (params) => {
        const { rule, units } = buildYear(params);
        const year = anonymize(units, {
          year: params.year,
          rule,
          groups,
          k: 3,
          published: '2025-12-26',
          random: seededInt(params.seed),
        });
        const names = year.units.map((u) => u.pseudonym);
        expect(names).toEqual(year.units.map((_u, i) => pseudonym(i)));
        expect(new Set(names).size).toBe(names.length);
      }),
      { numRuns: 100 },
    );
  });

  it('on time means submitted by 15 November, counted per group; no date in any row', () => {
    fc.assert(
      fc.property(yearArb, (params) => {
        const { rule, units } = buildYear(params);
        const year = anonymize(units, {
          year: params.year,
          rule,
          groups,
          k: 3,
          published: '2025-12-26',
          random: seededInt(params.seed),
        });
        for (const g of year.groups) {
          if (g.status !== 'published') continue;
          expect(g.onTime).toBe(
            units.filter((u) => u.group === g.group && u.submitted <= `${params.year}-11-15`).length,
          );
        }
        expect(year.units.every((u) => !('submitted' in u))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('pseudonyms with crypto randomness', () => {
  /** Units alike in everything an outsider may know (so their rows stay exact), different appraised scores. */
  const alike = (n: number, seed: number) => {
    const rule = ruleForYear(rules, 2025);
    const rand = seededRandom(seed);
    return {
      rule,
      units: Array.from({ length: n }, () => ({
        ...rawUnit(rand, rule, 'so-nganh', 2025),
        submitted: '2025-11-01',
        selfScore: 100,
      })).filter((u) => u.appraisedScore >= 50 && u.appraisedScore < 75),
    };
  };

  it('differ between two imports of the same sheet (not stable across years or runs)', () => {
    const { rule, units } = alike(200, 7);
    expect(units.length).toBeGreaterThan(20);
    const order = () => {
      const y = anonymize(units, { year: 2025, rule, groups, published: '2025-12-26' });
      return y.units.map((u) => u.appraisedScore).join();
    };
    // More than 20! orderings: equal twice only by an astronomically unlikely draw.
    expect(order()).not.toBe(order());
  });

  it('do not follow the sheet order sorted by code', () => {
    const { rule, units: all } = alike(300, 8);
    const units = all.sort((a, b) => a.code.localeCompare(b.code));
    const y = anonymize(units, { year: 2025, rule, groups, published: '2025-12-26' });
    const inSheetOrder = units.map((u) => u.appraisedScore).join();
    expect(y.units.map((u) => u.appraisedScore).join()).not.toBe(inSheetOrder);
  });
});

describe('k', () => {
  it.each([
    [3, 3],
    [5, 5],
    [10, 10],
  ])('accepts %i', (k, out) => expect(checkK(k)).toBe(out));
  it.each([2, 0, -1, 4.5])('refuses %d (never below 3)', (k) => expect(() => checkK(k)).toThrow(/k phải/));
});
