import { describe, expect, it } from 'vitest';
import { searchJobs } from './search-jobs';

const kinds = { directive: 'Chỉ thị', results: 'Kết quả' };
const terms = (q: string, filters: Record<string, string> = {}, dWords?: string[]) =>
  searchJobs(q, filters, kinds, dWords).map((j) => [j.term, j.filters['kind'] ?? '', j.boost]);

describe('searchJobs', () => {
  it.each<[string, Array<[string, string, number]>]>([
    [
      'hoa giai',
      [
        ['hoa giai', '', 0],
        ['"hoa giai"', '', 0],
      ],
    ],
    ['camera', [['camera', '', 0]]],
    [
      'diem 8',
      [
        ['diem 8', '', 0],
        ['"diem 8"', '', 0],
        ['điem 8', '', 0],
        ['"điem 8"', '', 0],
        ['"điểm 8"', 'Chỉ thị', 2],
      ],
    ],
    [
      'ket qua 2024',
      [
        ['ket qua 2024', '', 0],
        ['"ket qua 2024"', '', 0],
        ['ket qua 2024', 'Kết quả', 1],
      ],
    ],
    [
      '21/02',
      [
        ['21 tháng 02', '', 0],
        ['"21 tháng 02"', '', 0],
        ['"21 tháng 02"', 'Chỉ thị', 2],
        ['"21 tháng 02"', '', 1],
        ['"21 tháng 2"', 'Chỉ thị', 2],
        ['"21 tháng 2"', '', 1],
        ['"21/02"', 'Chỉ thị', 2],
        ['"21/02"', '', 1],
        ['"21/2"', 'Chỉ thị', 2],
        ['"21/2"', '', 1],
      ],
    ],
  ])('%s', (q, expected) => expect(terms(q)).toEqual(expected));

  it("keeps the reader's kind for the intents' searches", () => {
    expect(new Set(terms('diem 8', { kind: 'Trang' }).map(([, kind]) => kind))).toEqual(new Set(['Trang']));
  });

  it('tries a d-word only in the forms the index has', () => {
    expect(terms('dao duc', {}, ['đao', 'đuc']).map(([t]) => t)).toEqual(['đao đuc', '"đao đuc"']);
  });
});
