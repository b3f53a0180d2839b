import { describe, expect, it } from 'vitest';
import { validatePlaces, readPlaces } from './load-places-fs';
import {
  closestPlaces,
  endedOn,
  findPlace,
  isDistrictLevel,
  placeCandidates,
  placeNow,
  placesValidInYear,
  shortName,
  validInYear,
  type Place,
} from '../../vocab/places';

const places: Place[] = [
  { id: 'tinh-hung-yen', name: 'tỉnh Hưng Yên', kind: 'tinh' },
  { id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30', nowPartOf: 'tinh-hung-yen' },
  { id: 'xa-moi', name: 'xã Mới', kind: 'xa', validFrom: '2025-07-01' },
];

const more: Place[] = [
  ...places,
  { id: 'huyen-yen-my', name: 'huyện Yên Mỹ', kind: 'huyen', validTo: '2025-06-30', nowPartOf: 'tinh-hung-yen' },
  { id: 'xa-yen-my', code: '12073', name: 'xã Yên Mỹ', kind: 'xa', validFrom: '2025-07-01' },
  { id: 'phuong-pho-hien', code: '11953', name: 'phường Phố Hiến', kind: 'phuong', validFrom: '2025-07-01' },
];

describe('places', () => {
  it.each([
    ['huyen-an-thi', 2024, true],
    ['huyen-an-thi', 2025, true],
    ['huyen-an-thi', 2026, false],
    ['xa-moi', 2024, false],
    ['xa-moi', 2025, true],
    ['tinh-hung-yen', 2022, true],
  ])('%s valid in %i: %s', (id, year, valid) =>
    expect(
      validInYear(
        places.find((p) => p.id === id)!,
        year,
      ),
    ).toBe(valid),
  );

  it.each([
    ['huyen-an-thi', 'huyen-an-thi'],
    ['huyện Ân Thi', 'huyen-an-thi'],
    ['An Thi', 'huyen-an-thi'],
    ['Hưng Yên', 'tinh-hung-yen'],
    ['Kim Động', undefined],
  ])('findPlace(%s) → %s', (value, id) => expect(findPlace(value, places)?.id).toBe(id));

  it.each([
    ['phuong pho hien', ['phuong-pho-hien']],
    ['Phường Phố Hiến', ['phuong-pho-hien']],
    ['PHƯỜNG PHỐ HIẾN', ['phuong-pho-hien']],
    ['Phố Hiến', ['phuong-pho-hien']],
    ['Yên Mỹ', ['huyen-yen-my', 'xa-yen-my']],
    ['xa yen my', ['xa-yen-my']],
    ['', []],
  ])('placeCandidates(%j) → %j', (value, ids) => expect(placeCandidates(value, more).map((p) => p.id)).toEqual(ids));

  it.each([
    ['phuong pho hein', {}, ['phuong-pho-hien']],
    ['phường Phó Hiền', {}, ['phuong-pho-hien']],
    ['pho hien', {}, ['phuong-pho-hien']],
    ['huyện Yên Mỹ', { maxDistance: 1 }, ['huyen-yen-my', 'xa-yen-my']],
    ['hoàn toàn khác', {}, []],
  ])('closestPlaces(%j, %j) → %j', (value, options, ids) =>
    expect(closestPlaces(value, more, options).map((p) => p.id)).toEqual(ids),
  );

  it.each([
    ['2025-06-30', '2025-07-01'],
    ['2024-12-31', '2025-01-01'],
    ['2024-02-28', '2024-02-29'],
  ])('endedOn(validTo %s) is %s', (validTo, day) => expect(endedOn({ validTo })).toBe(day));

  it('says what a former district belongs to now', () => {
    expect(placeNow(places[1]!, places)?.id).toBe('tinh-hung-yen');
    expect(placeNow(places[0]!, places)).toBeUndefined();
    expect(shortName(places[1]!)).toBe('Ân Thi');
  });
});

describe('validatePlaces', () => {
  it.each([
    [[{ id: 'a', name: 'xã A', kind: 'lang' }], /"kind"/],
    [[{ id: 'A B', name: 'xã A', kind: 'xa' }], /chỉ gồm chữ thường/],
    [[{ id: 'a', name: 'xã A', kind: 'xa', validTo: '2025-02-30' }], /ngày có thật/],
    [[{ id: 'a', name: 'xã A', kind: 'xa', nowPartOf: 'b' }], /không có địa bàn nào mang mã đó/],
    [
      [
        { id: 'a', name: 'xã A', kind: 'xa' },
        { id: 'a', name: 'xã A', kind: 'xa' },
      ],
      /bị trùng/,
    ],
    [[{ id: 'a', name: 'xã A', kind: 'xa', ten: 'x' }], /Không có trường "ten"/],
    [[{ id: 'a', name: 'xã A', kind: 'xa', code: 11953 }], /ngoặc kép/],
    [[{ id: 'a', name: 'xã A', kind: 'xa', code: '1195' }], /5 chữ số/],
    [
      [
        { id: 'a', name: 'xã A', kind: 'xa', code: '11953' },
        { id: 'b', name: 'xã B', kind: 'xa', code: '11953' },
      ],
      /"11953".*trùng với "a"/,
    ],
    [{ id: 'a' }, /danh sách/],
  ])('%j is refused in Vietnamese', (raw, message) => {
    const { problems } = validatePlaces(raw, 'data/dia-ban.yaml');
    expect(problems.join('\n')).toMatch(message);
    expect(problems.join('\n')).toContain('data/dia-ban.yaml');
  });

  it('the shipped places file is valid: the province, 10 former districts, 104 units from 01/07/2025', () => {
    const { places: shipped, problems } = readPlaces();
    expect(problems).toEqual([]);
    expect(shipped.filter((p) => p.validTo === '2025-06-30').length).toBe(10);
    expect(shipped.filter((p) => p.validTo === '2025-06-30').every(isDistrictLevel)).toBe(true);
    const units = shipped.filter((p) => p.validFrom === '2025-07-01');
    // 93 xã and 11 phường (../shared/source/NOTES.md), each with its own 5-digit official code.
    expect(units.length).toBe(104);
    expect(units.filter((p) => p.kind === 'xa').length).toBe(93);
    expect(units.filter((p) => p.kind === 'phuong').length).toBe(11);
    expect(new Set(units.map((p) => p.code)).size).toBe(104);
    expect(units.every((p) => /^\d{5}$/.test(p.code ?? '') && !p.validTo && !p.nowPartOf)).toBe(true);
    expect(
      units.every(
        (p) => p.name === `${p.kind === 'xa' ? 'xã' : 'phường'} ${shortName(p)}` && p.name === p.name.normalize('NFC'),
      ),
    ).toBe(true);
    // A 2026 story has the province and the 104 units to choose from; a 2024 story the 11 others.
    expect(placesValidInYear(shipped, 2026).length).toBe(105);
    expect(placesValidInYear(shipped, 2024).length).toBe(11);
    expect(findPlace('phuong pho hien', shipped)?.code).toBe('11953');
  });
});
