import { describe, expect, it } from 'vitest';
import { displayTitle } from './display-title';

describe('displayTitle', () => {
  it.each([
    [
      'CHỈ THỊ Về việc tiếp tục tăng cường và đổi mới công tác dân vận',
      'Chỉ thị về việc tiếp tục tăng cường và đổi mới công tác dân vận',
    ],
    ['QUYẾT ĐỊNH Ban hành quy chế', 'Quyết định ban hành quy chế'],
    ['  CHỈ THỊ   Về việc A ', 'Chỉ thị về việc A'],
    ['Tổ hòa giải khu phố giữ tình làng nghĩa xóm', 'Tổ hòa giải khu phố giữ tình làng nghĩa xóm'],
    ['Kết quả đánh giá năm 2024', 'Kết quả đánh giá năm 2024'],
    ['UBND tỉnh Hưng Yên', 'UBND tỉnh Hưng Yên'],
    ['CHỈ THỊ', 'CHỈ THỊ'],
  ])('%j → %j', (title, expected) => {
    expect(displayTitle(title)).toBe(expected);
  });
});
