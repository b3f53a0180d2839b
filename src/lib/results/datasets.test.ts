import { describe, expect, it } from 'vitest';
import { datasetFiles, datasets, MANIFEST_NAME, sha256Hex, toCsv } from './datasets';
import { loadGroups, loadRules, loadYears } from './load-data';

const ctx = { years: loadYears('data/results'), rules: loadRules('data/rules'), groups: loadGroups('data/unit-groups.json') };
const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

describe('open datasets', () => {
  const files = datasetFiles(ctx, LICENCE);

  it('every dataset has a CSV and a JSON, and the manifest hashes each exact file', () => {
    const manifest = new TextDecoder().decode(files.find((f) => f.name === MANIFEST_NAME)!.bytes).trim().split('\n');
    const others = files.filter((f) => f.name !== MANIFEST_NAME);
    expect(others.length).toBe(datasets(ctx).length * 2);
    expect(manifest).toEqual(others.map((f) => `${sha256Hex(f.bytes)}  ${f.name}`));
  });

  it('is deterministic: two runs give identical bytes', () => {
    const again = datasetFiles(ctx, LICENCE);
    expect(again.map((f) => sha256Hex(f.bytes))).toEqual(files.map((f) => sha256Hex(f.bytes)));
  });

  it('JSON carries the dictionary, licence and last update from the data', () => {
    const json = JSON.parse(new TextDecoder().decode(files.find((f) => f.name === 'ket-qua-2025.json')!.bytes));
    expect(json).toMatchObject({ dataset: 'ket-qua-2025', updated: ctx.years.at(-1)!.published, licence: LICENCE, sample: true });
    expect(json.dictionary.map((d: { key: string }) => d.key)).toEqual(['ma_an_danh', 'nhom', 'dung_han', 'tu_cham', 'tham_dinh', 'xep_loai', 'TC1', 'TC2', 'TC3', 'TC4', 'TC5', 'TC6', 'TC7']);
    expect(json.dictionary.every((d: { description: string }) => d.description.length > 5)).toBe(true);
  });

  it('suppressed groups appear in the summary with no figure', () => {
    const summary = datasets(ctx).find((d) => d.id === 'tong-hop-theo-nhom')!;
    const hidden = summary.table.rows.filter((r) => r.trang_thai === 'an');
    expect(hidden.length).toBeGreaterThan(0);
    for (const r of hidden) expect([r.so_don_vi, r.tu_cham_tb, r.tham_dinh_tb, r.chenh_lech_tb, r.ty_le_dung_han]).toEqual([null, null, null, null, null]);
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
    expect(toCsv({ columns: [{ key: 'a', label: 'A', description: '', type: 'text' }], rows: [row] })).toBe(`\uFEFFa\n${cell}\n`);
  });
});
