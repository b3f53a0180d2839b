/**
 * The one road to a ResultsContext: pages (from astro:content) and tests and tools (from the
 * data files) hand their parts here, so both see the same order.
 */
import type { Rule } from '../../schemas/rule';
import type { UnitGroup } from '../../schemas/unit-group';
import type { YearResults } from '../../schemas/results';
import type { ResultsContext } from './figures';

/**
 * Years oldest first, rules by the date they take effect (then id), groups in their display order.
 *
 * @example
 * toResultsContext({ years: [y2025, y2022], rules, groups }).years.map((y) => y.year) // [2022, 2025]
 */
export function toResultsContext(parts: { years: readonly YearResults[]; rules: readonly Rule[]; groups: readonly UnitGroup[] }): ResultsContext {
  return {
    years: [...parts.years].sort((a, b) => a.year - b.year),
    rules: [...parts.rules].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.id.localeCompare(b.id)),
    groups: [...parts.groups].sort((a, b) => a.order - b.order),
  };
}
