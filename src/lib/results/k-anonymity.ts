/**
 * k-anonymity of the per-unit rows, the way ARX and sdcMicro do it: a generalization hierarchy per
 * quasi-identifier, the full lattice of their levels, the node of least information loss that makes
 * every equivalence class hold at least k units once the remaining outliers are suppressed (up to a
 * limit), then complementary suppression so that no exact group mean isolates a hidden row.
 *
 * The threat: an outsider knows, for a named unit, its group, its self-score (agencies publish
 * it), whether it reported on time (reminder letters name late units) and its rating (agencies
 * announce it). Those are the quasi-identifiers. The group is never generalized: it is what the
 * site reports on, and groups below k are suppressed whole before this step. Each published
 * group is its own table here (a partition by an exact quasi-identifier), so each group gets the
 * node that suits it.
 *
 * Why every subset of quasi-identifiers is covered: a row's published values are identical for all
 * members of its equivalence class, so whatever an outsider knows about a unit, the rows consistent
 * with it are a union of whole classes — none, or at least k.
 *
 * The rating is tied to the appraised score (the rating is a band of it) and the appraised score to
 * the criteria (their sum): a row publishes the appraised score and criteria only when its rating
 * is exact, otherwise they would give the rating back.
 *
 * References: Sweeney, "Achieving k-anonymity privacy protection using generalization and
 * suppression" (2002); Iyengar's loss metric (KDD 2002); ARX, https://arx.deidentifier.org/
 * (full-domain lattice, suppression limit); sdcMicro's local suppression.
 */
import { t } from '../../i18n/t';
import type { Rule } from '../../schemas/rule';

/** Levels of the self-score hierarchy, finest first: exact → 1-, 5-, 10-point bands → suppressed. */
export const SELF_LEVELS = ['exact', 'band-1', 'band-5', 'band-10', 'suppressed'] as const;
/** Levels of the on-time hierarchy: per unit, or only as the group's count. */
export const ON_TIME_LEVELS = ['exact', 'group'] as const;
/** Levels of the rating hierarchy: exact, the top two bands vs the rest, suppressed. */
export const RATING_LEVELS = ['exact', 'merged', 'suppressed'] as const;

export type SelfLevel = (typeof SELF_LEVELS)[number];
export type OnTimeLevel = (typeof ON_TIME_LEVELS)[number];
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** One node of the generalization lattice. */
export interface Node {
  selfScore: SelfLevel;
  onTime: OnTimeLevel;
  rating: RatingLevel;
}

/**
 * Fewest rows hidden in a group once any is: with one or two hidden, an exact group mean and a
 * unit's knowledge of its own score would give a hidden score back.
 */
export const MIN_HIDDEN = 3;
/** At most this share of a group's rows is suppressed as outliers (ARX's suppression limit): hiding more than half would leave a table that no longer stands for its group. */
export const SUPPRESSION_LIMIT = 0.5;

/** What this step needs of a unit (scores already rounded as published). */
export interface QiUnit {
  selfScore: number;
  onTime: boolean;
  appraisedScore: number;
  rating: string;
  criteria: Record<string, number>;
}

/** A self-score as published: exact, a band [from, to) (the top band includes the maximum), or suppressed. */
export type SelfValue = number | { from: number; to: number } | null;

/** One published row, before it gets a pseudonym. */
export interface ReleasedRow<T> {
  unit: T;
  selfScore: SelfValue;
  onTime: boolean | null;
  rating: string | null;
  appraisedScore: number | null;
  criteria: Record<string, number> | null;
}

/** Information lost in one group's rows. */
export interface Loss {
  /** Cells of the rows (published or not): units × (self, on time, rating, appraised, criteria). */
  cells: number;
  /** Cells published coarser than exact (a score band, merged ratings). */
  generalized: number;
  /** Cells not published per unit (suppressed cells, and every cell of a hidden row). */
  suppressed: number;
  /** Rows not published. */
  hiddenRows: number;
  /** Iyengar's loss metric averaged over all cells, 0 (nothing lost) to 1 (nothing published). */
  ratio: number;
}

export interface GroupRelease<T> {
  node: Node;
  rows: ReleasedRow<T>[];
  hidden: T[];
  loss: Loss;
}

/**
 * Width of a self-score band level; null for exact and suppressed.
 *
 * @example
 * bandWidth('band-5') // 5
 */
export function bandWidth(level: SelfLevel): number | null {
  const m = /^band-(\d+)$/.exec(level);
  return m ? Number(m[1]) : null;
}

/**
 * A self-score at a level of the hierarchy. Bands are [from, to); the last one ends at the maximum
 * and includes it.
 *
 * @example
 * generalizeSelf(83.5, 'band-5', 100) // { from: 80, to: 85 }
 * generalizeSelf(100, 'band-10', 100) // { from: 90, to: 100 }
 * generalizeSelf(83.5, 'exact', 100) // 83.5
 */
export function generalizeSelf(score: number, level: SelfLevel, max: number): SelfValue {
  if (level === 'exact') return score;
  const w = bandWidth(level);
  if (w === null) return null;
  const last = Math.max(0, (Math.ceil(max / w) - 1) * w);
  const from = Math.min(Math.floor(score / w) * w, last);
  return { from, to: Math.min(from + w, max) };
}

