import { describe, expect, it } from 'vitest';
import { headingTarget } from './heading-target';

const SECTIONS = [
  { title: 'Mở đầu', url: '#mo-dau' },
  { title: 'Điểm 1: Dân vận là việc của cả bộ máy', url: '#diem-1' },
  { title: 'Điểm 6: Tiếp cận thông tin, tiếp dân, giải quyết đơn thư', url: '#diem-6' },
  { title: 'Tổ chức thực hiện', url: '#to-chuc-thuc-hien' },
  { title: 'Nơi nhận', url: '#noi-nhan' },
];

describe('headingTarget', () => {
  it.each<[string, number | null, string | null]>([
    ['diem 6', 6, '#diem-6'],
    ['khoản 1', 1, '#diem-1'],
    ['điểm 3', 3, null],
    ['to chuc thuc hien', null, '#to-chuc-thuc-hien'],
    ['Nơi nhận', null, '#noi-nhan'],
    ['tiep can thong tin', null, '#diem-6'],
    ['dan', null, null],
    ['thong', null, null],
    ['chuc thuc', null, '#to-chuc-thuc-hien'],
    ['hien', null, null],
  ])('%j (point %s) → %s', (q, point, url) => {
    expect(headingTarget(SECTIONS, q, point)?.url ?? null).toBe(url);
  });

  it('finds point 1, not point 10 or 12', () => {
    expect(
      headingTarget(
        [
          { title: 'Điểm 12: X', url: '#diem-12' },
          { title: 'Điểm 1: Y', url: '#diem-1' },
        ],
        'diem 1',
        1,
      )?.url,
    ).toBe('#diem-1');
  });
});
