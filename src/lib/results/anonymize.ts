/**
 * From validated raw units to the published year: no name, no code, random per-year pseudonyms,
 * the submission date reduced to on time / late, groups below k units suppressed entirely, and the
 * rows of every other group k-anonymous over what an outsider may know (k-anonymity.ts).
 *
 * Why nothing suppressed can be recovered: a suppressed group has no row and no figure, and no
 * province-wide total includes it, so no subtraction can isolate it. Within a published group, the
 * figures (counts and means) cover all its units, but a mean is withheld whenever it would narrow a
 * hidden or generalized value to less than PROTECTION_WIDTH points, and a group hides none or at
 * least MIN_HIDDEN rows. anonymize.test.ts and k-anonymity.test.ts prove both.
 */
import { randomInt } from 'node:crypto';
import { t } from '../../i18n/t';
import type { Rule } from '../../schemas/rule';
import type { UnitGroup } from '../../schemas/unit-group';
import type { GroupStatus, PublishedUnit, YearResults } from '../../schemas/results';
import {
  anonymizeGroup,
  meanProtects,
  type GroupRelease,
  type Interval,
  type QiUnit,
  type ReleasedRow,
} from './k-anonymity';
import { deadlineOf, groupsForYear, maxTotal, ratingFor } from './rule-for-year';
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
 * Pseudonym for a 0-based position among `total` rows: "ĐV-001", "ĐV-002", …, as wide as the
 * largest (at least 3 digits), so text order is number order past 999 units too.
 *
 * @example
 * pseudonym(16) // 'ĐV-017'
 * pseudonym(16, 1200) // 'ĐV-0017'
 */
export function pseudonym(i: number, total = 0): string {
  const width = Math.max(3, String(total).length);
  return `ĐV-${String(i + 1).padStart(width, '0')}`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A validated unit as the k-anonymity step sees it: rounded scores, on time, rating. */
interface Prepared extends QiUnit {
  group: string;
}

/** Mean of numbers, 2 decimals. */
const mean2 = (values: readonly number[]) => round2(values.reduce((s, v) => s + v, 0) / values.length);

/**
 * A group's figures over all its units, each mean published only if it keeps every value that the
 * rows do not show exactly uncertain over at least PROTECTION_WIDTH points (src/lib/results/k-anonymity.ts).
 * What an outsider may know of such a value: its band or the whole scale for the self-score, its
 * rating band for the appraised score.
 */
function groupFigures(units: readonly Prepared[], release: GroupRelease<Prepared>, rule: Rule) {
  const max = maxTotal(rule);
  const bands = [...rule.bands].sort((a, b) => a.min - b.min);
  const ratingBand = (label: string) => {
    const i = bands.findIndex((b) => b.label === label);
    return { lo: bands[i]!.min, hi: bands[i + 1]?.min ?? max };
  };
  const shown = new Map(release.rows.map((r) => [r.unit, r]));
  const selfExact: number[] = [];
  const selfUnknown: Interval[] = [];
  const apprExact: number[] = [];
  const apprUnknown: Interval[] = [];
  for (const u of units) {
    const row = shown.get(u);
    const self = row?.selfScore ?? null;
    if (typeof self === 'number') selfExact.push(self);
    else selfUnknown.push(self ? { lo: self.from, hi: self.to } : { lo: 0, hi: max });
    if (row && row.appraisedScore !== null) apprExact.push(row.appraisedScore);
    else apprUnknown.push(ratingBand(u.rating));
  }
  const n = units.length;
  const meanSelf = mean2(units.map((u) => u.selfScore));
  const meanAppraised = mean2(units.map((u) => u.appraisedScore));
  const selfOk = meanProtects({ mean: meanSelf, n, decimals: 2, exact: selfExact, unknown: selfUnknown });
  const apprOk = meanProtects({ mean: meanAppraised, n, decimals: 2, exact: apprExact, unknown: apprUnknown });
  return {
    onTime: units.filter((u) => u.onTime).length,
    ratings: Object.fromEntries(
      [...rule.bands]
        .sort((a, b) => b.min - a.min)
        .map((b) => [b.label, units.filter((u) => u.rating === b.label).length]),
    ),
    meanSelf: selfOk ? meanSelf : null,
    meanAppraised: apprOk ? meanAppraised : null,
    meanGap: selfOk && apprOk ? mean2(units.map((u) => u.selfScore - u.appraisedScore)) : null,
  };
}

/**
 * Anonymize a validated year: groups below k suppressed whole; in every other group, rows made
 * k-anonymous over group, self-score, on time and rating; figures over all units of the group.
 *
 * @example
 * const year = anonymize(units, { year: 2025, rule, groups, published: '2025-12-20' });
 * year.units[0].pseudonym // 'ĐV-001'
 */
export function anonymize(units: readonly RawUnit[], opts: AnonymizeOptions): YearResults {
  const k = checkK(opts.k ?? DEFAULT_K);
  const random = opts.random ?? randomInt;
  const deadline = deadlineOf(opts.year);
  const byGroup = new Map<string, RawUnit[]>();
  for (const u of units) {
    const list = byGroup.get(u.group);
    if (list) list.push(u);
    else byGroup.set(u.group, [u]);
  }

  const statuses: GroupStatus[] = [];
  const rows: ReleasedRow<Prepared>[] = [];
  for (const group of groupsForYear(opts.groups, opts.year)) {
    const members = byGroup.get(group.id) ?? [];
    if (members.length === 0) continue;
    if (members.length < k) {
      statuses.push({ group: group.id, status: 'suppressed', reason: 'below-k' });
      continue;
    }
    // Random order: it decides which rows complementary suppression takes.
    const prepared: Prepared[] = shuffle(members, random).map((u) => ({
      group: u.group,
      onTime: u.submitted <= deadline,
      selfScore: round2(u.selfScore),
      appraisedScore: round2(u.appraisedScore),
      rating: ratingFor(opts.rule, u.appraisedScore),
      criteria: Object.fromEntries(opts.rule.criteria.map((c) => [c.code, round2(u.criteria[c.code] ?? 0)])),
    }));
    const release = anonymizeGroup(prepared, { k, rule: opts.rule });
    statuses.push({
      group: group.id,
      status: 'published',
      units: members.length,
      ...groupFigures(prepared, release, opts.rule),
      generalization: release.node,
      loss: release.loss,
    });
    for (const row of release.rows) rows.push(row);
  }

  // Pseudonyms follow a random permutation of all published rows, not the sheet's order.
  const published: PublishedUnit[] = shuffle(rows, random).map((r, i, all) => ({
    pseudonym: pseudonym(i, all.length),
    group: r.unit.group,
    onTime: r.onTime,
    selfScore: r.selfScore,
    appraisedScore: r.appraisedScore,
    rating: r.rating,
    criteria: r.criteria,
  }));

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
