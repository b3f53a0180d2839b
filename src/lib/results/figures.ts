/**
 * The charts of the results pages, as data: caption, a takeaway sentence computed from the numbers,
 * the table shown under the chart (and published as CSV/JSON), and a chart spec drawn at build time
 * as SVG (chart-svg.ts).
 * Every number here comes from the published year (aggregate.ts), never from a suppressed group.
 * A figure built on illustrative sample data says so in its title and its takeaway.
 */
import { t, type UiKey } from '../../i18n/t';
import type { YearResults } from '../../schemas/results';
import type { Rule } from '../../schemas/rule';
import { criterionShares, percent, publishedGroups, summarize } from './aggregate';
import { formatNumberVi, formatPercentVi } from './format-number-vi';
import { groupName, groupOrder, groupsAcross, groupsIn, ruleOf, type ResultsContext } from './results-context';
import type { Cell, Column, Table } from './table-model';
import { ROUTES, yearPath } from '../routes';

/** What chart-svg.ts draws; thresholds are horizontal lines per category (rating band minima). */
export interface ChartSpec {
  kind: 'bar' | 'line';
  horizontal?: boolean;
  stacked?: boolean;
  labels: string[];
  series: { label: string; values: (number | null)[] }[];
  unit: 'score' | 'percent';
  min: number;
  max: number;
  thresholds?: { label: string; values: (number | null)[] }[];
  /** Axis titles. */
  xTitle: string;
  yTitle: string;
}

export interface Figure {
  /** Page anchor and dataset name (`bieu-do-<id>`). */
  id: string;
  /** The year the figure shows; null for figures across years (the trends). */
  year: number | null;
  title: string;
  takeaway: string;
  /** Scope note, e.g. that suppressed groups are left out. */
  note: string;
  /** Built on illustrative sample data (title and takeaway then say "minh họa"); false when absent. */
  sample?: boolean;
  /** The title without the sample mark, for lists that mark samples their own way; the title when absent. */
  plainTitle?: string;
  table: Table;
  chart: ChartSpec;
}

const groupColumn = (): Column => ({
  key: 'nhom',
  label: t('chart.col.group'),
  description: t('chart.col.group.desc'),
  type: 'text',
});
const noteColumn = (): Column => ({
  key: 'ghi_chu',
  label: t('chart.col.note'),
  description: t('chart.col.note.desc'),
  type: 'text',
});
const suppressedNote = (k: number) => t('results.suppressed', { k });
const withheldNote = () => t('results.withheld');

/**
 * Title and takeaway of a figure, marked when the data are illustrative.
 *
 * @example
 * markSample({ title: 'Xếp loại', takeaway: 'Năm 2025, …' }, true).title // 'Xếp loại (minh họa)'
 */
export function markSample(
  text: { title: string; takeaway: string },
  sample: boolean,
): { title: string; takeaway: string; sample: boolean; plainTitle: string } {
  if (!sample) return { ...text, sample, plainTitle: text.title };
  return {
    title: t('chart.sample.title', { title: text.title }),
    takeaway: t('chart.sample.takeaway', { takeaway: text.takeaway }),
    sample,
    plainTitle: text.title,
  };
}

/**
 * Lower bound of a line chart's score axis: 10 below the lowest value or threshold, to a multiple
 * of 10. Lines (unlike bars) need not start at 0, and a 0–100 axis flattens differences of a few points.
 *
 * @example
 * lineFloor([76.2, 84, 50, null]) // 40
 */
export function lineFloor(values: readonly (number | null)[]): number {
  const present = values.filter((v): v is number => v !== null);
  if (!present.length) return 0;
  return Math.max(0, Math.floor((Math.min(...present) - 10) / 10) * 10);
}

/** Bands above 0, drawn as threshold lines on score axes. */
function bandLines(rules: readonly Rule[]) {
  const labels = [...new Set(rules.flatMap((r) => r.bands.filter((b) => b.min > 0).map((b) => b.label)))];
  return labels.map((label) => ({
    label: t('chart.threshold', { label }),
    values: rules.map((r) => r.bands.find((b) => b.label === label)?.min ?? null),
  }));
}

