/**
 * From validated raw units to the published year: no name, no code, random per-year pseudonyms,
 * the submission date reduced to on time / late, and groups below k units suppressed entirely.
 *
 * Why nothing suppressed can be recovered: the published file holds only the rows of published
 * groups, and every figure the site and the datasets show is computed from those rows alone
 * (src/lib/results/aggregate.ts never sees a suppressed unit). There is no province-wide total that
 * includes a suppressed group, so no subtraction can isolate one. anonymize.test.ts proves that the
 * output does not change when a suppressed unit's data changes.
 */
import { randomInt } from 'node:crypto';
import { t } from '../../i18n/t';
import type { Rule } from '../../schemas/rule';
import type { UnitGroup } from '../../schemas/unit-group';
import type { GroupStatus, PublishedUnit, YearResults } from '../../schemas/results';
import { deadlineOf, groupsForYear, ratingFor } from './rule-for-year';
import type { RawUnit } from './validate-sheet';

/** Default minimum group size. */
export const DEFAULT_K = 5;
/** Below 3, a published mean and a unit's own knowledge of its score reveal the other unit. */
export const MIN_K = 3;

/** A source of random integers in [0, max); crypto by default, seeded in tests. */
export type RandomInt = (max: number) => number;

export interface AnonymizeOptions {
  year: number;
  rule: Rule;
  groups: readonly UnitGroup[];
  /** Minimum group size to publish; default 5, never below 3. */
  k?: number;
  /** Publication date (ISO), the datasets' "last update". */
  published: string;
  /** Mark the year as illustrative sample data. */
  sample?: boolean;
  /** Randomness for pseudonyms; crypto.randomInt unless a test seeds it. */
  random?: RandomInt;
}

/**
 * Check k: an integer, at least 3.
 *
 * @example
 * checkK(5) // 5
 * checkK(2) // throws
 */
export function checkK(k: number): number {
  if (!Number.isInteger(k) || k < MIN_K) throw new Error(t('results.import.badK', { min: MIN_K, k }));
  return k;
}

/**
 * Fisher–Yates shuffle (a copy) with the given randomness.
 *
 * @example
 * shuffle([1, 2, 3], () => 0) // [2, 3, 1]
 */
export function shuffle<T>(items: readonly T[], random: RandomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Pseudonym for a 0-based position: "ĐV-001", "ĐV-002", … (fixed width, so text order is number order).
 *
 * @example
 * pseudonym(16) // 'ĐV-017'
 */
export function pseudonym(i: number): string {
  return `ĐV-${String(i + 1).padStart(3, '0')}`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Anonymize a validated year.
 *
 * @example
 * const year = anonymize(units, { year: 2025, rule, groups, published: '2025-12-20' });
 * year.units[0].pseudonym // 'ĐV-001'
 */
export function anonymize(units: readonly RawUnit[], opts: AnonymizeOptions): YearResults {
  const k = checkK(opts.k ?? DEFAULT_K);
  const random = opts.random ?? randomInt;
  const deadline = deadlineOf(opts.year);

  const statuses: GroupStatus[] = [];
  const kept: RawUnit[] = [];
  for (const group of groupsForYear(opts.groups, opts.year)) {
    const members = units.filter((u) => u.group === group.id);
    if (members.length === 0) continue;
    if (members.length < k) {
      statuses.push({ group: group.id, status: 'suppressed', reason: 'below-k' });
    } else {
      statuses.push({ group: group.id, status: 'published', units: members.length });
      kept.push(...members);
    }
  }

  // Pseudonyms follow a random permutation, not the sheet's order (often by name or code).
  const published: PublishedUnit[] = shuffle(kept, random).map((u, i) => ({
    pseudonym: pseudonym(i),
    group: u.group,
    onTime: u.submitted <= deadline,
    selfScore: round2(u.selfScore),
    appraisedScore: round2(u.appraisedScore),
    rating: ratingFor(opts.rule, u.appraisedScore),
    criteria: Object.fromEntries(opts.rule.criteria.map((c) => [c.code, round2(u.criteria[c.code] ?? 0)])),
  }));
  published.sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : 1));

  return {
    year: opts.year,
    rule: opts.rule.id,
    k,
    deadline,
    published: opts.published,
    sample: opts.sample ?? false,
    groups: statuses,
    units: published,
  };
}
