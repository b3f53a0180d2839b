/**
 * The open datasets: every published table as CSV and JSON, with its data dictionary, and a
 * SHA-256 manifest of the exact bytes served. The /du-lieu/ endpoints and page both call
 * `datasetFiles()`, so the manifest always hashes what is published. Output is deterministic:
 * "last update" comes from the data, never from the build clock.
 */
import { createHash } from 'node:crypto';
import { t } from '../../i18n/t';
import type { Generalization, PublishedUnit, YearResults } from '../../schemas/results';
import { allFigures, type Figure } from './figures';
import { groupName, ruleOf, type ResultsContext } from './results-context';
import type { Cell, Column, Table } from './table-model';
import { percent, publishedGroups } from './aggregate';
import { formatNumberVi } from './format-number-vi';
import { MIN_HIDDEN, PROTECTION_WIDTH, SUPPRESSION_LIMIT } from './k-anonymity';

export interface Dataset {
  /** File name without extension. */
  id: string;
  title: string;
  description: string;
  /** ISO date of the newest data in it. */
  updated: string;
  /** Whether it holds illustrative sample data. */
  sample: boolean;
  table: Table;
  /** The chart it is the data of (its id and year), for the datasets published per figure. */
  figure?: Pick<Figure, 'id' | 'year'>;
}

export interface DatasetFile {
  name: string;
  mediaType: string;
  /** ArrayBuffer-backed, as a Response body requires. */
  bytes: Uint8Array<ArrayBuffer>;
}

const col = (
  key: string,
  label: string,
  description: string,
  type: Column['type'] = 'text',
  format?: Column['format'],
): Column => ({ key, label, description, type, ...(format ? { format } : {}) });

const maxDate = (dates: readonly string[]) => [...dates].sort().at(-1) ?? '2020-01-01';

/** A published self-score as the bounds of its band: equal when exact, null when suppressed. */
const selfBounds = (v: PublishedUnit['selfScore']): [number | null, number | null] =>
  v === null ? [null, null] : typeof v === 'number' ? [v, v] : [v.from, v.to];

/**
 * A published self-score as people read it: "83,5", a band "80–85", or null.
 *
 * @example
 * selfScoreText({ from: 80, to: 85 }) // '80–85'
 */
export function selfScoreText(v: PublishedUnit['selfScore']): string | null {
  if (v === null) return null;
  return typeof v === 'number' ? formatNumberVi(v, 2) : `${formatNumberVi(v.from)}–${formatNumberVi(v.to)}`;
}

/**
 * One year's unit rows (pseudonyms only), k-anonymous: bands and empty cells where the rows are
 * generalized or suppressed (bao-ve-danh-tinh says which, per group).
 *
 * @example
 * yearDataset(ctx, year).id // 'ket-qua-2025'
 */
export function yearDataset(ctx: ResultsContext, year: YearResults): Dataset {
  const rule = ruleOf(ctx, year);
  const columns: Column[] = [
    col('ma_an_danh', t('data.col.pseudonym'), t('data.col.pseudonym.desc')),
    col('nhom', t('chart.col.group'), t('data.col.groupId.desc')),
    col('dung_han', t('data.col.onTime'), t('data.col.onTime.desc'), 'boolean'),
    col('tu_cham_tu', t('data.col.selfFrom'), t('data.col.selfFrom.desc'), 'number', 'score'),
    col('tu_cham_den', t('data.col.selfTo'), t('data.col.selfTo.desc'), 'number', 'score'),
    col('tham_dinh', t('data.col.appraised'), t('data.col.appraised.desc'), 'number', 'score'),
    col('xep_loai', t('data.col.rating'), t('data.col.rating.desc', { rule: rule.number })),
    ...rule.criteria.map((c) =>
      col(c.code, c.code, t('data.col.criterion.desc', { name: c.name, max: c.max }), 'number', 'score'),
    ),
  ];
  const rows = year.units.map((u) => {
    const [from, to] = selfBounds(u.selfScore);
    return {
      ma_an_danh: u.pseudonym,
      nhom: u.group,
      dung_han: u.onTime,
      tu_cham_tu: from,
      tu_cham_den: to,
      tham_dinh: u.appraisedScore,
      xep_loai: u.rating,
      ...Object.fromEntries(rule.criteria.map((c) => [c.code, u.criteria?.[c.code] ?? null])),
    };
  });
  const shown = publishedGroups(year);
  const sum = (pick: (g: (typeof shown)[number]) => number) => shown.reduce((n, g) => n + pick(g), 0);
  const cells = sum((g) => g.loss.cells);
  const loss = t('data.set.year.loss', {
    hidden: sum((g) => g.loss.hiddenRows),
    units: sum((g) => g.units),
    generalized: sum((g) => g.loss.generalized),
    suppressed: sum((g) => g.loss.suppressed),
    cells,
    loss: formatNumberVi(cells ? (sum((g) => g.loss.ratio * g.loss.cells) / cells) * 100 : 0),
  });
  return {
    id: `ket-qua-${year.year}`,
    title: t('data.set.year.title', { year: year.year }),
    description: `${t('data.set.year.desc', { year: year.year, rule: rule.number, k: year.k })} ${loss}`,
    updated: year.published,
    sample: year.sample,
    table: { columns, rows },
  };
}