/**
 * Rating distribution by group in one year (stacked bars, % of each group's units).
 *
 * @example
 * ratingFigure(ctx, year).id // 'xep-loai-2025'
 */
export function ratingFigure(ctx: ResultsContext, year: YearResults): Figure {
  const rule = ruleOf(ctx, year);
  const bands = [...rule.bands].sort((a, b) => b.min - a.min);
  const bandKey = (i: number) => `muc_${i + 1}`;
  const columns: Column[] = [
    groupColumn(),
    {
      key: 'so_don_vi',
      label: t('chart.col.units'),
      description: t('chart.col.units.desc'),
      type: 'number',
      format: 'count',
    },
    ...bands.map((b, i): Column => ({
      key: bandKey(i),
      label: t('chart.col.band', { band: b.label }),
      description: t('chart.col.band.desc', { band: b.label, min: b.min }),
      type: 'number',
      format: 'percent',
    })),
    noteColumn(),
  ];
  const rows: Record<string, Cell>[] = [];
  const published = groupsIn(ctx, year);
  for (const g of published) {
    const row: Record<string, Cell> = { nhom: groupName(ctx, g.group), so_don_vi: null, ghi_chu: null };
    bands.forEach((_b, i) => (row[bandKey(i)] = null));
    if (g.status === 'suppressed') row.ghi_chu = suppressedNote(year.k);
    else {
      row.so_don_vi = g.units;
      bands.forEach((b, i) => (row[bandKey(i)] = percent(g.ratings[b.label] ?? 0, g.units)));
    }
    rows.push(row);
  }
  const shown = publishedGroups(year).sort((a, b) => groupOrder(ctx, a.group) - groupOrder(ctx, b.group));
  // "Good or better": the top two bands.
  const topTwo = bands.slice(0, 2).map((b) => b.label);
  const goodShare = (groups: ReturnType<typeof publishedGroups>) => {
    const s = summarize(groups, rule);
    return percent(
      topTwo.reduce((n, label) => n + (s.ratings[label] ?? 0), 0),
      s.units,
    );
  };
  const best = shown.map((g) => ({ g, share: goodShare([g]) ?? 0 })).sort((a, b) => b.share - a.share)[0];
  const takeaway = best
    ? t('chart.rating.takeaway', {
        year: year.year,
        share: formatPercentVi(goodShare(shown)),
        band: bands[1]?.label ?? bands[0]!.label,
        group: groupName(ctx, best.g.group),
        best: formatPercentVi(best.share),
      })
    : t('chart.empty');
  return {
    id: `xep-loai-${year.year}`,
    year: year.year,
    ...markSample({ title: t('chart.rating.title', { year: year.year }), takeaway }, year.sample),
    note: t('chart.note.publishedOnly'),
    table: { columns, rows },
    chart: {
      kind: 'bar',
      horizontal: true,
      stacked: true,
      unit: 'percent',
      min: 0,
      max: 100,
      labels: shown.map((g) => groupName(ctx, g.group)),
      series: bands.map((b) => ({
        label: b.label,
        values: shown.map((g) => percent(g.ratings[b.label] ?? 0, g.units)),
      })),
      xTitle: t('chart.axis.shareOfUnits'),
      yTitle: t('chart.col.group'),
    },
  };
}

/**
 * Mean self-assessed vs appraised score by group in one year, with the gap.
 *
 * @example
 * gapFigure(ctx, year).id // 'chenh-lech-2025'
 */
