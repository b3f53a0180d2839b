/**
 * Which rule and which unit groups apply to an assessment year.
 *
 * A year is assessed after the fact: units score themselves and report by 15 November, and the
 * appraisal follows in November–December. The rule of a year is therefore the one in force on that
 * year's reporting deadline, 15 November — so 2024 is scored under 02/2020/QĐ-UBND and 2025 under
 * 04/2025/QĐ-UBND (in force from 15/02/2025). Groups are judged on the same day: cap-huyen ended on
 * 30/06/2025, so the 2025 assessment has cap-xa instead.
 */
import { t } from '../../i18n/t';
import type { Rule } from '../../schemas/rule';
import type { UnitGroup } from '../../schemas/unit-group';

/**
 * The reporting deadline of a year, ISO: 15 November.
 *
 * @example
 * deadlineOf(2024) // '2024-11-15'
 */
export function deadlineOf(year: number): string {
  return `${year}-11-15`;
}

/** Whether an ISO date lies in [from, to] (to open when absent). ISO dates compare as strings. */
function inPeriod(date: string, from: string, to: string | undefined): boolean {
  return date >= from && (to === undefined || date <= to);
}

/**
 * The rule in force on the year's deadline; throws when none or several are.
 *
 * @example
 * ruleForYear(rules, 2024).number // '02/2020/QĐ-UBND'
 * ruleForYear(rules, 2025).number // '04/2025/QĐ-UBND'
 */
export function ruleForYear(rules: readonly Rule[], year: number): Rule {
  const day = deadlineOf(year);
  const matches = rules.filter((r) => inPeriod(day, r.validFrom, r.validTo));
  if (matches.length !== 1) {
    throw new Error(t('results.import.noRule', { year, n: matches.length }));
  }
  return matches[0]!;
}

/**
 * The groups that exist on the year's deadline, in display order.
 *
 * @example
 * groupsForYear(groups, 2025).map((g) => g.id) // ['so-nganh', 'cap-xa', 'su-nghiep', 'doanh-nghiep']
 */
export function groupsForYear(groups: readonly UnitGroup[], year: number): UnitGroup[] {
  const day = deadlineOf(year);
  return groups.filter((g) => inPeriod(day, g.validFrom, g.validTo)).sort((a, b) => a.order - b.order);
}

/**
 * The rating band label for a total, from the rule's bands (highest `min` not above the score).
 *
 * @example
 * ratingFor(rule, 91) // 'Xuất sắc'
 */
export function ratingFor(rule: Pick<Rule, 'bands'>, score: number): string {
  const band = [...rule.bands].sort((a, b) => b.min - a.min).find((b) => score >= b.min);
  if (!band) throw new Error(`No rating band for score ${score}`);
  return band.label;
}

/**
 * The sum of a rule's criterion maxima (the best possible total).
 *
 * @example
 * maxTotal({ criteria: [{ code: 'A', name: 'a', max: 40 }, { code: 'B', name: 'b', max: 60 }] }) // 100
 */
export function maxTotal(rule: Pick<Rule, 'criteria'>): number {
  return rule.criteria.reduce((sum, c) => sum + c.max, 0);
}