/**
 * The per-unit table as the year page shows it: group names, the self-score as one cell ("80–85").
 *
 * @example
 * unitTable(ctx, year).columns[3].key // 'tu_cham'
 */
export function unitTable(ctx: ResultsContext, year: YearResults): Table {
  const d = yearDataset(ctx, year);
  const columns = d.table.columns.flatMap((c): Column[] =>
    c.key === 'tu_cham_tu'
      ? [col('tu_cham', t('data.col.self'), t('data.col.self.desc'))]
      : c.key === 'tu_cham_den'
        ? []
        : [c],
  );
  // The page carries its own sample notice; the column is for the files.
  const rows = year.units.map((u, i) => ({
    ...d.table.rows[i]!,
    nhom: groupName(ctx, u.group),
    tu_cham: selfScoreText(u.selfScore),
  }));
  return { columns, rows };
}

/**
 * How a hierarchy level reads, for the method page and the dictionary.
 *
 * @example
 * levelText('selfScore', 'band-5') // 'khoảng 5 điểm'
 */
export function levelText<K extends keyof Generalization>(attribute: K, level: Generalization[K]): string {
  const key = `data.level.${attribute}.${level}` as Parameters<typeof t>[0];
  return t(key);
}

/**
 * Per year and published group: the generalization chosen and what it cost.
 *
 * @example
 * protectionRows(ctx)[0] // { year: 2022, group: 'so-nganh', units: 19, rows: 16, … }
 */
export function protectionRows(ctx: Pick<ResultsContext, 'years'>) {
  return ctx.years.flatMap((y) =>
    publishedGroups(y).map((g) => ({
      year: y.year,
      group: g.group,
      units: g.units,
      rows: g.units - g.loss.hiddenRows,
      hiddenRows: g.loss.hiddenRows,
      generalization: g.generalization,
      cells: g.loss.cells,
      generalized: g.loss.generalized,
      suppressed: g.loss.suppressed,
      lossPercent: Math.round(g.loss.ratio * 1000) / 10,
      withheld: [g.meanSelf === null ? 'tu_cham_tb' : null, g.meanAppraised === null ? 'tham_dinh_tb' : null].filter(
        (x): x is string => x !== null,
      ),
      sample: y.sample,
    })),
  );
}

