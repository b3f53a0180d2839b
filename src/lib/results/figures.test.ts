import { describe, expect, it } from 'vitest';
import type { YearResults } from '../../schemas/results';
import { allFigures, criteriaFigure, figurePath, gapFigure, lineFloor, ratingFigure, trendFigure } from './figures';
import { toResultsContext, type ResultsContext } from './results-context';
import { loadGroups, loadRules } from './load-data-fs';

const rules = loadRules('data/rules');
const groups = loadGroups('data/unit-groups.json');

/** A tiny hand-made year: 5 so-nganh units (rows exact), doanh-nghiep suppressed. */
function year(y: number, scores: number[], onTime: boolean[], sample = true): YearResults {
  const rule = y >= 2025 ? 'qd-04-2025' : 'qd-02-2020';
  const crit =
    y >= 2025 ? ['TC1', 'TC2', 'TC3', 'TC4', 'TC5', 'TC6', 'TC7'] : ['TC1', 'TC2', 'TC3', 'TC4', 'TC5', 'TC6'];
  const units = scores.map((s, i) => ({
    pseudonym: `ĐV-00${i + 1}`,
    group: 'so-nganh',
    onTime: onTime[i]!,
    selfScore: s + 4,
    appraisedScore: s,
    rating: s >= 90 ? 'Xuất sắc' : s >= 80 || (y >= 2025 && s >= 75) ? 'Tốt' : y >= 2025 ? 'Đạt' : 'Khá',
    criteria: Object.fromEntries(crit.map((c, j) => [c, j === 0 ? 5 : 10])),
  }));
  const avg = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
  const ratings: Record<string, number> = {};
  for (const u of units) ratings[u.rating] = (ratings[u.rating] ?? 0) + 1;
  return {
    year: y,
    rule,
    k: 5,
    deadline: `${y}-11-15`,
    published: `${y}-12-26`,
    sample,
    groups: [
      {
        group: 'so-nganh',
        status: 'published',
        units: scores.length,
        onTime: onTime.filter(Boolean).length,
        ratings,
        meanSelf: avg(scores.map((s) => s + 4)),
        meanAppraised: avg(scores),
        meanGap: 4,
        generalization: { selfScore: 'exact', onTime: 'exact', rating: 'exact' },
        loss: { cells: 0, generalized: 0, suppressed: 0, hiddenRows: 0, ratio: 0 },
      },
      { group: 'doanh-nghiep', status: 'suppressed', reason: 'below-k' },
    ],
    units,
  };
}

const ctx: ResultsContext = toResultsContext({
  years: [
    year(2024, [92, 85, 81, 70, 66], [true, true, true, true, false]),
    year(2025, [95, 91, 80, 76, 60], [true, true, true, true, true]),
  ],
  rules,
  groups,
});
const real: ResultsContext = toResultsContext({ ...ctx, years: ctx.years.map((y) => ({ ...y, sample: false })) });

describe('figures compute their takeaway from the data', () => {
  it.each([
    [
      'rating',
      () => ratingFigure(real, real.years[1]!).takeaway,
      'Năm 2025, 80% đơn vị được công bố đạt mức “Tốt” trở lên; cao nhất là nhóm Sở, ban, ngành tỉnh (80%).',
    ],
    [
      'gap',
      () => gapFigure(real, real.years[1]!).takeaway,
      'Năm 2025, điểm tự chấm cao hơn điểm thẩm định trung bình 4 điểm; chênh lệch lớn nhất ở nhóm Sở, ban, ngành tỉnh (4 điểm).',
    ],
    [
      'trend',
      () => trendFigure(real).takeaway,
      'Điểm thẩm định trung bình của các nhóm được công bố là 78,8 điểm năm 2024 và 80,4 điểm năm 2025.',
    ],
  ])('%s', (_name, get, expected) => expect(get()).toBe(expected));

  it('criteria: lowest and highest share of maximum', () => {
    expect(criteriaFigure(real, real.years[1]!).takeaway).toMatch(
      /^Năm 2025, tiêu chí đạt thấp nhất là TC\d “[^”]+” \(50% số điểm tối đa\), cao nhất là TC\d “[^”]+” \(100%\)\.$/,
    );
  });
});

describe('sample data are marked on every figure', () => {
  it.each(allFigures(ctx).map((f) => [f.id, f] as const))('%s: title and takeaway say “minh họa”', (_id, f) => {
    expect(f.sample).toBe(true);
    expect(f.title).toMatch(/\(minh họa\)$/);
    expect(f.takeaway).toMatch(/^Số liệu minh họa: /);
  });
  it('real data are not marked', () => {
    for (const f of allFigures(real)) expect(`${f.title} ${f.takeaway}`).not.toMatch(/minh họa/);
  });
  it('a trend over a sample year and a real year is marked', () => {
    const mixed = toResultsContext({ ...real, years: [ctx.years[0]!, real.years[1]!] });
    expect(trendFigure(mixed).title).toMatch(/minh họa/);
    expect(ratingFigure(mixed, mixed.years[1]!).title).not.toMatch(/minh họa/);
  });
});

describe('suppressed groups', () => {
  it('appear in tables with the reason and no number, and never in a chart', () => {
    for (const f of allFigures(ctx)) {
      const hidden = f.table.rows.filter((r) => r.nhom === 'Doanh nghiệp có vốn nhà nước');
      if (f.id.startsWith('tieu-chi')) continue; // criteria tables are by criterion, not group
      expect(hidden.length, f.id).toBe(1);
      expect(
        Object.entries(hidden[0]!).filter(([k, v]) => k !== 'nhom' && k !== 'ghi_chu' && v !== null),
        f.id,
      ).toEqual([]);
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
  it.each([
    [[76.2, 84, 50, null], 40],
    [[null], 0],
    [[5, 90], 0],
    [[81, 90], 70],
  ])('lineFloor(%j) = %i', (values, floor) => {
    expect(lineFloor(values)).toBe(floor);
  });
  it('every figure carries its year (null across years), and its page follows from it, not from its id', () => {
    expect(allFigures(ctx).map((f) => [f.id, f.year])).toEqual([
      ['xep-loai-2024', 2024],
      ['chenh-lech-2024', 2024],
      ['tieu-chi-2024', 2024],
      ['xep-loai-2025', 2025],
      ['chenh-lech-2025', 2025],
      ['tieu-chi-2025', 2025],
      ['diem-theo-nhom', null],
      ['nop-dung-han', null],
    ]);
  });
  it.each([
    [{ id: 'xep-loai-2024', year: 2024 }, '/ket-qua/2024/#xep-loai-2024'],
    [{ id: 'chenh-lech-2022', year: 2022 }, '/ket-qua/2022/#chenh-lech-2022'],
    [{ id: 'diem-theo-nhom', year: null }, '/ket-qua/#diem-theo-nhom'],
    [{ id: 'bieu-do-rieng', year: 2023 }, '/ket-qua/2023/#bieu-do-rieng'],
  ])('figurePath(%j) = %s', (figure, path) => expect(figurePath(figure)).toBe(path));
  it('figure ids are unique URL fragments', () => {
    const ids = allFigures(ctx).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });
});
