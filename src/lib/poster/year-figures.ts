/**
 * The key figures of one results year for its poster and loudspeaker script. Aggregates only
 * (counts, means, rating counts of published groups), read through src/lib/results: nothing here
 * names or singles out a unit, and suppressed groups appear by name only, as on the year page.
 */
import { publishedGroups, summarize } from '../results/aggregate';
import { groupName, ruleOf, type ResultsContext } from '../results/results-context';
import type { YearResults } from '../../schemas/results';

export interface YearPosterFigures {
  year: number;
  /** Generated illustrative data, or a rule whose criteria are still illustrative. */
  sample: boolean;
  ruleNumber: string;
  /** ISO date the results were published: the poster's "Cập nhật" date. */
  published: string;
  deadline: string;
  k: number;
  units: number;
  publishedGroups: number;
  suppressedGroups: string[];
  /** Rating bands, best first, with how many units got each and their share (%). */
  bands: Array<{ label: string; count: number; share: number | null }>;
  meanSelf: number | null;
  meanAppraised: number | null;
  onTimeRate: number | null;
}

/**
 * @example
 * yearPosterFigures(ctx, ctx.years.at(-1)!).bands.map((b) => b.label) // ['Xuất sắc', 'Tốt', 'Đạt', 'Không đạt']
 */
export function yearPosterFigures(ctx: ResultsContext, year: YearResults): YearPosterFigures {
  const rule = ruleOf(ctx, year);
  // The year's published group figures (counts exact, means as the privacy rules allow), never the rows.
  const all = summarize(publishedGroups(year), rule);
  const bands = [...rule.bands].sort((a, b) => b.min - a.min);
  return {
    year: year.year,
    sample: year.sample || rule.illustrative,
    ruleNumber: rule.number,
    published: year.published,
    deadline: year.deadline,
    k: year.k,
    units: all.units,
    publishedGroups: year.groups.filter((g) => g.status === 'published').length,
    suppressedGroups: year.groups.filter((g) => g.status === 'suppressed').map((g) => groupName(ctx, g.group)),
    bands: bands.map((b) => {
      const count = all.ratings[b.label] ?? 0;
      return { label: b.label, count, share: all.units ? Math.round((count / all.units) * 1000) / 10 : null };
    }),
    meanSelf: all.meanSelf,
    meanAppraised: all.meanAppraised,
    onTimeRate: all.onTimeRate,
  };
}
