/**
 * What a place page and a story's facts say about a place's dates, from the data alone: a former
 * district that the district level ended for, a commune-level unit that exists since that day, or
 * the province with its units. Never which old unit went where: the data does not hold it.
 */
import { endedOn, isDistrictLevel, type Place } from '../../vocab/places';

export type PlaceStatus =
  /** A huyện, thị xã or thành phố thuộc tỉnh: the district level ended on `endedOn`. */
  | { kind: 'district-ended'; endedOn: string }
  /** A commune-level unit (xã, phường) created on `since`, the day the district level ended. */
  | { kind: 'unit-since'; since: string; code?: string | undefined }
  /** The province: the district level ended on `districtLevelEndedOn`; `units` xã and phường exist now. */
  | { kind: 'province'; districtLevelEndedOn: string; units: number }
  /** Any other place that no longer exists, with what covers it now when the data says so. */
  | { kind: 'ended'; endedOn: string; now?: Place | undefined };

/**
 * The day the district level ended, from the data: the day after the last `validTo` of a
 * district-level place; `undefined` if the list has none.
 *
 * @example
 * districtLevelEndedOn([{ id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30' }]) // '2025-07-01'
 */
export function districtLevelEndedOn(places: readonly Place[]): string | undefined {
  return places
    .filter((p) => isDistrictLevel(p) && p.validTo)
    .map((p) => endedOn(p)!)
    .sort()
    .at(-1);
}

/**
 * The status of a place for readers; `undefined` when there is nothing to say about its dates.
 *
 * @example
 * placeStatus({ id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30' }, places) // { kind: 'district-ended', endedOn: '2025-07-01' }
 */
export function placeStatus(place: Place, places: readonly Place[]): PlaceStatus | undefined {
  const end = endedOn(place);
  if (end && isDistrictLevel(place)) return { kind: 'district-ended', endedOn: end };
  if (end) return { kind: 'ended', endedOn: end, now: places.find((p) => p.id === place.nowPartOf) };
  const levelEnded = districtLevelEndedOn(places);
  if ((place.kind === 'xa' || place.kind === 'phuong') && place.validFrom && place.validFrom === levelEnded) {
    return { kind: 'unit-since', since: place.validFrom, code: place.code };
  }
  if (place.kind === 'tinh' && levelEnded) {
    // Units that still exist (no end date): no clock is read, so two builds of one commit are identical.
    const units = places.filter((p) => (p.kind === 'xa' || p.kind === 'phuong') && !p.validTo).length;
    return { kind: 'province', districtLevelEndedOn: levelEnded, units };
  }
  return undefined;
}
