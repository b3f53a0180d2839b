import { describe, expect, it } from 'vitest';
import { updateItems } from './updates';

describe('updateItems', () => {
  const items = updateItems({
    years: [
      { year: 2023, published: '2023-12-20', sample: true },
      { year: 2024, published: '2024-12-18', sample: false },
    ],
    datasets: [
      { id: 'ket-qua-2024', title: 'Kết quả 2024', description: 'd', updated: '2024-12-18', sample: false },
      { id: 'bieu-do-xep-loai-2023', title: 'Xếp loại 2023', description: 'd', updated: '2023-12-20', sample: true },
    ],
  });

  it('lists results years and datasets, newest first, with stable order', () => {
    expect(items.map((i) => [i.date, i.path])).toEqual([
      ['2024-12-18', '/du-lieu/#ds-ket-qua-2024'],
      ['2024-12-18', '/ket-qua/2024/'],
      ['2023-12-20', '/du-lieu/#bieu-do'],
      ['2023-12-20', '/ket-qua/2023/'],
    ]);
  });

  it('marks sample data in the title', () => {
    expect(items.find((i) => i.path === '/ket-qua/2023/')!.title).toBe(
      'Kết quả đánh giá công tác dân vận năm 2023 (Dữ liệu minh họa)',
    );
    expect(items.find((i) => i.path === '/ket-qua/2024/')!.title).toBe('Kết quả đánh giá công tác dân vận năm 2024');
  });
});
