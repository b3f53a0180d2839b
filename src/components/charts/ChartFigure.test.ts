import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../lib/results/figures';
import ChartFigure from './ChartFigure.astro';
import DataTable from './DataTable.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const FIGURE: Figure = {
  id: 'vi-du-2025',
  year: 2025,
  title: 'Ví dụ biểu đồ',
  takeaway: 'Năm 2025, một câu tóm tắt tính từ số liệu.',
  note: 'Chỉ tính trên các nhóm được công bố.',
  table: {
    columns: [
      { key: 'nhom', label: 'Nhóm', description: 'd', type: 'text' },
      { key: 'diem', label: 'Điểm', description: 'd', type: 'number', format: 'score' },
      { key: 'ghi_chu', label: 'Ghi chú', description: 'd', type: 'text' },
    ],
    rows: [
      { nhom: 'Sở, ban, ngành tỉnh', diem: 82.75, ghi_chu: null },
      { nhom: 'Doanh nghiệp có vốn nhà nước', diem: null, ghi_chu: 'Ẩn để bảo vệ danh tính: nhóm dưới 5 đơn vị' },
    ],
  },
  chart: {
    kind: 'bar',
    labels: ['Sở, ban, ngành tỉnh'],
    series: [{ label: 'Điểm', values: [82.75] }],
    unit: 'score',
    min: 0,
    max: 100,
    xTitle: 'Nhóm',
    yTitle: 'Điểm',
  },
};

describe('ChartFigure: named examples', () => {
  it.each([
    [
      'a figure with caption, takeaway, table, downloads and permalink',
      { figure: FIGURE },
      [
        'id="vi-du-2025"',
        '<figcaption',
        'Ví dụ biểu đồ',
        'Năm 2025, một câu tóm tắt tính từ số liệu.',
        '>Sở, ban, ngành tỉnh</th>',
        '82,75',
        'Ẩn để bảo vệ danh tính: nhóm dưới 5 đơn vị',
        'href="/du-lieu/bieu-do-vi-du-2025.csv"',
        'href="/du-lieu/bieu-do-vi-du-2025.json"',
        'href="#vi-du-2025"',
        'role="img" aria-label="Biểu đồ: Ví dụ biểu đồ. Số liệu đầy đủ ở bảng bên dưới."',
      ],
    ],
    ['with its embed page', { figure: FIGURE }, ['href="/nhung/bieu-do/vi-du-2025/"', 'Nhúng biểu đồ']],
    ['as a top-level section', { figure: FIGURE, level: 2 }, ['<h2 id="vi-du-2025-tieu-de"']],
  ])('%s', async (_name, props, expected) => {
    const html = await container.renderToString(ChartFigure, { props });
    for (const text of expected) expect(html).toContain(text);
  });

  it('draws its chart at build time, once for a phone and once for wider screens, with no script', async () => {
    const html = await container.renderToString(ChartFigure, { props: { figure: FIGURE } });
    expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(2);
    expect(html).toContain('data-value="82.75"');
    expect(html).not.toMatch(/<script|<canvas|\sstyle=/);
  });

  it('has no embed link inside its own embed page', async () => {
    const html = await container.renderToString(ChartFigure, { props: { figure: FIGURE, embeddable: false } });
    expect(html).not.toContain('/nhung/');
  });

  it.each([
    [
      'an id that is not a URL fragment',
      { figure: { ...FIGURE, id: 'Xếp loại' } },
      /must be a URL fragment.*got "Xếp loại"/,
    ],
  ])('refuses %s', async (_name, props, message) => {
    await expect(container.renderToString(ChartFigure, { props })).rejects.toThrow(message);
  });
});

describe('DataTable', () => {
  it('keeps tables of figures out of the search index and leaves the note cell blank when there is no note', async () => {
    const html = await container.renderToString(DataTable, { props: { table: FIGURE.table, caption: 'Bảng' } });
    expect(html).toContain('data-pagefind-ignore="all"');
    expect(html).toMatch(/<td[^>]*><\/td>/);
  });
  it('refuses a table without columns', async () => {
    await expect(
      container.renderToString(DataTable, { props: { table: { columns: [], rows: [] }, caption: 'Bảng' } }),
    ).rejects.toThrow(/expected at least one column/);
  });
});
