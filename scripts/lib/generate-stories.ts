/**
 * Seeded synthetic stories for the scale benchmark (scripts/bench-stories.ts) and tests: valid
 * front matter spread over fields, places and years, each marked illustrative. Covers point at a
 * few shared pictures (`../_anh-chung/…`) so the benchmark measures the site, not 2,000 image
 * encodings of identical drawings.
 */
import type { Place } from '../../src/vocab/places';
import { validInYear } from '../../src/vocab/places';
import { seededRandom } from '../../src/lib/seeded-random';
import { FIELDS, type FieldId } from '../../src/vocab/fields';
import { PRINCIPLES } from '../../src/vocab/principles';

/** Folder of the shared covers, beside the story folders; the checker skips folders starting with "_". */
export const SHARED_COVERS_DIR = '_anh-chung';

export interface GeneratedStory {
  /** Folder name (the slug). */
  folder: string;
  /** Full index.mdx text. */
  text: string;
  field: FieldId;
}

const WORDS = [
  'người dân',
  'thôn',
  'khu phố',
  'cùng bàn',
  'công khai',
  'hợp tác xã',
  'đường làng',
  'chợ quê',
  'tổ tự quản',
  'nhà văn hóa',
  'vườn rau',
  'an ninh trật tự',
  'hòa giải',
  'dân quân',
  'học nghề',
];

/**
 * `n` stories from a seed; the same seed always gives the same stories.
 *
 * @example
 * generateStories(2, 1, places, 6).map((s) => s.folder) // ['mo-hinh-mau-00001', 'mo-hinh-mau-00002']
 */
export function generateStories(
  n: number,
  seed: number,
  places: readonly Place[],
  sharedCovers: number,
): GeneratedStory[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`generateStories: n must be a non-negative integer, got ${n}`);
  if (!places.length) throw new Error('generateStories: needs at least one place');
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    // 2022–2025 only: a published date after today is refused (check-stories.ts).
    const year = 2022 + Math.floor(rand() * 4);
    const candidates = places.filter((p) => validInYear(p, year));
    const place = pick(candidates.length ? candidates : places);
    const field = pick(FIELDS).id;
    const second = rand() < 0.3 ? pick(FIELDS).id : field;
    const fields = [...new Set([field, second])];
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const number = String(i + 1).padStart(5, '0');
    const phrase = `${pick(WORDS)} ${pick(WORDS)}`;
    const body = Array.from(
      { length: 3 },
      () => `Mô hình mẫu về ${pick(WORDS)} và ${pick(WORDS)}: ${phrase}, ${pick(WORDS)}.`,
    ).join('\n\n');
    const text = `---
title: "Mô hình mẫu số ${number}: ${phrase}"
summary: "Bài tự sinh để đo tốc độ dựng trang, về ${phrase} ở ${place.name}."
fields: [${fields.join(', ')}]
place: ${place.id}
year: ${year}
published: ${published}
cover: ../${SHARED_COVERS_DIR}/anh-${i % sharedCovers}.jpg
coverAlt: "Tranh minh họa dùng chung cho bài tự sinh"
points: [3${rand() < 0.5 ? `, ${1 + Math.floor(rand() * 8)}` : ''}]
principles: [${pick(PRINCIPLES).id}]
illustrative: true
---

${body}

## Cách làm

<KeyFacts title="Trong vài dòng">
- ${pick(WORDS)}
- ${pick(WORDS)}
</KeyFacts>
`;
    return { folder: `mo-hinh-mau-${number}`, text, field };
  });
}
