/**
 * Figures of a published year. Group figures (counts and means over all a group's units) were
 * computed at import from the raw sheet, under the protection rules of anonymize.ts, and are read
 * here as published; figures over several groups are combined from them, so they say nothing the
 * group figures do not. Criterion means come from the published rows only: the rows that show
 * criteria are the only criterion scores the site publishes. A suppressed group is in none of them.
 * A "province" figure here means "all published groups" and the site says so.
 */
import type { PublishedGroup, PublishedUnit, YearResults } from '../../schemas/results';
import type { Rule } from '../../schemas/rule';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Mean of numbers, rounded to 2 decimals; null for an empty list.
 *
 * @example
 * mean([80, 85.5]) // 82.75
 * mean([]) // null
 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round2(values.reduce((s, v) => s + v, 0) / values.length);
}

/**
 * Share as a percentage with one decimal; null when the whole is 0.
 *
 * @example
 * percent(1, 3) // 33.3
 */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** The published rows of a group (all published rows when group is null). */
export function unitsOf(year: YearResults, group: string | null): PublishedUnit[] {
  return group === null ? year.units : year.units.filter((u) => u.group === group);
}

/**
 * The published groups of a year (or one of them).
 *
 * @example
 * publishedGroups(year).map((g) => g.group) // ['so-nganh', 'cap-xa', 'su-nghiep']
 */
export function publishedGroups(year: YearResults, group: string | null = null): PublishedGroup[] {
  return year.groups.filter(
    (g): g is PublishedGroup => g.status === 'published' && (group === null || g.group === group),
  );
}

export interface GroupSummary {
  units: number;
  meanSelf: number | null;
  meanAppraised: number | null;
  /** Mean of (self − appraised). */
  meanGap: number | null;
  onTime: number;
  onTimeRate: number | null;
  /** Units per rating band label. */
  ratings: Record<string, number>;
}

/** A mean over several groups, weighted by their sizes, from the groups whose mean is published. */
function pooled(groups: readonly PublishedGroup[], pick: (g: PublishedGroup) => number | null): number | null {
  const shown = groups.filter((g) => pick(g) !== null);
  const n = shown.reduce((s, g) => s + g.units, 0);
  return n === 0 ? null : round2(shown.reduce((s, g) => s + pick(g)! * g.units, 0) / n);
}

/**
 * Summary of published groups (one, or all when pooled): counts exact, means pooled from the
 * groups' published means (a withheld mean stays out).
 *
 * @example
 * summarize(publishedGroups(year, 'so-nganh'), rule).meanAppraised // 84.1
 */
export function summarize(groups: readonly PublishedGroup[], rule: Pick<Rule, 'bands'>): GroupSummary {
  const units = groups.reduce((s, g) => s + g.units, 0);
  const onTime = groups.reduce((s, g) => s + g.onTime, 0);
  return {
    units,
    meanSelf: pooled(groups, (g) => g.meanSelf),
    meanAppraised: pooled(groups, (g) => g.meanAppraised),
    meanGap: pooled(groups, (g) => g.meanGap),
    onTime,
    onTimeRate: percent(onTime, units),
    ratings: Object.fromEntries(
      rule.bands.map((b) => [b.label, groups.reduce((s, g) => s + (g.ratings[b.label] ?? 0), 0)]),
    ),
  };
}

/**
 * Each criterion's mean appraised points over the published rows that show criteria, and that
 * mean as a percentage of the criterion's maximum; `units` says how many rows it covers.
 *
 * @example
 * criterionShares(year.units, rule)[0] // { code: 'TC1', name: '…', max: 15, mean: 12.4, share: 82.7, units: 120 }
 */
export function criterionShares(units: readonly PublishedUnit[], rule: Pick<Rule, 'criteria'>) {
  const shown = units.filter((u) => u.criteria !== null);
  return rule.criteria.map((c) => {
    const m = mean(shown.map((u) => u.criteria![c.code] ?? 0));
    return {
      code: c.code,
      name: c.name,
      max: c.max,
      mean: m,
      share: m === null ? null : Math.round((m / c.max) * 1000) / 10,
      units: shown.length,
    };
  });
}