export function gapFigure(ctx: ResultsContext, year: YearResults): Figure {
  const rule = ruleOf(ctx, year);
  const columns: Column[] = [
    groupColumn(),
    {
      key: 'tu_cham_tb',
      label: t('chart.col.meanSelf'),
      description: t('chart.col.meanSelf.desc'),
      type: 'number',
      format: 'score',
    },
    {
      key: 'tham_dinh_tb',
      label: t('chart.col.meanAppraised'),
      description: t('chart.col.meanAppraised.desc'),
      type: 'number',
      format: 'score',
    },
    {
      key: 'chenh_lech_tb',
      label: t('chart.col.meanGap'),
      description: t('chart.col.meanGap.desc'),
      type: 'number',
      format: 'score',
    },
    noteColumn(),
  ];
  const rows = groupsIn(ctx, year).map((g): Record<string, Cell> => {
    if (g.status === 'suppressed')
      return {
        nhom: groupName(ctx, g.group),
        tu_cham_tb: null,
        tham_dinh_tb: null,
        chenh_lech_tb: null,
        ghi_chu: suppressedNote(year.k),
      };
    const withheld = g.meanSelf === null || g.meanAppraised === null;
    return {
      nhom: groupName(ctx, g.group),
      tu_cham_tb: g.meanSelf,
      tham_dinh_tb: g.meanAppraised,
      chenh_lech_tb: g.meanGap,
      ghi_chu: withheld ? withheldNote() : null,
    };
  });
  const shown = publishedGroups(year).sort((a, b) => groupOrder(ctx, a.group) - groupOrder(ctx, b.group));
  const all = summarize(shown, rule);
  const widest = shown
    .filter((g) => g.meanGap !== null)
    .map((g) => ({ g, gap: g.meanGap! }))
    .sort((a, b) => b.gap - a.gap)[0];
  const takeaway =
    widest && all.meanGap !== null
      ? t(all.meanGap >= 0 ? 'chart.gap.takeaway' : 'chart.gap.takeawayBelow', {
          year: year.year,
          gap: formatNumberVi(Math.abs(all.meanGap)),
          group: groupName(ctx, widest.g.group),
          widest: formatNumberVi(widest.gap),
        })
      : t('chart.empty');
  const lines = bandLines([rule]);
  return {
    id: `chenh-lech-${year.year}`,
    year: year.year,
    ...markSample({ title: t('chart.gap.title', { year: year.year }), takeaway }, year.sample),
    note: t('chart.note.publishedOnly'),
    table: { columns, rows },
    chart: {
      kind: 'bar',
      unit: 'score',
      min: 0,
      max: 100,
      labels: shown.map((g) => groupName(ctx, g.group)),
      series: [
        { label: t('chart.series.self'), values: shown.map((g) => g.meanSelf) },
        { label: t('chart.series.appraised'), values: shown.map((g) => g.meanAppraised) },
      ],
      thresholds: lines.map((l) => ({ label: l.label, values: shown.map(() => l.values[0] ?? null) })),
      xTitle: t('chart.col.group'),
      yTitle: t('chart.axis.score'),
    },
  };
}

/**
 * Each criterion's mean appraised points as a share of its maximum, in one year.
 *
 * @example
 * criteriaFigure(ctx, year).id // 'tieu-chi-2025'
 */