function protectionDataset(ctx: ResultsContext): Dataset {
  const columns: Column[] = [
    col('nam', t('data.col.year'), t('data.col.year.desc'), 'number'),
    col('nhom', t('chart.col.group'), t('data.col.groupId.desc')),
    col('so_don_vi', t('chart.col.units'), t('data.col.unitsAll.desc'), 'number', 'count'),
    col('so_dong_cong_bo', t('data.col.rows'), t('data.col.rows.desc'), 'number', 'count'),
    col(
      'so_dong_an',
      t('data.col.hiddenRows'),
      t('data.col.hiddenRows.desc', { min: MIN_HIDDEN, limit: Math.round(SUPPRESSION_LIMIT * 100) }),
      'number',
      'count',
    ),
    col('muc_tu_cham', t('data.col.levelSelf'), t('data.col.levelSelf.desc')),
    col('muc_dung_han', t('data.col.levelOnTime'), t('data.col.levelOnTime.desc')),
    col('muc_xep_loai', t('data.col.levelRating'), t('data.col.levelRating.desc')),
    col('so_o', t('data.col.cells'), t('data.col.cells.desc'), 'number', 'count'),
    col('o_tong_quat_hoa', t('data.col.cellsGeneralized'), t('data.col.cellsGeneralized.desc'), 'number', 'count'),
    col('o_an', t('data.col.cellsSuppressed'), t('data.col.cellsSuppressed.desc'), 'number', 'count'),
    col('mat_thong_tin', t('data.col.loss'), t('data.col.loss.desc'), 'number', 'percent'),
    col('trung_binh_giu_lai', t('data.col.withheld'), t('data.col.withheld.desc', { width: PROTECTION_WIDTH })),
  ];
  const rows = protectionRows(ctx).map((p) => ({
    nam: p.year,
    nhom: p.group,
    so_don_vi: p.units,
    so_dong_cong_bo: p.rows,
    so_dong_an: p.hiddenRows,
    muc_tu_cham: p.generalization.selfScore,
    muc_dung_han: p.generalization.onTime,
    muc_xep_loai: p.generalization.rating,
    so_o: p.cells,
    o_tong_quat_hoa: p.generalized,
    o_an: p.suppressed,
    mat_thong_tin: p.lossPercent,
    trung_binh_giu_lai: p.withheld.join(' ') || null,
  }));
  return {
    id: 'bao-ve-danh-tinh',
    title: t('data.set.protection.title'),
    description: t('data.set.protection.desc', { k: ctx.years.at(-1)?.k ?? 5 }),
    updated: maxDate(ctx.years.map((y) => y.published)),
    sample: ctx.years.some((y) => y.sample),
    table: { columns, rows },
  };
}

/** Group-year summaries (published groups only; suppressed ones listed without figures). */
function summaryDataset(ctx: ResultsContext): Dataset {
  const columns: Column[] = [
    col('nam', t('data.col.year'), t('data.col.year.desc'), 'number'),
    col('nhom', t('chart.col.group'), t('data.col.groupId.desc')),
    col('trang_thai', t('data.col.status'), t('data.col.status.desc')),
    col('so_don_vi', t('chart.col.units'), t('chart.col.units.desc'), 'number', 'count'),
    col('tu_cham_tb', t('chart.col.meanSelf'), t('chart.col.meanSelf.desc'), 'number', 'score'),
    col('tham_dinh_tb', t('chart.col.meanAppraised'), t('chart.col.meanAppraised.desc'), 'number', 'score'),
    col('chenh_lech_tb', t('chart.col.meanGap'), t('chart.col.meanGap.desc'), 'number', 'score'),
    col('ty_le_dung_han', t('data.col.onTimeRate'), t('data.col.onTimeRate.desc'), 'number', 'percent'),
  ];
  const rows = ctx.years.flatMap((y) =>
    y.groups.map((g): Record<string, Cell> => {
      if (g.status === 'suppressed')
        return {
          nam: y.year,
          nhom: g.group,
          trang_thai: 'an',
          so_don_vi: null,
          tu_cham_tb: null,
          tham_dinh_tb: null,
          chenh_lech_tb: null,
          ty_le_dung_han: null,
        };
      return {
        nam: y.year,
        nhom: g.group,
        trang_thai: 'cong-bo',
        so_don_vi: g.units,
        tu_cham_tb: g.meanSelf,
        tham_dinh_tb: g.meanAppraised,
        chenh_lech_tb: g.meanGap,
        ty_le_dung_han: percent(g.onTime, g.units),
      };
    }),
  );
  return {
    id: 'tong-hop-theo-nhom',
    title: t('data.set.summary.title'),
    description: t('data.set.summary.desc'),
    updated: maxDate(ctx.years.map((y) => y.published)),
    sample: ctx.years.some((y) => y.sample),
    table: { columns, rows },
  };
}

/**
 * Every suppression: year, group, reason.
 *
 * @example
 * suppressions(ctx)[0] // { year: 2022, group: 'doanh-nghiep', groupName: 'Doanh nghiệp có vốn nhà nước', k: 5 }
 */
export function suppressions(ctx: Pick<ResultsContext, 'years' | 'groups'>) {
  return ctx.years.flatMap((y) =>
    y.groups
      .filter((g) => g.status === 'suppressed')
      .map((g) => ({ year: y.year, group: g.group, groupName: groupName(ctx, g.group), k: y.k })),
  );
}

