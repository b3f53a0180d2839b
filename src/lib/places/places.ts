/**
 * Places (địa bàn) are data, in data/dia-ban.yaml, with the dates each was valid. Until 30/6/2025
 * Hưng Yên had districts (huyện, thị xã, thành phố); on 1/7/2025 the district level ended and the
 * province, merged with Thái Bình, is made of communes and wards. A story names the place as it
 * was at the time; these helpers find it and say what it belongs to now.
 */
import { slugifyVi } from '../fold-vi';

export const PLACE_KINDS = ['tinh', 'thanh-pho', 'thi-xa', 'huyen', 'xa', 'phuong'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Place {
  /** ASCII key, `slugifyVi(name)`; used in front matter and URLs. */
  id: string;
  /** Full name as written, with its kind: "huyện Khoái Châu". */
  name: string;
  kind: PlaceKind;
  /** First day it existed under this name (ISO), when within the period the site covers. */
  validFrom?: string | undefined;
  /** Last day it existed (ISO); absent while it still exists. */
  validTo?: string | undefined;
  /** The place that covers its territory today, for places that no longer exist. */
  nowPartOf?: string | undefined;
  /** A short note for readers (e.g. where the fact comes from). */
  note?: string | undefined;
}

/**
 * Whether a place existed at some time during a calendar year.
 *
 * @example
 * validInYear({ id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30' }, 2025) // true
 * validInYear({ id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30' }, 2026) // false
 */
export function validInYear(place: Place, year: number): boolean {
  const from = place.validFrom ? Number(place.validFrom.slice(0, 4)) : -Infinity;
  const to = place.validTo ? Number(place.validTo.slice(0, 4)) : Infinity;
  return year >= from && year <= to;
}

/**
 * The place a staff member meant: its id, its full name or its short name ("Khoái Châu"), with or
 * without tone marks. `undefined` when nothing matches or the short name is ambiguous.
 *
 * @example
 * findPlace('Khoái Châu', [{ id: 'huyen-khoai-chau', name: 'huyện Khoái Châu', kind: 'huyen' }])?.id // 'huyen-khoai-chau'
 */
export function findPlace(value: string, places: readonly Place[]): Place | undefined {
  const slug = slugifyVi(value);
  const exact = places.find((p) => p.id === slug || slugifyVi(p.name) === slug);
  if (exact) return exact;
  const byShortName = places.filter((p) => slugifyVi(shortName(p)) === slug);
  return byShortName.length === 1 ? byShortName[0] : undefined;
}

/**
 * The name without its kind, for compact labels: "huyện Khoái Châu" → "Khoái Châu".
 *
 * @example
 * shortName({ id: 'thi-xa-my-hao', name: 'thị xã Mỹ Hào', kind: 'thi-xa' }) // 'Mỹ Hào'
 */
export function shortName(place: Place): string {
  return place.name.replace(/^(tỉnh|thành phố|thị xã|huyện|xã|phường)\s+/iu, '');
}

/**
 * The place a former place belongs to now, following `nowPartOf`; `undefined` if it still exists.
 *
 * @example
 * const places = [
 *   { id: 'tinh-hung-yen', name: 'tỉnh Hưng Yên', kind: 'tinh' },
 *   { id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30', nowPartOf: 'tinh-hung-yen' },
 * ] as const;
 * placeNow(places[1], places)?.name // 'tỉnh Hưng Yên'
 */
export function placeNow(place: Place, places: readonly Place[]): Place | undefined {
  let current: Place | undefined = place;
  const seen = new Set<string>();
  while (current?.validTo && current.nowPartOf && !seen.has(current.id)) {
    seen.add(current.id);
    current = places.find((p) => p.id === current!.nowPartOf);
  }
  return current === place ? undefined : current;
}