export function criteriaFigure(ctx: ResultsContext, year: YearResults): Figure {
  const rule = ruleOf(ctx, year);
  const shares = criterionShares(year.units, rule);
  const columns: Column[] = [
    {
      key: 'ma_tieu_chi',
      label: t('chart.col.criterionCode'),
      description: t('chart.col.criterionCode.desc'),
      type: 'text',
    },
    { key: 'tieu_chi', label: t('chart.col.criterion'), description: t('chart.col.criterion.desc'), type: 'text' },
    {
      key: 'diem_toi_da',
      label: t('chart.col.max'),
      description: t('chart.col.max.desc'),
      type: 'number',
      format: 'score',
    },
    {
      key: 'diem_tb',
      label: t('chart.col.meanPoints'),
      description: t('chart.col.meanPoints.desc'),
      type: 'number',
      format: 'score',
    },
    {
      key: 'ty_le',
      label: t('chart.col.share'),
      description: t('chart.col.share.desc'),
      type: 'number',
      format: 'percent',
    },
  ];
  const rows = shares.map((s) => ({
    ma_tieu_chi: s.code,
    tieu_chi: s.name,
    diem_toi_da: s.max,
    diem_tb: s.mean,
    ty_le: s.share,
  }));
  const assessed = publishedGroups(year).reduce((n, g) => n + g.units, 0);
  const sorted = [...shares].filter((s) => s.share !== null).sort((a, b) => a.share! - b.share!);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  const takeaway =
    low && high
      ? t('chart.criteria.takeaway', {
          year: year.year,
          low: `${low.code} “${low.name}”`,
          lowShare: formatPercentVi(low.share),
          high: `${high.code} “${high.name}”`,
          highShare: formatPercentVi(high.share),
        })
      : t('chart.empty');
  return {
    id: `tieu-chi-${year.year}`,
    year: year.year,
    ...markSample({ title: t('chart.criteria.title', { year: year.year }), takeaway }, year.sample),
    note: t('chart.note.criteriaRows', { rows: shares[0]?.units ?? 0, units: assessed }),
    table: { columns, rows },
    chart: {
      kind: 'bar',
      horizontal: true,
      unit: 'percent',
      min: 0,
      max: 100,
      labels: shares.map((s) => s.code),
      series: [{ label: t('chart.col.share'), values: shares.map((s) => s.share) }],
      xTitle: t('chart.col.share'),
      yTitle: t('chart.col.criterionCode'),
    },
  };
}

/** A group × year table of one summary measure, with suppressed cells marked. */
function trendTable(
  ctx: ResultsContext,
  pick: (groups: ReturnType<typeof publishedGroups>, rule: Rule) => number | null,
  format: 'score' | 'percent',
  desc: UiKey,
) {
  const years = ctx.years;
  const columns: Column[] = [
    groupColumn(),
    ...years.map((y): Column => ({
      key: `nam_${y.year}`,
      label: String(y.year),
      description: t(desc, { year: y.year }),
      type: 'number',
      format,
    })),
    noteColumn(),
  ];
  const rows = groupsAcross(ctx).map((id) => {
    const row: Record<string, Cell> = { nhom: groupName(ctx, id) };
    const hidden: number[] = [];
    for (const y of years) {
      const status = y.groups.find((g) => g.group === id);
      if (status?.status === 'suppressed') hidden.push(y.year);
      row[`nam_${y.year}`] = status?.status === 'published' ? pick(publishedGroups(y, id), ruleOf(ctx, y)) : null;
    }
    row.ghi_chu = hidden.length
      ? t('results.suppressedYears', { years: hidden.join(', '), k: years[0]?.k ?? 5 })
      : null;
    return row;
  });
  return { columns, rows };
}

/**
 * Mean appraised score by group across years, with each year's rating thresholds drawn.
 *
 * @example
 * trendFigure(ctx).id // 'diem-theo-nhom'
 */
