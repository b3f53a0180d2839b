/**
 * Read and check data/dia-ban.yaml, synchronously: the content config needs the list before any
 * story is validated, and `npm run check` reads it the same way.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { placeSchema } from '../../schemas/place';
import type { Place } from '../../vocab/places';

export const PLACES_FILE = 'data/dia-ban.yaml';

export interface PlacesResult {
  places: Place[];
  /** Vietnamese messages naming the file, the entry and the field. */
  problems: string[];
}

/**
 * Validate already-parsed place data (a YAML list); pure, for tests.
 *
 * @example
 * validatePlaces([{ id: 'tinh-hung-yen', name: 'tỉnh Hưng Yên', kind: 'tinh' }], 'dia-ban.yaml').problems // []
 */
export function validatePlaces(raw: unknown, file: string): PlacesResult {
  if (!Array.isArray(raw)) {
    return { places: [], problems: [`${file}: tệp phải là một danh sách, mỗi địa bàn bắt đầu bằng “- id: …”.`] };
  }
  const places: Place[] = [];
  const problems: string[] = [];
  raw.forEach((entry, index) => {
    const where = `${file}, mục thứ ${index + 1}${entry && typeof entry === 'object' && 'id' in entry ? ` (${String((entry as { id: unknown }).id)})` : ''}`;
    const parsed = placeSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}: ${issue.message}`);
      return;
    }
    places.push(parsed.data);
  });
  const ids = new Set<string>();
  for (const place of places) {
    if (ids.has(place.id)) problems.push(`${file}: mã địa bàn "${place.id}" bị trùng; mỗi địa bàn cần một mã riêng.`);
    ids.add(place.id);
  }
  const codes = new Map<string, string>();
  for (const place of places) {
    if (!place.code) continue;
    const other = codes.get(place.code);
    if (other)
      problems.push(
        `${file}: mã đơn vị hành chính "${place.code}" (trường "code") của "${place.id}" trùng với "${other}"; mỗi đơn vị có một mã riêng.`,
      );
    codes.set(place.code, place.id);
  }
  for (const place of places) {
    if (place.nowPartOf && !ids.has(place.nowPartOf)) {
      problems.push(
        `${file} (${place.id}): trường "nowPartOf" trỏ tới "${place.nowPartOf}" nhưng không có địa bàn nào mang mã đó.`,
      );
    }
    if (place.validFrom && place.validTo && place.validFrom > place.validTo) {
      problems.push(`${file} (${place.id}): ngày "validFrom" đứng sau ngày "validTo".`);
    }
  }
  return { places, problems };
}

/**
 * Read a places file; YAML dates stay text (CORE schema) so an impossible date is caught.
 *
 * @example
 * readPlaces('data/dia-ban.yaml').places.length // 115
 */
export function readPlaces(file: string = PLACES_FILE): PlacesResult {
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string; code?: string };
    if (e.code === 'ENOENT') return { places: [], problems: [`Không tìm thấy tệp ${file}.`] };
    return {
      places: [],
      problems: [
        `${file}, dòng ${(e.mark?.line ?? 0) + 1}: viết sai cú pháp YAML (${e.reason ?? String(error)}). Cách sửa: kiểm tra dấu hai chấm, thụt lề bằng dấu cách và dấu ngoặc kép.`,
      ],
    };
  }
  return validatePlaces(raw, file);
}
