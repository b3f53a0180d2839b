import { describe, expect, it } from 'vitest';
import { validatePlaces, readPlaces } from './load-places';
import { findPlace, placeNow, shortName, validInYear, type Place } from './places';

const places: Place[] = [
  { id: 'tinh-hung-yen', name: 'tỉnh Hưng Yên', kind: 'tinh' },
  { id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30', nowPartOf: 'tinh-hung-yen' },
  { id: 'xa-moi', name: 'xã Mới', kind: 'xa', validFrom: '2025-07-01' },
];

describe('places', () => {
  it.each([
    ['huyen-an-thi', 2024, true],
    ['huyen-an-thi', 2025, true],
    ['huyen-an-thi', 2026, false],
    ['xa-moi', 2024, false],
    ['xa-moi', 2025, true],
    ['tinh-hung-yen', 2022, true],
  ])('%s valid in %i: %s', (id, year, valid) => expect(validInYear(places.find((p) => p.id === id)!, year)).toBe(valid));

  it.each([
    ['huyen-an-thi', 'huyen-an-thi'],
    ['huyện Ân Thi', 'huyen-an-thi'],
    ['An Thi', 'huyen-an-thi'],
    ['Hưng Yên', 'tinh-hung-yen'],
    ['Kim Động', undefined],
  ])('findPlace(%s) → %s', (value, id) => expect(findPlace(value, places)?.id).toBe(id));

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
    [[{ id: 'a', name: 'xã A', kind: 'xa' }, { id: 'a', name: 'xã A', kind: 'xa' }], /bị trùng/],
    [[{ id: 'a', name: 'xã A', kind: 'xa', ten: 'x' }], /Không có trường "ten"/],
    [{ id: 'a' }, /danh sách/],
  ])('%j is refused in Vietnamese', (raw, message) => {
    const { problems } = validatePlaces(raw, 'data/dia-ban.yaml');
    expect(problems.join('\n')).toMatch(message);
    expect(problems.join('\n')).toContain('data/dia-ban.yaml');
  });

  it('the shipped places file is valid: 10 former districts and the province', () => {
    const { places: shipped, problems } = readPlaces();
    expect(problems).toEqual([]);
    expect(shipped.filter((p) => p.validTo === '2025-06-30').length).toBe(10);
  });
});
