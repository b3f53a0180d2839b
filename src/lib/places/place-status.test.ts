import { describe, expect, it } from 'vitest';
import { readPlaces } from './load-places-fs';
import { districtLevelEndedOn, placeStatus } from './place-status';
import type { Place } from '../../vocab/places';

const places: Place[] = [
  { id: 'tinh-hung-yen', name: 'tỉnh Hưng Yên', kind: 'tinh' },
  { id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30', nowPartOf: 'tinh-hung-yen' },
  { id: 'thi-xa-my-hao', name: 'thị xã Mỹ Hào', kind: 'thi-xa', validTo: '2025-06-30', nowPartOf: 'tinh-hung-yen' },
  { id: 'xa-cu', name: 'xã Cũ', kind: 'xa', validTo: '2019-12-31', nowPartOf: 'xa-moi' },
  { id: 'xa-moi', name: 'xã Mới', kind: 'xa', validFrom: '2020-01-01' },
  { id: 'phuong-pho-hien', code: '11953', name: 'phường Phố Hiến', kind: 'phuong', validFrom: '2025-07-01' },
  { id: 'xa-yen-my', code: '12073', name: 'xã Yên Mỹ', kind: 'xa', validFrom: '2025-07-01' },
];

describe('placeStatus', () => {
  it.each([
    // A former district says the district level ended, not "nay thuộc tỉnh Hưng Yên".
    ['huyen-an-thi', { kind: 'district-ended', endedOn: '2025-07-01' }],
    ['thi-xa-my-hao', { kind: 'district-ended', endedOn: '2025-07-01' }],
    ['phuong-pho-hien', { kind: 'unit-since', since: '2025-07-01', code: '11953' }],
    // Two units created that day plus xã Mới: the province counts the xã and phường that exist now.
    ['tinh-hung-yen', { kind: 'province', districtLevelEndedOn: '2025-07-01', units: 3 }],
    ['xa-cu', { kind: 'ended', endedOn: '2020-01-01', now: places[4] }],
    ['xa-moi', undefined],
  ])('%s → %j', (id, status) =>
    expect(
      placeStatus(
        places.find((p) => p.id === id)!,
        places,
      ),
    ).toEqual(status),
  );

  it('without district-level places there is no date to state', () => {
    expect(districtLevelEndedOn(places.filter((p) => p.kind !== 'huyen' && p.kind !== 'thi-xa'))).toBeUndefined();
    expect(placeStatus(places[0]!, [places[0]!])).toBeUndefined();
  });

  it('the shipped list: the district level ended on 01/07/2025 and the province has 104 xã and phường', () => {
    const shipped = readPlaces().places;
    expect(districtLevelEndedOn(shipped)).toBe('2025-07-01');
    expect(
      placeStatus(
        shipped.find((p) => p.id === 'tinh-hung-yen')!,
        shipped,
      ),
    ).toEqual({ kind: 'province', districtLevelEndedOn: '2025-07-01', units: 104 });
  });
});
