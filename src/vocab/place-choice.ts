/**
 * What the checker and the build tell staff when a story's `place` is not right: an unknown or
 * ambiguous name gets the closest names (tone-less input included), a place that did not exist in
 * the story's year gets the places that did. Each function returns the problem part of a message
 * (`invalidMessage('place', …)` adds the field and "Cách sửa"). Vietnamese, for staff: the words
 * live in src/i18n/vi.json (`schema.place.`); the kinds' names below are vocabulary.
 */
import { t } from '../i18n/t';
import { formatDateShortVi } from './format-date-vi';
import { closestPlaces, placeCandidates, placesValidInYear, type Place, type PlaceKind } from './places';

/** Where staff find the list (load-places.ts reads it; this module stays free of node:fs). */
const PLACES_FILE_NAME = 'data/dia-ban.yaml';

/** How many valid places a message lists in full before it counts them instead. */
const LIST_IN_FULL = 15;

const KIND_LABEL: Record<PlaceKind, string> = {
  tinh: 'tỉnh',
  'thanh-pho': 'thành phố',
  'thi-xa': 'thị xã',
  huyen: 'huyện',
  xa: 'xã',
  phuong: 'phường',
};

/**
 * A place as staff should write it, with its id and its dates: `phường Phố Hiến (mã phuong-pho-hien, từ 01/07/2025)`.
 *
 * @example
 * placeLabel({ id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30' }) // 'huyện Ân Thi (mã huyen-an-thi, đến 30/06/2025)'
 */
export function placeLabel(place: Place): string {
  const dates = [
    place.validFrom && t('schema.place.from', { date: formatDateShortVi(place.validFrom) }),
    place.validTo && t('schema.place.to', { date: formatDateShortVi(place.validTo) }),
  ].filter(Boolean);
  return t('schema.place.label', { name: place.name, id: place.id, dates: dates.length ? `, ${dates.join(' ')}` : '' });
}

/**
 * The problem with a `place` value that names no single place: ambiguous short name, or unknown
 * with the closest names; `undefined` when the value names exactly one place.
 *
 * @example
 * unknownPlaceProblem('phuong pho hein', places) // 'có giá trị "phuong pho hein" không có trong …; tên gần nhất: phường Phố Hiến (mã phuong-pho-hien, từ 01/07/2025)'
 */
export function unknownPlaceProblem(value: string, places: readonly Place[]): string | undefined {
  const candidates = placeCandidates(value, places);
  if (candidates.length === 1) return undefined;
  if (candidates.length > 1) {
    return t('schema.place.ambiguous', { value, candidates: candidates.map(placeLabel).join('; ') });
  }
  const closest = closestPlaces(value, places);
  const hint = closest.length
    ? t('schema.place.closest', { names: closest.map(placeLabel).join('; ') })
    : t('schema.place.noClosest', { file: PLACES_FILE_NAME });
  return t('schema.place.unknown', { value, file: PLACES_FILE_NAME, hint });
}

/**
 * The problem with a place that did not exist in the story's year: its dates, the places that were
 * valid that year (in full when few, else counted), and those with the closest name. Names are
 * compared by spelling only: a suggestion never says which old unit went where.
 *
 * @example
 * outOfYearProblem(xaPhoHien, 2024, places) // 'là phường Phố Hiến, đơn vị này chỉ có từ ngày 01/07/2025 nên không khớp với năm 2024; năm 2024 ghi được: tỉnh Hưng Yên, …'
 */
export function outOfYearProblem(place: Place, year: number, places: readonly Place[]): string {
  const span = place.validTo
    ? t('schema.place.until', { date: formatDateShortVi(place.validTo) })
    : t('schema.place.since', { date: formatDateShortVi(place.validFrom ?? `${year}-01-01`) });
  const valid = placesValidInYear(places, year);
  const nearest = closestPlaces(place.name, valid, { maxDistance: 1 }).filter((p) => p.id !== place.id);
  const near = nearest.length ? t('schema.place.near', { names: nearest.map(placeLabel).join('; ') }) : '';
  return t('schema.place.outOfYear', { name: place.name, span, year, choices: describeChoices(valid), near });
}

/**
 * The places of a list, named when few, else the undated ones named and the rest counted by kind.
 *
 * @example
 * describeChoices([{ id: 'tinh-hung-yen', name: 'tỉnh Hưng Yên', kind: 'tinh' }]) // 'tỉnh Hưng Yên'
 */
export function describeChoices(valid: readonly Place[]): string {
  if (valid.length === 0) return t('schema.place.noneValid', { file: PLACES_FILE_NAME });
  if (valid.length <= LIST_IN_FULL) return valid.map((p) => p.name).join(', ');
  const named = valid.filter((p) => !p.validFrom && !p.validTo);
  const rest = valid.filter((p) => p.validFrom || p.validTo);
  const kinds = (Object.keys(KIND_LABEL) as PlaceKind[])
    .filter((k) => rest.some((p) => p.kind === k))
    .map((k) => KIND_LABEL[k])
    .join(', ');
  const parts = [...named.map((p) => p.name), `${rest.length} ${kinds}`];
  return t('schema.place.choices', { choices: parts.join(t('schema.place.orOneOf')), file: PLACES_FILE_NAME });
}
