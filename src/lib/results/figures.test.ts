import { describe, expect, it } from 'vitest';
import type { YearResults } from '../../schemas/results';
import { allFigures, criteriaFigure, displayCell, gapFigure, lineFloor, ratingFigure, trendFigure, type ResultsContext } from './figures';
import { loadGroups, loadRules } from './load-data';

const rules = loadRules('data/rules');
const groups = loadGroups('data/unit-groups.json');

/** A tiny hand-made year: 5 so-nganh units, doanh-nghiep suppressed. */
function year(y: number, scores: number[], onTime: boolean[]): YearResults {
  const rule = y >= 2025 ? 'qd-04-2025' : 'qd-02-2020';
  const crit = y >= 2025 ? ['TC1', 'TC2', 'TC3', 'TC4', 'TC5', 'TC6', 'TC7'] : ['TC1', 'TC2', 'TC3', 'TC4', 'TC5', 'TC6'];
  return {
    year: y, rule, k: 5, deadline: `${y}-11-15`, published: `${y}-12-26`, sample: true,
    groups: [{ group: 'so-nganh', status: 'published', units: scores.length }, { group: 'doanh-nghiep', status: 'suppressed', reason: 'below-k' }],
    units: scores.map((s, i) => ({
      pseudonym: `ĐV-00${i + 1}`, group: 'so-nganh', onTime: onTime[i]!, selfScore: s + 4, appraisedScore: s,
      rating: s >= 90 ? 'Xuất sắc' : s >= 80 || (y >= 2025 && s >= 75) ? 'Tốt' : y >= 2025 ? 'Đạt' : 'Khá',
      criteria: Object.fromEntries(crit.map((c, j) => [c, j === 0 ? 5 : 10])),
    })),
  };
}

const ctx: ResultsContext = { years: [year(2024, [92, 85, 81, 70, 66], [true, true, true, true, false]), year(2025, [95, 91, 80, 76, 60], [true, true, true, true, true])], rules, groups };

describe('figures compute their takeaway from the data', () => {
  it.each([
    ['rating', () => ratingFigure(ctx, ctx.years[1]!).takeaway, 'Năm 2025, 80% đơn vị được công bố đạt mức “Tốt” trở lên; cao nhất là nhóm Sở, ban, ngành tỉnh (80%).'],
    ['gap', () => gapFigure(ctx, ctx.years[1]!).takeaway, 'Năm 2025, điểm tự chấm cao hơn điểm thẩm định trung bình 4 điểm; chênh lệch lớn nhất ở nhóm Sở, ban, ngành tỉnh (4 điểm).'],
    ['trend', () => trendFigure(ctx).takeaway, 'Điểm thẩm định trung bình của các nhóm được công bố là 78,8 điểm năm 2024 và 80,4 điểm năm 2025.'],
  ])('%s', (_name, get, expected) => expect(get()).toBe(expected));

  it('criteria: lowest and highest share of maximum', () => {
    expect(criteriaFigure(ctx, ctx.years[1]!).takeaway).toMatch(/^Năm 2025, tiêu chí đạt thấp nhất là TC\d “[^”]+” \(50% số điểm tối đa\), cao nhất là TC\d “[^”]+” \(100%\)\.$/);
  });
});

describe('suppressed groups', () => {
  it('appear in tables with the reason and no number, and never in a chart', () => {
    for (const f of allFigures(ctx)) {
      const hidden = f.table.rows.filter((r) => r.nhom === 'Doanh nghiệp có vốn nhà nước');
      if (f.id.startsWith('tieu-chi')) continue; // criteria tables are by criterion, not group
      expect(hidden.length, f.id).toBe(1);
      expect(Object.entries(hidden[0]!).filter(([k, v]) => k !== 'nhom' && k !== 'ghi_chu' && v !== null), f.id).toEqual([]);
      expect(String(hidden[0]!.ghi_chu)).toMatch(/ẩn để bảo vệ danh tính.*nhóm dưới 5 đơn vị/i);
      expect(f.chart.labels.concat(f.chart.series.map((s) => s.label))).not.toContain('Doanh nghiệp có vốn nhà nước');
    }
  });
});

describe('charts', () => {
  it('score charts draw each year’s rating thresholds (rules change in 2025)', () => {
    const lines = trendFigure(ctx).chart.thresholds!;
    expect(lines.find((l) => l.label === 'Ngưỡng “Tốt”')!.values).toEqual([80, 75]);
    expect(lines.find((l) => l.label === 'Ngưỡng “Khá”')!.values).toEqual([65, null]);
  });
  it.each([[[76.2, 84, 50, null], 40], [[null], 0], [[5, 90], 0], [[81, 90], 70]])('lineFloor(%j) = %i', (values, floor) => {
    expect(lineFloor(values)).toBe(floor);
  });
  it('figure ids are unique URL fragments', () => {
    const ids = allFigures(ctx).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });
});

describe('displayCell', () => {
  it.each([
    [null, { type: 'number' as const }, '—'],
    [null, { type: 'text' as const }, ''],
    [82.75, { type: 'number' as const, format: 'score' as const }, '82,75'],
    [33.3, { type: 'number' as const, format: 'percent' as const }, '33,3%'],
    [true, { type: 'boolean' as const }, 'Có'],
    ['x', { type: 'text' as const }, 'x'],
  ])('%j', (v, col, out) => expect(displayCell(v, col)).toBe(out));
});
