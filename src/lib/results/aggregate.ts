/**
 * Figures computed from published rows only. These functions receive a YearResults, which holds
 * no suppressed unit, so nothing they return can include (or be used to recover) a suppressed
 * group's data. A "province" figure here means "all published groups" and the site says so.
 */
import type { PublishedUnit, YearResults } from '../../schemas/results';
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

/** The published units of a group (all published units when group is null). */
export function unitsOf(year: YearResults, group: string | null): PublishedUnit[] {
  return group === null ? year.units : year.units.filter((u) => u.group === group);
}

export interface GroupSummary {
  units: number;
  meanSelf: number | null;
  meanAppraised: number | null;
  /** Mean of (self − appraised). */
  meanGap: number | null;
  onTimeRate: number | null;
  /** Units per rating band label. */
  ratings: Record<string, number>;
}

/**
 * Summary of some published units.
 *
 * @example
 * summarize(unitsOf(year, 'so-nganh'), rule).meanAppraised // 84.1
 */
export function summarize(units: readonly PublishedUnit[], rule: Pick<Rule, 'bands'>): GroupSummary {
  const ratings = Object.fromEntries(rule.bands.map((b) => [b.label, units.filter((u) => u.rating === b.label).length]));
  return {
    units: units.length,
    meanSelf: mean(units.map((u) => u.selfScore)),
    meanAppraised: mean(units.map((u) => u.appraisedScore)),
    meanGap: mean(units.map((u) => u.selfScore - u.appraisedScore)),
    onTimeRate: percent(units.filter((u) => u.onTime).length, units.length),
    ratings,
  };
}

/**
 * Each criterion's mean appraised points, and that mean as a percentage of the criterion's maximum.
 *
 * @example
 * criterionShares(year.units, rule)[0] // { code: 'TC1', name: '…', max: 15, mean: 12.4, share: 82.7 }
 */
export function criterionShares(units: readonly PublishedUnit[], rule: Pick<Rule, 'criteria'>) {
  return rule.criteria.map((c) => {
    const m = mean(units.map((u) => u.criteria[c.code] ?? 0));
    return { code: c.code, name: c.name, max: c.max, mean: m, share: m === null ? null : Math.round((m / c.max) * 1000) / 10 };
  });
}