/** Bands of a rule, best first. */
const bandsOf = (rule: Pick<Rule, 'bands'>) => [...rule.bands].sort((a, b) => b.min - a.min);

/**
 * The rating at a level: exact, "{second band} trở lên" / "Dưới mức {second band}", or null.
 *
 * @example
 * generalizeRating('Xuất sắc', 'merged', rule) // 'Tốt trở lên'
 */
export function generalizeRating(label: string, level: RatingLevel, rule: Pick<Rule, 'bands'>): string | null {
  if (level === 'exact') return label;
  if (level === 'suppressed') return null;
  const bands = bandsOf(rule);
  const pivot = bands[Math.min(1, bands.length - 1)]!.label;
  const top = bands.slice(0, 2).map((b) => b.label);
  return top.includes(label)
    ? t('results.rating.atLeast', { band: pivot })
    : t('results.rating.below', { band: pivot });
}

/**
 * Every node of the lattice, from the most specific (all exact) to the most general.
 *
 * @example
 * lattice().length // 30
 */
export function lattice(): Node[] {
  const nodes: Node[] = [];
  for (const selfScore of SELF_LEVELS)
    for (const onTime of ON_TIME_LEVELS) for (const rating of RATING_LEVELS) nodes.push({ selfScore, onTime, rating });
  const height = (n: Node) =>
    SELF_LEVELS.indexOf(n.selfScore) + ON_TIME_LEVELS.indexOf(n.onTime) + RATING_LEVELS.indexOf(n.rating);
  return nodes.sort((a, b) => height(a) - height(b));
}

/** A row's published quasi-identifiers (the group is the same for all rows here). */
const qiKey = (row: Pick<ReleasedRow<unknown>, 'selfScore' | 'onTime' | 'rating'>) =>
  JSON.stringify([row.selfScore, row.onTime, row.rating]);

/**
 * One unit's row at a node.
 *
 * @example
 * releaseRow(unit, { selfScore: 'band-10', onTime: 'group', rating: 'exact' }, rule).onTime // null
 */
export function releaseRow<T extends QiUnit>(
  unit: T,
  node: Node,
  rule: Pick<Rule, 'bands' | 'criteria'>,
): ReleasedRow<T> {
  const max = rule.criteria.reduce((s, c) => s + c.max, 0);
  const exactRating = node.rating === 'exact';
  return {
    unit,
    selfScore: generalizeSelf(unit.selfScore, node.selfScore, max),
    onTime: node.onTime === 'exact' ? unit.onTime : null,
    rating: generalizeRating(unit.rating, node.rating, rule),
    appraisedScore: exactRating ? unit.appraisedScore : null,
    criteria: exactRating ? unit.criteria : null,
  };
}

/**
 * Rows grouped by identical published quasi-identifiers.
 *
 * @example
 * equivalenceClasses(rows).every((c) => c.length >= 5)
 */
export function equivalenceClasses<R extends Pick<ReleasedRow<unknown>, 'selfScore' | 'onTime' | 'rating'>>(
  rows: readonly R[],
): R[][] {
  const classes = new Map<string, R[]>();
  for (const row of rows) {
    const key = qiKey(row);
    const list = classes.get(key);
    if (list) list.push(row);
    else classes.set(key, [row]);
  }
  return [...classes.values()];
}

/**
 * Loss of each cell of a published row under Iyengar's metric: a band of width w out of a range R
 * loses w/R; a category merged with others loses (leaves under it − 1)/(all leaves − 1).
 */
function rowLoss(row: ReleasedRow<QiUnit>, node: Node, rule: Pick<Rule, 'bands' | 'criteria'>) {
  const max = rule.criteria.reduce((s, c) => s + c.max, 0);
  const w = bandWidth(node.selfScore);
  const self = node.selfScore === 'exact' ? 0 : w === null ? 1 : Math.min(1, w / max);
  const onTime = node.onTime === 'exact' ? 0 : 1;
  const bands = bandsOf(rule).map((b) => b.label);
  const inTop = bands.slice(0, 2).includes(row.unit.rating);
  const merged = inTop ? Math.min(2, bands.length) : bands.length - 2;
  const rating =
    node.rating === 'exact'
      ? 0
      : node.rating === 'suppressed' || bands.length < 2
        ? 1
        : (merged - 1) / (bands.length - 1);
  const sensitive = row.appraisedScore === null ? 1 : 0;
  return [self, onTime, rating, sensitive, ...rule.criteria.map(() => sensitive)];
}

/**
 * Hide rows so that no published class is below k, and so that a group hides none or at least
 * MIN_HIDDEN rows (complementary suppression: taken from the largest class that can spare them,
 * or a whole class when none can).
 */
