/**
 * Gather the results collections into the plain ResultsContext that src/lib/results works on.
 * The one place the results pages touch astro:content.
 */
import { getCollection } from 'astro:content';
import type { ResultsContext } from '../../lib/results/figures';

/**
 * Years (oldest first), rules and unit groups.
 *
 * @example
 * const ctx = await loadResultsContext(); ctx.years.at(-1)?.year // 2025
 */
export async function loadResultsContext(): Promise<ResultsContext> {
  const [years, rules, groups] = await Promise.all([getCollection('results'), getCollection('scoringRules'), getCollection('unitGroups')]);
  return {
    years: years.map((e) => e.data).sort((a, b) => a.year - b.year),
    rules: rules.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.validFrom.localeCompare(b.validFrom)),
    groups: groups.map((e) => e.data).sort((a, b) => a.order - b.order),
  };
}
