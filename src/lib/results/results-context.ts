/**
 * What every figure and dataset needs to know (years, scoring rules, unit groups), and the one road
 * to it: pages (from astro:content, via src/collections/results.ts) and tests and tools (from the
 * data files, via load-data-fs.ts) hand their parts to toResultsContext(), so both see the same order.
 */
import type { Rule } from '../../schemas/rule';
import type { UnitGroup } from '../../schemas/unit-group';
import type { YearResults } from '../../schemas/results';

/** What every figure needs to know. */
export interface ResultsContext {
  years: readonly YearResults[];
  rules: readonly Rule[];
  groups: readonly UnitGroup[];
}

/**
 * Years oldest first, rules by the date they take effect (then id), groups in their display order.
 *
 * @example
 * toResultsContext({ years: [y2025, y2022], rules, groups }).years.map((y) => y.year) // [2022, 2025]
 */
export function toResultsContext(parts: {
  years: readonly YearResults[];
  rules: readonly Rule[];
  groups: readonly UnitGroup[];
}): ResultsContext {
  return {
    years: [...parts.years].sort((a, b) => a.year - b.year),
    rules: [...parts.rules].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.id.localeCompare(b.id)),
    groups: [...parts.groups].sort((a, b) => a.order - b.order),
  };
}

/**
 * The rule of a published year.
 *
 * @example
 * ruleOf(ctx, year).number // '04/2025/QĐ-UBND'
 */
export function ruleOf(ctx: Pick<ResultsContext, 'rules'>, year: YearResults): Rule {
  const rule = ctx.rules.find((r) => r.id === year.rule);
  if (!rule) throw new Error(`Year ${year.year} names rule "${year.rule}", which is not in data/rules/`);
  return rule;
}

/**
 * The numbers of the illustrative rules the published years follow (each once), for the sample
 * notice: a rule whose number is not an official one must say so wherever its results appear.
 *
 * @example
 * illustrativeRuleNumbers(ctx) // ['(minh họa) …'] with the sample data, [] with real rules
 */
export function illustrativeRuleNumbers(ctx: Pick<ResultsContext, 'rules' | 'years'>): string[] {
  return [
    ...new Set(
      ctx.years
        .map((y) => ruleOf(ctx, y))
        .filter((r) => r.illustrative)
        .map((r) => r.number),
    ),
  ];
}

/**
 * A group's display name.
 *
 * @example
 * groupName(ctx, 'cap-xa') // 'UBND xã, phường'
 */
export function groupName(ctx: Pick<ResultsContext, 'groups'>, id: string): string {
  return ctx.groups.find((g) => g.id === id)?.name ?? id;
}

/**
 * A group's display position (unknown groups last).
 *
 * @example
 * groupOrder(ctx, 'so-nganh') // 1
 */
export function groupOrder(ctx: Pick<ResultsContext, 'groups'>, id: string): number {
  return ctx.groups.find((g) => g.id === id)?.order ?? 99;
}

/**
 * Groups that appear in a year (published or suppressed), in display order.
 *
 * @example
 * groupsIn(ctx, year).map((g) => g.group) // ['so-nganh', 'cap-huyen', …]
 */
export function groupsIn(ctx: Pick<ResultsContext, 'groups'>, year: YearResults): YearResults['groups'] {
  return [...year.groups].sort((a, b) => groupOrder(ctx, a.group) - groupOrder(ctx, b.group));
}

/**
 * Groups that appear in any of the years, in display order.
 *
 * @example
 * groupsAcross(ctx) // ['so-nganh', 'cap-huyen', 'cap-xa', …]
 */
export function groupsAcross(ctx: ResultsContext): string[] {
  const ids = new Set(ctx.years.flatMap((y) => y.groups.map((g) => g.group)));
  return [...ctx.groups]
    .sort((a, b) => a.order - b.order)
    .map((g) => g.id)
    .filter((id) => ids.has(id));
}