function suppress<T extends QiUnit>(rows: ReleasedRow<T>[], k: number, minHidden: number) {
  const classes = equivalenceClasses(rows);
  const hidden = new Set<ReleasedRow<T>>();
  for (const c of classes) if (c.length < k) for (const r of c) hidden.add(r);
  const kept = classes.filter((c) => c.length >= k);
  if (hidden.size > 0 && hidden.size < minHidden) {
    const need = minHidden - hidden.size;
    const spare = kept.filter((c) => c.length >= k + need).sort((a, b) => b.length - a.length)[0];
    if (spare) for (const r of spare.slice(-need)) hidden.add(r);
    else {
      const smallest = [...kept].sort((a, b) => a.length - b.length)[0];
      for (const r of smallest ?? []) hidden.add(r);
    }
  }
  return { published: rows.filter((r) => !hidden.has(r)), hidden: rows.filter((r) => hidden.has(r)) };
}

/**
 * The k-anonymous release of one group's units: the lowest-loss node of the lattice whose
 * outliers fit the suppression limit. `units` should come in random order (it decides which rows
 * complementary suppression takes).
 *
 * @example
 * const r = anonymizeGroup(units, { k: 5, rule });
 * r.node // { selfScore: 'band-10', onTime: 'group', rating: 'exact' }
 */
export function anonymizeGroup<T extends QiUnit>(
  units: readonly T[],
  opts: { k: number; rule: Pick<Rule, 'bands' | 'criteria'>; suppressionLimit?: number; minHidden?: number },
): GroupRelease<T> {
  const limit = Math.floor(units.length * (opts.suppressionLimit ?? SUPPRESSION_LIMIT));
  const minHidden = opts.minHidden ?? MIN_HIDDEN;
  const cellsPerRow = 4 + opts.rule.criteria.length;
  let best: (GroupRelease<T> & { total: number }) | undefined;
  for (const node of lattice()) {
    const rows = units.map((u) => releaseRow(u, node, opts.rule));
    const { published, hidden } = suppress(rows, opts.k, minHidden);
    // The top node puts a group of k or more in one class, so some node always fits the limit.
    if (hidden.length > limit) continue;
    let generalized = 0;
    let suppressed = hidden.length * cellsPerRow;
    let total = suppressed;
    for (const row of published) {
      for (const l of rowLoss(row, node, opts.rule)) {
        total += l;
        if (l >= 1) suppressed++;
        else if (l > 0) generalized++;
      }
    }
    if (best && total >= best.total - 1e-9) continue;
    const cells = units.length * cellsPerRow;
    best = {
      node,
      rows: published,
      hidden: hidden.map((r) => r.unit),
      loss: {
        cells,
        generalized,
        suppressed,
        hiddenRows: hidden.length,
        ratio: cells ? Math.round((total / cells) * 1000) / 1000 : 0,
      },
      total,
    };
  }
  if (!best)
    throw new Error(
      `anonymizeGroup: a group of ${units.length} units is below k = ${opts.k}; suppress it whole instead`,
    );
  const { total: _total, ...release } = best;
  return release;
}

/** What an outsider may already know of a hidden or generalized value: an interval. */
export interface Interval {
  lo: number;
  hi: number;
}

/**
 * Where each value not published exactly can lie, given the exact mean of all n values (rounded to
 * `decimals`) and the values that are published exactly: plain interval arithmetic on one sum.
 *
 * @example
 * feasibleIntervals({ mean: 80, n: 3, decimals: 2, exact: [80], unknown: [{ lo: 0, hi: 100 }, { lo: 70, hi: 80 }] })
 * // [{ lo: 80, hi: 90 }, { lo: 70, hi: 80 }] (approximately: the rounding slack widens them)
 */
export function feasibleIntervals(input: {
  mean: number;
  n: number;
  decimals: number;
  exact: readonly number[];
  unknown: readonly Interval[];
}): Interval[] {
  const half = 0.5 * 10 ** -input.decimals;
  const known = input.exact.reduce((s, v) => s + v, 0);
  const sumLo = input.n * (input.mean - half) - known;
  const sumHi = input.n * (input.mean + half) - known;
  const allLo = input.unknown.reduce((s, i) => s + i.lo, 0);
  const allHi = input.unknown.reduce((s, i) => s + i.hi, 0);
  return input.unknown.map((i) => ({
    lo: Math.max(i.lo, sumLo - (allHi - i.hi)),
    hi: Math.min(i.hi, sumHi - (allLo - i.lo)),
  }));
}

/** A hidden or generalized value must stay uncertain over at least this many points. */
export const PROTECTION_WIDTH = 1;

/**
 * Whether publishing a mean keeps every value not published exactly uncertain: each feasible
 * interval at least PROTECTION_WIDTH points wide (or as wide as its prior, if that is narrower).
 *
 * @example
 * meanProtects({ mean: 100, n: 5, decimals: 2, exact: [], unknown: Array(5).fill({ lo: 95, hi: 100 }) }) // false: all must be 100
 */
export function meanProtects(input: Parameters<typeof feasibleIntervals>[0]): boolean {
  const feasible = feasibleIntervals(input);
  return input.unknown.every((prior, i) => {
    const f = feasible[i]!;
    return f.hi - f.lo >= Math.min(PROTECTION_WIDTH, prior.hi - prior.lo) - 1e-9;
  });
}
