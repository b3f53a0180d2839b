import { describe, expect, it } from 'vitest';
import { publishedGroups } from '../results/aggregate';
import { dataDirs, readResultsContext } from '../results/load-data-fs';
import type { ResultsContext } from '../results/results-context';
import { yearPosterFigures } from './year-figures';
import { yearSentences } from './year-sentences';

const dirs = dataDirs('.');
const ctx: ResultsContext = readResultsContext(dirs);

describe('yearPosterFigures', () => {
  it.each(ctx.years.map((y) => [y.year, y] as const))(
    '%d: rating counts add up to the published units, best band first',
    (_year, y) => {
      const f = yearPosterFigures(ctx, y);
      // Units assessed in published groups (some of their rows may be hidden by k-anonymity).
      expect(f.units).toBe(publishedGroups(y).reduce((n, g) => n + g.units, 0));
      expect(f.units).toBeGreaterThanOrEqual(y.units.length);
      expect(f.bands.reduce((s, b) => s + b.count, 0)).toBe(f.units);
      expect(f.publishedGroups + f.suppressedGroups.length).toBe(y.groups.length);
      const rule = ctx.rules.find((r) => r.id === y.rule)!;
      expect(f.bands.map((b) => b.label)).toEqual([...rule.bands].sort((a, b) => b.min - a.min).map((b) => b.label));
      expect(f.sample).toBe(y.sample || rule.illustrative);
    },
  );

  it('states the key figures in sentences, naming hidden groups but no unit', () => {
    const y = ctx.years.at(-1)!;
    const s = yearSentences(yearPosterFigures(ctx, y));
    expect(s.units).toMatch(new RegExp(`^${publishedGroups(y).reduce((n, g) => n + g.units, 0)} cơ quan, đơn vị`));
    expect(s.bands).toMatch(/^Xếp loại: \d+ đơn vị “/);
    expect(s.means).toMatch(/\d+(,\d+)? điểm/);
    expect(s.suppressed ?? '').toContain('Doanh nghiệp có vốn nhà nước');
    expect(Object.values(s).join(' ')).not.toMatch(/ĐV-\d{3}/);
  });

  it('has no means to state for a year with no published unit', () => {
    const y = { ...ctx.years[0]!, units: [], groups: [], sample: false };
    const f = yearPosterFigures(ctx, y);
    expect(f.units).toBe(0);
    expect(f.bands.every((b) => b.count === 0 && b.share === null)).toBe(true);
    const s = yearSentences(f);
    expect(s.means).toBeNull();
    expect(s.suppressed).toBeNull();
  });
});
