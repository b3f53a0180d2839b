/**
 * Every front-matter key a story may have, with what staff read about it: its Vietnamese name,
 * an example line, and what it is for. One table serves the schema's error messages, the checker
 * and the template that `npm run new:story` writes, so they never disagree. The words live in
 * src/i18n/vi.json (`schema.storyKey.`) with every other message staff read.
 */
import { t } from '../i18n/t';

export interface StoryKeyDoc {
  /** Vietnamese name of the field, as error messages call it. */
  label: string;
  /** A correct line of front matter, shown in "how to fix". */
  example: string;
  /** What the field means, for the template's comments and the editor guide. */
  help: string;
  required: boolean;
}

/** Every key a story may have, in the template's order, and whether it is required. */
const REQUIRED = {
  title: true,
  summary: true,
  fields: true,
  place: true,
  year: true,
  published: true,
  agency: false,
  cover: true,
  coverAlt: true,
  points: true,
  principles: false,
  draft: false,
  illustrative: false,
} as const;

export type StoryKey = keyof typeof REQUIRED;

/**
 * The table, its words from src/i18n/vi.json (`schema.storyKey.<key>.label|example|help`).
 *
 * @example
 * STORY_KEYS.year.label // 'năm của mô hình'
 */
export const STORY_KEYS = Object.fromEntries(
  (Object.keys(REQUIRED) as StoryKey[]).map((key) => [
    key,
    {
      label: t(`schema.storyKey.${key}.label`),
      example: t(`schema.storyKey.${key}.example`),
      help: t(`schema.storyKey.${key}.help`),
      required: REQUIRED[key],
    },
  ]),
) as Record<StoryKey, StoryKeyDoc>;

/**
 * "How to fix" text for a missing or wrong key.
 *
 * @example
 * missingMessage('title') // 'Thiếu tiêu đề (trường "title"). Cách sửa: thêm dòng title: "Chợ quê nói không với túi ni lông"'
 */
export function missingMessage(key: StoryKey): string {
  const doc = STORY_KEYS[key];
  return t('checker.key.missing', { label: doc.label, key, example: doc.example });
}

/**
 * Message for a key whose value is wrong: what is wrong, then a correct example.
 *
 * @example
 * invalidMessage('year', 'phải là năm có 4 chữ số') // 'Trường "year" (năm của mô hình) phải là năm có 4 chữ số. Cách sửa: viết như year: 2024'
 */
export function invalidMessage(key: StoryKey, problem: string): string {
  const doc = STORY_KEYS[key];
  return t('checker.key.invalid', { key, label: doc.label, problem, example: doc.example });
}

/** Edit distance, for "did you mean" on a mistyped key. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * Message for a key the schema does not know, suggesting the nearest real key.
 *
 * @example
 * unknownKeyMessage('titel') // 'Không có trường "titel". Có phải ý bạn là "title" (tiêu đề)? Cách sửa: sửa tên trường cho đúng hoặc xóa dòng này.'
 */
export function unknownKeyMessage(key: string): string {
  const keys = Object.keys(STORY_KEYS) as StoryKey[];
  const lower = key.toLowerCase();
  const best = keys.map((k) => ({ k, d: distance(lower, k.toLowerCase()) })).sort((x, y) => x.d - y.d)[0]!;
  const guess =
    best.d <= Math.max(2, Math.floor(best.k.length / 3))
      ? t('checker.key.guess', { key: best.k, label: STORY_KEYS[best.k].label })
      : '';
  return t('checker.key.unknown', { key, guess });
}