function suppressionDataset(ctx: ResultsContext): Dataset {
  const columns: Column[] = [
    col('nam', t('data.col.year'), t('data.col.year.desc'), 'number'),
    col('nhom', t('chart.col.group'), t('data.col.groupId.desc')),
    col('ly_do', t('data.col.reason'), t('data.col.reason.desc')),
    col('k', 'k', t('data.col.k.desc'), 'number', 'count'),
  ];
  const rows = suppressions(ctx).map((s) => ({
    nam: s.year,
    nhom: s.group,
    ly_do: t('results.suppressed', { k: s.k }),
    k: s.k,
  }));
  return {
    id: 'an-danh',
    title: t('data.set.suppressions.title'),
    description: t('data.set.suppressions.desc'),
    updated: maxDate(ctx.years.map((y) => y.published)),
    sample: ctx.years.some((y) => y.sample),
    table: { columns, rows },
  };
}

function rulesDataset(ctx: ResultsContext): Dataset {
  const columns: Column[] = [
    col('quy_dinh', t('data.col.rule'), t('data.col.rule.desc')),
    col('hieu_luc_tu', t('data.col.validFrom'), t('data.col.validFrom.desc')),
    col('hieu_luc_den', t('data.col.validTo'), t('data.col.validTo.desc')),
    col('minh_hoa', t('data.col.illustrative'), t('data.col.illustrative.desc'), 'boolean'),
    col('loai', t('data.col.kind'), t('data.col.kind.desc')),
    col('ma', t('data.col.code'), t('data.col.code.desc')),
    col('ten', t('data.col.name'), t('data.col.name.desc')),
    col('diem', t('data.col.points'), t('data.col.points.desc'), 'number', 'score'),
  ];
  const rows = ctx.rules.flatMap((r) => {
    // A start date nobody has verified is published empty ("chưa cập nhật"), never as a fact.
    const base = {
      quy_dinh: r.number,
      hieu_luc_tu: r.validFromKnown === false ? null : r.validFrom,
      hieu_luc_den: r.validTo ?? null,
      minh_hoa: r.illustrative,
    };
    return [
      ...r.criteria.map((c) => ({ ...base, loai: 'tieu-chi', ma: c.code, ten: c.name, diem: c.max })),
      ...r.bands.map((b) => ({ ...base, loai: 'xep-loai', ma: null, ten: b.label, diem: b.min })),
    ];
  });
  return {
    id: 'quy-dinh-cham-diem',
    title: t('data.set.rules.title'),
    description: t('data.set.rules.desc'),
    updated: maxDate(ctx.rules.map((r) => r.issued)),
    sample: ctx.rules.some((r) => r.illustrative),
    table: { columns, rows },
  };
}

function groupsDataset(ctx: ResultsContext): Dataset {
  const columns: Column[] = [
    col('ma_nhom', t('data.col.groupId'), t('data.col.groupId.desc')),
    col('ten', t('data.col.name'), t('data.col.groupName.desc')),
    col('hieu_luc_tu', t('data.col.validFrom'), t('data.col.groupFrom.desc')),
    col('hieu_luc_den', t('data.col.validTo'), t('data.col.groupTo.desc')),
  ];
  const rows = [...ctx.groups]
    .sort((a, b) => a.order - b.order)
    .map((g) => ({ ma_nhom: g.id, ten: g.name, hieu_luc_tu: g.validFrom, hieu_luc_den: g.validTo ?? null }));
  return {
    id: 'nhom-don-vi',
    title: t('data.set.groups.title'),
    description: t('data.set.groups.desc'),
    updated: maxDate(ctx.groups.flatMap((g) => [g.validFrom, g.validTo ?? g.validFrom])),
    sample: false,
    table: { columns, rows },
  };
}

/**
 * Every published dataset, in page order: years, summary, suppressions, rules, groups, then one per chart.
 *
 * @example
 * datasets(ctx).map((d) => d.id) // ['ket-qua-2022', …, 'bieu-do-nop-dung-han']
 */
export function datasets(ctx: ResultsContext): Dataset[] {
  const updated = maxDate(ctx.years.map((y) => y.published));
  return (
    [
      ...ctx.years.map((y) => yearDataset(ctx, y)),
      summaryDataset(ctx),
      suppressionDataset(ctx),
      protectionDataset(ctx),
      rulesDataset(ctx),
      groupsDataset(ctx),
      // The dataset carries the sample mark as a flag and a column; its title stays plain so lists do not mark it twice.
      ...allFigures(ctx).map((f) => ({
        id: `bieu-do-${f.id}`,
        title: f.plainTitle ?? f.title,
        description: f.takeaway,
        updated: f.year === null ? updated : ctx.years.find((y) => y.year === f.year)!.published,
        sample: f.sample ?? false,
        table: f.table,
        figure: { id: f.id, year: f.year },
      })),
    ] satisfies Dataset[]
  ).map((d) => withSampleColumn(ctx, d));
}

