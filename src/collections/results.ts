/**
 * The one door to the results collections (years, scoring rules, unit groups): gathered into the
 * plain ResultsContext that src/lib/results works on, in the order toResultsContext() gives —
 * the same road the tests and tools take from the data files.
 */
import { getCollection } from 'astro:content';
import { toResultsContext, type ResultsContext } from '../lib/results/results-context';

/**
 * Years (oldest first), rules and unit groups.
 *
 * @example
 * const ctx = await loadResultsContext(); ctx.years.at(-1)?.year // 2025
 */
export async function loadResultsContext(): Promise<ResultsContext> {
  const [years, rules, groups] = await Promise.all([
    getCollection('results'),
    getCollection('scoringRules'),
    getCollection('unitGroups'),
  ]);
  return toResultsContext({
    years: years.map((e) => e.data),
    rules: rules.map((e) => ({ ...e.data, id: e.id })),
    groups: groups.map((e) => e.data),
  });
}
