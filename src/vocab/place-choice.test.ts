import { describe, expect, it } from 'vitest';
import { describeChoices, outOfYearProblem, placeLabel, unknownPlaceProblem } from './place-choice';
import type { Place } from './places';

const districts: Place[] = ['Văn Giang', 'Yên Mỹ', 'Ân Thi'].map((n) => ({
  id: `huyen-${n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, '-')}`,
  name: `huyện ${n}`,
  kind: 'huyen',
  validTo: '2025-06-30',
  nowPartOf: 'tinh-hung-yen',
}));
// Synthetic communes: 20 of them, so the 2026 choices are too many to list in full.
const communes: Place[] = [
  { id: 'phuong-pho-hien', code: '11953', name: 'phường Phố Hiến', kind: 'phuong', validFrom: '2025-07-01' },
  { id: 'xa-van-giang', code: '12019', name: 'xã Văn Giang', kind: 'xa', validFrom: '2025-07-01' },
  { id: 'xa-yen-my', code: '12073', name: 'xã Yên Mỹ', kind: 'xa', validFrom: '2025-07-01' },
  ...Array.from({ length: 17 }, (_, i): Place => ({
    id: `xa-thu-${i}`,
    code: String(20000 + i),
    name: `xã Thử ${i}`,
    kind: 'xa',
    validFrom: '2025-07-01',
  })),
];
const places: Place[] = [{ id: 'tinh-hung-yen', name: 'tỉnh Hưng Yên', kind: 'tinh' }, ...districts, ...communes];
const byId = (id: string) => places.find((p) => p.id === id)!;

describe('unknownPlaceProblem', () => {
  it.each([
    ['phuong pho hien', undefined],
    ['Phường Phố Hiến', undefined],
    [
      'phuong pho hein',
      /không có trong danh sách địa bàn.*tên gần nhất: phường Phố Hiến \(mã phuong-pho-hien, từ 01\/07\/2025\)/,
    ],
    ['Phuong Pho Hienn', /tên gần nhất: phường Phố Hiến/],
    [
      'Yên Mỹ',
      /nhiều địa bàn: huyện Yên Mỹ \(mã huyen-yen-my, đến 30\/06\/2025\); xã Yên Mỹ \(mã xa-yen-my, từ 01\/07\/2025\)/,
    ],
    ['zzzz', /hãy dùng đúng mã hoặc tên trong data\/dia-ban.yaml/],
  ])('%j → %s', (value, expected) => {
    const problem = unknownPlaceProblem(value, places);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe('outOfYearProblem', () => {
  it('a 2024 story naming a post-2025 commune is told every place valid in 2024', () => {
    const problem = outOfYearProblem(byId('phuong-pho-hien'), 2024, places);
    expect(problem).toMatch(/chỉ có từ ngày 01\/07\/2025 nên không khớp với năm 2024/);
    expect(problem).toContain('năm 2024 ghi được: tỉnh Hưng Yên, huyện Văn Giang, huyện Yên Mỹ, huyện Ân Thi');
    expect(problem.match(/ghi được: ([^.]*)\./)?.[1]).not.toMatch(/xã|phường/);
  });

  it('a 2026 story naming a former district is told the province, the count of units and a similar name', () => {
    const problem = outOfYearProblem(byId('huyen-van-giang'), 2026, places);
    expect(problem).toMatch(/chỉ tồn tại đến ngày 30\/06\/2025 nên không khớp với năm 2026/);
    expect(problem).toContain('tỉnh Hưng Yên hoặc một trong 20 xã, phường (danh sách trong data/dia-ban.yaml)');
    expect(problem).toContain('tên gần giống (chỉ giống về chữ): xã Văn Giang (mã xa-van-giang, từ 01/07/2025)');
    // Never a claim of where the old district went.
    expect(problem).not.toMatch(/nay là|sáp nhập vào|thuộc xã/);
  });

  it('no similar name, no suggestion', () => {
    expect(outOfYearProblem(byId('huyen-an-thi'), 2026, places)).not.toContain('tên gần giống');
  });
});

describe('placeLabel and describeChoices', () => {
  it.each([
    ['tinh-hung-yen', 'tỉnh Hưng Yên (mã tinh-hung-yen)'],
    ['huyen-an-thi', 'huyện Ân Thi (mã huyen-an-thi, đến 30/06/2025)'],
    ['xa-yen-my', 'xã Yên Mỹ (mã xa-yen-my, từ 01/07/2025)'],
  ])('%s → %s', (id, label) => expect(placeLabel(byId(id))).toBe(label));

  it.each([
    [[], /không có địa bàn nào/],
    [places.slice(0, 2), /^tỉnh Hưng Yên, huyện Văn Giang$/],
  ])('describeChoices(%#)', (list, expected) => expect(describeChoices(list)).toMatch(expected));
});