/** The column that marks illustrative rows in every dataset file. */
export const SAMPLE_COLUMN = 'du_lieu_minh_hoa';

/**
 * A dataset with the sample mark as its last column: per row, from the row's year when it has one
 * (`nam`), otherwise from the dataset.
 *
 * @example
 * withSampleColumn(ctx, d).table.rows[0].du_lieu_minh_hoa // true
 */
export function withSampleColumn(ctx: Pick<ResultsContext, 'years'>, d: Dataset): Dataset {
  const sampleOf = (row: Record<string, Cell>) =>
    typeof row.nam === 'number' ? (ctx.years.find((y) => y.year === row.nam)?.sample ?? d.sample) : d.sample;
  return {
    ...d,
    table: {
      columns: [...d.table.columns, col(SAMPLE_COLUMN, t('data.col.sample'), t('data.col.sample.desc'), 'boolean')],
      rows: d.table.rows.map((r) => ({ ...r, [SAMPLE_COLUMN]: sampleOf(r) })),
    },
  };
}

/**
 * RFC 4180 CSV with a BOM (so spreadsheet programs read Vietnamese as UTF-8); numbers with a
 * decimal point, booleans as true/false, empty cells for missing values.
 *
 * @example
 * toCsv({ columns: [{ key: 'a', label: 'A', description: '', type: 'text' }], rows: [{ a: 'x, y' }] }) // '\uFEFFa\n"x, y"\n'
 */
export function toCsv(table: Table): string {
  const esc = (v: Cell | undefined) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [
    table.columns.map((c) => c.key).join(','),
    ...table.rows.map((r) => table.columns.map((c) => esc(r[c.key])).join(',')),
  ];
  return `\uFEFF${lines.join('\n')}\n`;
}

/**
 * JSON with the data dictionary first, then the rows.
 *
 * @example
 * JSON.parse(toJson(dataset, licence)).dictionary[0].key // 'ma_an_danh'
 */
export function toJson(d: Dataset, licence: { name: string; url: string }): string {
  return `${JSON.stringify(
    {
      dataset: d.id,
      title: d.title,
      description: d.description,
      updated: d.updated,
      sample: d.sample,
      licence,
      dictionary: d.table.columns.map((c) => ({
        key: c.key,
        label: c.label,
        type: c.type,
        description: c.description,
      })),
      rows: d.table.rows.map((r) => Object.fromEntries(d.table.columns.map((c) => [c.key, r[c.key] ?? null]))),
    },
    null,
    2,
  )}\n`;
}

/**
 * SHA-256 of bytes, hex.
 *
 * @example
 * sha256Hex(new TextEncoder().encode('')) // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The manifest file name, in `sha256sum` format so `sha256sum -c` checks a download. */
export const MANIFEST_NAME = 'sha256sums.txt';

/**
 * Every published file (CSV and JSON of each dataset, and the manifest that hashes them).
 *
 * @example
 * datasetFiles(ctx, licence).at(-1)!.name // 'sha256sums.txt'
 */
export function datasetFiles(ctx: ResultsContext, licence: { name: string; url: string }): DatasetFile[] {
  const enc = new TextEncoder();
  const all = datasets(ctx);
  const files: DatasetFile[] = all.flatMap((d) => [
    { name: `${d.id}.csv`, mediaType: 'text/csv; charset=utf-8', bytes: enc.encode(toCsv(d.table)) },
    { name: `${d.id}.json`, mediaType: 'application/json; charset=utf-8', bytes: enc.encode(toJson(d, licence)) },
  ]);
  // `sha256sum -c` skips lines that start with #, so the sample mark travels with the hashes.
  const samples = all.filter((d) => d.sample).flatMap((d) => [`${d.id}.csv`, `${d.id}.json`]);
  const header = samples.length
    ? [`# ${t('data.manifest.sampleHeader')}`, ...samples.map((name) => `# ${t('data.manifest.sampleFile', { name })}`)]
    : [];
  const manifest = [...header, ...files.map((f) => `${sha256Hex(f.bytes)}  ${f.name}`)].join('\n');
  files.push({ name: MANIFEST_NAME, mediaType: 'text/plain; charset=utf-8', bytes: enc.encode(`${manifest}\n`) });
  return files;
}