export function trendFigure(ctx: ResultsContext): Figure {
  const years = ctx.years;
  const appraised = (groups: ReturnType<typeof publishedGroups>, rule: Rule) => summarize(groups, rule).meanAppraised;
  const table = trendTable(ctx, appraised, 'score', 'chart.trend.col.desc');
  const first = years[0];
  const last = years[years.length - 1];
  const takeaway =
    first && last && first !== last
      ? t('chart.trend.takeaway', {
          first: first.year,
          last: last.year,
          from: formatNumberVi(appraised(publishedGroups(first), ruleOf(ctx, first))),
          to: formatNumberVi(appraised(publishedGroups(last), ruleOf(ctx, last))),
        })
      : t('chart.empty');
  const shownGroups = groupsAcross(ctx).filter((id) =>
    years.some((y) => y.groups.some((g) => g.group === id && g.status === 'published')),
  );
  const series = shownGroups.map((id) => ({
    label: groupName(ctx, id),
    values: years.map((y) =>
      publishedGroups(y, id).length ? appraised(publishedGroups(y, id), ruleOf(ctx, y)) : null,
    ),
  }));
  const lineValues = series.flatMap((s) => s.values);
  const lines = bandLines(years.map((y) => ruleOf(ctx, y)));
  return {
    id: 'diem-theo-nhom',
    year: null,
    ...markSample(
      { title: t('chart.trend.title'), takeaway },
      years.some((y) => y.sample),
    ),
    note: t('chart.note.ruleChange'),
    table,
    chart: {
      kind: 'line',
      unit: 'score',
      min: lineFloor([...lineValues, ...lines.flatMap((l) => l.values)]),
      max: 100,
      labels: years.map((y) => String(y.year)),
      series,
      thresholds: lines,
      xTitle: t('chart.axis.year'),
      yTitle: t('chart.axis.score'),
    },
  };
}

/**
 * Share of units reporting by 15 November, by group across years.
 *
 * @example
 * onTimeFigure(ctx).id // 'nop-dung-han'
 */
export function onTimeFigure(ctx: ResultsContext): Figure {
  const years = ctx.years;
  const rate = (groups: ReturnType<typeof publishedGroups>) =>
    percent(
      groups.reduce((n, g) => n + g.onTime, 0),
      groups.reduce((n, g) => n + g.units, 0),
    );
  const table = trendTable(ctx, rate, 'percent', 'chart.onTime.col.desc');
  const first = years[0];
  const last = years[years.length - 1];
  const takeaway =
    first && last
      ? t('chart.onTime.takeaway', {
          last: last.year,
          rate: formatPercentVi(rate(publishedGroups(last))),
          first: first.year,
          firstRate: formatPercentVi(rate(publishedGroups(first))),
        })
      : t('chart.empty');
  const shownGroups = groupsAcross(ctx).filter((id) =>
    years.some((y) => y.groups.some((g) => g.group === id && g.status === 'published')),
  );
  return {
    id: 'nop-dung-han',
    year: null,
    ...markSample(
      { title: t('chart.onTime.title'), takeaway },
      years.some((y) => y.sample),
    ),
    note: t('chart.note.publishedOnly'),
    table,
    chart: {
      kind: 'line',
      unit: 'percent',
      min: 0,
      max: 100,
      labels: years.map((y) => String(y.year)),
      series: shownGroups.map((id) => ({
        label: groupName(ctx, id),
        values: years.map((y) => (publishedGroups(y, id).length ? rate(publishedGroups(y, id)) : null)),
      })),
      xTitle: t('chart.axis.year'),
      yTitle: t('chart.axis.onTimeShare'),
    },
  };
}

/**
 * The results page that shows a figure: a year's figures on that year's page, the trends on
 * /ket-qua/ (a site path, before href()).
 *
 * @example
 * figurePath({ id: 'xep-loai-2024', year: 2024 }) // '/ket-qua/2024/#xep-loai-2024'
 * figurePath({ id: 'nop-dung-han', year: null }) // '/ket-qua/#nop-dung-han'
 */
export function figurePath(figure: Pick<Figure, 'id' | 'year'>): string {
  return figure.year === null ? `${ROUTES.results}#${figure.id}` : `${yearPath(figure.year)}#${figure.id}`;
}

/**
 * Every figure the site publishes: per year (rating, gap, criteria) and the trends.
 *
 * @example
 * allFigures(ctx).map((f) => f.id) // ['xep-loai-2022', …, 'diem-theo-nhom', 'nop-dung-han']
 */
export function allFigures(ctx: ResultsContext): Figure[] {
  return [
    ...ctx.years.flatMap((y) => [ratingFigure(ctx, y), gapFigure(ctx, y), criteriaFigure(ctx, y)]),
    ...(ctx.years.length ? [trendFigure(ctx), onTimeFigure(ctx)] : []),
  ];
}
