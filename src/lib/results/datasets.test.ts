import { describe, expect, it } from 'vitest';
import { datasetFiles, datasets, MANIFEST_NAME, SAMPLE_COLUMN, sha256Hex, toCsv } from './datasets';
import { dataDirs, readResultsContext } from './load-data-fs';

const ctx = readResultsContext(dataDirs('.'));
const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

describe('open datasets', () => {
  const files = datasetFiles(ctx, LICENCE);

  it('every dataset has a CSV and a JSON, and the manifest hashes each exact file', () => {
    const manifest = new TextDecoder()
      .decode(files.find((f) => f.name === MANIFEST_NAME)!.bytes)
      .trim()
      .split('\n');
    const others = files.filter((f) => f.name !== MANIFEST_NAME);
    expect(others.length).toBe(datasets(ctx).length * 2);
    expect(manifest.filter((l) => !l.startsWith('#'))).toEqual(others.map((f) => `${sha256Hex(f.bytes)}  ${f.name}`));
  });

  it('is deterministic: two runs give identical bytes', () => {
    const again = datasetFiles(ctx, LICENCE);
    expect(again.map((f) => sha256Hex(f.bytes))).toEqual(files.map((f) => sha256Hex(f.bytes)));
  });

  it('JSON carries the dictionary, licence and last update from the data', () => {
    const json = JSON.parse(new TextDecoder().decode(files.find((f) => f.name === 'ket-qua-2025.json')!.bytes));
    expect(json).toMatchObject({
      dataset: 'ket-qua-2025',
      updated: ctx.years.at(-1)!.published,
      licence: LICENCE,
      sample: true,
    });
    expect(json.dictionary.map((d: { key: string }) => d.key)).toEqual([
      'ma_an_danh',
      'nhom',
      'dung_han',
      'tu_cham_tu',
      'tu_cham_den',
      'tham_dinh',
      'xep_loai',
      'TC1',
      'TC2',
      'TC3',
      'TC4',
      'TC5',
      'TC6',
      'TC7',
      SAMPLE_COLUMN,
    ]);
    expect(json.dictionary.every((d: { description: string }) => d.description.length > 5)).toBe(true);
  });

  it('a rule whose start date nobody verified publishes it empty, never as a fact', () => {
    const rules = datasets(ctx).find((d) => d.id === 'quy-dinh-cham-diem')!.table.rows;
    for (const rule of ctx.rules) {
      const rows = rules.filter((r) => r.quy_dinh === rule.number);
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.hieu_luc_tu))).toEqual(
        new Set([rule.validFromKnown === false ? null : rule.validFrom]),
      );
    }
    expect(ctx.rules.some((r) => r.validFromKnown === false)).toBe(true);
  });

  it('suppressed groups appear in the summary with no figure', () => {
    const summary = datasets(ctx).find((d) => d.id === 'tong-hop-theo-nhom')!;
    const hidden = summary.table.rows.filter((r) => r.trang_thai === 'an');
    expect(hidden.length).toBeGreaterThan(0);
    for (const r of hidden)
      expect([r.so_don_vi, r.tu_cham_tb, r.tham_dinh_tb, r.chenh_lech_tb, r.ty_le_dung_han]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
  });
});

describe('the sample mark travels with every file', () => {
  const files = datasetFiles(ctx, LICENCE);
  const text = (name: string) => new TextDecoder().decode(files.find((f) => f.name === name)!.bytes);

  it.each(datasets(ctx).map((d) => [d.id, d] as const))(
    '%s: a documented column, true on every sample row',
    (_id, d) => {
      const column = d.table.columns.at(-1)!;
      expect(column.key).toBe(SAMPLE_COLUMN);
      expect(column.description).toMatch(/minh họa/);
      const csv = text(`${d.id}.csv`).trim().split('\n');
      expect(csv[0]!.split(',').at(-1)).toBe(SAMPLE_COLUMN);
      const json = JSON.parse(text(`${d.id}.json`));
      expect(json.dictionary.at(-1).key).toBe(SAMPLE_COLUMN);
      for (const row of json.rows)
        expect(row[SAMPLE_COLUMN]).toBe(
          typeof row.nam === 'number' ? ctx.years.find((y) => y.year === row.nam)!.sample : d.sample,
        );
    },
  );

  it('the committed results are sample data, and the manifest names each sample file in a comment sha256sum -c skips', () => {
    expect(ctx.years.every((y) => y.sample)).toBe(true);
    const manifest = text(MANIFEST_NAME).split('\n');
    expect(manifest[0]).toMatch(/^# Dữ liệu minh họa/);
    for (const d of datasets(ctx).filter((x) => x.sample)) expect(manifest).toContain(`# ${d.id}.csv (minh họa)`);
  });

  it('chart datasets keep a plain title (lists and the feed add the mark once) and a marked description', () => {
    for (const d of datasets(ctx).filter((x) => x.id.startsWith('bieu-do-'))) {
      expect(d.sample).toBe(true);
      expect(d.title).not.toMatch(/minh họa/);
      expect(d.description).toMatch(/^Số liệu minh họa: /);
    }
  });

  it('each year file says in its description how much the rows lost', () => {
    for (const d of datasets(ctx).filter((x) => /^ket-qua-\d{4}$/.test(x.id)))
      expect(d.description).toMatch(
        /không có dòng riêng; \d+ ô gộp khoảng và \d+ ô để trống trên tổng số \d+ ô \(mất [\d,]+% thông tin\)/,
      );
  });

  it('real data carry false and no manifest comment', () => {
    const real = {
      ...ctx,
      years: ctx.years.map((y) => ({ ...y, sample: false })),
      rules: ctx.rules.map((r) => ({ ...r, illustrative: false })),
    };
    const all = datasetFiles(real, LICENCE);
    expect(new TextDecoder().decode(all.find((f) => f.name === MANIFEST_NAME)!.bytes)).not.toContain('#');
    for (const d of datasets(real)) expect(d.table.rows.every((r) => r[SAMPLE_COLUMN] === false)).toBe(true);
  });
});

describe('bao-ve-danh-tinh: the generalization and the loss per year and group', () => {
  const d = datasets(ctx).find((x) => x.id === 'bao-ve-danh-tinh')!;
  it('has one row per published group and year, consistent with the per-unit files', () => {
    const published = ctx.years.flatMap((y) =>
      y.groups.filter((g) => g.status === 'published').map((g) => `${y.year} ${g.group}`),
    );
    expect(d.table.rows.map((r) => `${r.nam} ${r.nhom}`)).toEqual(published);
    for (const r of d.table.rows) {
      const year = ctx.years.find((y) => y.year === r.nam)!;
      expect(year.units.filter((u) => u.group === r.nhom).length).toBe(r.so_dong_cong_bo);
      expect(Number(r.so_dong_cong_bo) + Number(r.so_dong_an)).toBe(r.so_don_vi);
      expect(Number(r.o_tong_quat_hoa) + Number(r.o_an)).toBeLessThanOrEqual(Number(r.so_o));
    }
  });
});

describe('toCsv', () => {
  it.each([
    [{ a: 'x, y' }, '"x, y"'],
    [{ a: 'say "hi"' }, '"say ""hi"""'],
    [{ a: null }, ''],
    [{ a: 12.5 }, '12.5'],
    [{ a: false }, 'false'],
  ])('%j', (row, cell) => {
    expect(toCsv({ columns: [{ key: 'a', label: 'A', description: '', type: 'text' }], rows: [row] })).toBe(
      `\uFEFFa\n${cell}\n`,
    );
  });
});
