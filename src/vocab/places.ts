/**
 * Places (địa bàn) are data, in data/dia-ban.yaml, with the dates each was valid. Until 30/6/2025
 * Hưng Yên had districts (huyện, thị xã, thành phố); on 1/7/2025 the district level ended and the
 * province, merged with Thái Bình, is made of communes and wards. A story names the place as it
 * was at the time; these helpers find it and say what it belongs to now.
 */
import { slugifyVi } from './fold-vi';

export const PLACE_KINDS = ['tinh', 'thanh-pho', 'thi-xa', 'huyen', 'xa', 'phuong'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Place {
  /** ASCII key, `slugifyVi(name)`; used in front matter and URLs. */
  id: string;
  /** Official 5-digit administrative code (Danh mục hành chính), when the source gives it. */
  code?: string | undefined;
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
 * Every place a staff member may have meant: the one whose id or full name it is (with or without
 * tone marks), else every place with that short name ("Yên Mỹ" is both a former district and a
 * commune since 01/7/2025).
 *
 * @example
 * placeCandidates('phuong pho hien', [{ id: 'phuong-pho-hien', name: 'phường Phố Hiến', kind: 'phuong' }]).map((p) => p.id) // ['phuong-pho-hien']
 */
export function placeCandidates(value: string, places: readonly Place[]): Place[] {
  const slug = slugifyVi(value);
  if (!slug) return [];
  const exact = places.find((p) => p.id === slug || slugifyVi(p.name) === slug);
  if (exact) return [exact];
  return places.filter((p) => slugifyVi(shortName(p)) === slug);
}

/**
 * The place a staff member meant: its id, its full name or its short name ("Khoái Châu"), with or
 * without tone marks. `undefined` when nothing matches or the short name is ambiguous.
 *
 * @example
 * findPlace('Khoái Châu', [{ id: 'huyen-khoai-chau', name: 'huyện Khoái Châu', kind: 'huyen' }])?.id // 'huyen-khoai-chau'
 */
export function findPlace(value: string, places: readonly Place[]): Place | undefined {
  const candidates = placeCandidates(value, places);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Places whose name is closest to what was typed, tone marks and case ignored: the best `n` within
 * a few typing slips (or `maxDistance` letters), nearest first. A suggestion by spelling only, never a claim that one place
 * became another.
 *
 * @example
 * closestPlaces('phuong pho hein', [{ id: 'phuong-pho-hien', name: 'phường Phố Hiến', kind: 'phuong' }]).map((p) => p.id) // ['phuong-pho-hien']
 */
export function closestPlaces(
  value: string,
  places: readonly Place[],
  { n = 3, maxDistance }: { n?: number; maxDistance?: number } = {},
): Place[] {
  const typed = slugifyVi(value);
  if (!typed) return [];
  const typedShort = slugifyVi(
    value.replace(/^(tỉnh|tinh|thành phố|thanh pho|thị xã|thi xa|huyện|huyen|xã|xa|phường|phuong)[\s-]+/iu, ''),
  );
  const scored = places.map((place) => {
    const full = editDistance(typed, slugifyVi(place.name));
    const short = editDistance(typedShort, slugifyVi(shortName(place)));
    return { place, d: Math.min(full, short), len: Math.max(typedShort.length, 1) };
  });
  return scored
    .filter(({ d, len }) => d <= (maxDistance ?? Math.max(2, Math.floor(len / 3))))
    .sort((a, b) => a.d - b.d || a.place.name.localeCompare(b.place.name, 'vi'))
    .slice(0, n)
    .map(({ place }) => place);
}

/**
 * The places that existed at some time during a year, in the file's order.
 *
 * @example
 * placesValidInYear([{ id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30' }], 2026) // []
 */
export function placesValidInYear(places: readonly Place[], year: number): Place[] {
  return places.filter((p) => validInYear(p, year));
}

/** District-level kinds: the level that ended on 01/7/2025. */
export const DISTRICT_KINDS: readonly PlaceKind[] = ['thanh-pho', 'thi-xa', 'huyen'];

/**
 * Whether a place is a district-level unit (huyện, thị xã, thành phố thuộc tỉnh).
 *
 * @example
 * isDistrictLevel({ id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen' }) // true
 */
export function isDistrictLevel(place: Pick<Place, 'kind'>): boolean {
  return DISTRICT_KINDS.includes(place.kind);
}

/**
 * The first day a place no longer existed (the day after `validTo`, ISO); `undefined` while it exists.
 *
 * @example
 * endedOn({ id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30' }) // '2025-07-01'
 */
export function endedOn(place: Pick<Place, 'validTo'>): string | undefined {
  if (!place.validTo) return undefined;
  const [y, m, d] = place.validTo.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Levenshtein distance between two short strings. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
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
