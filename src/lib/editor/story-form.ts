/**
 * The story form of the staff editor (Decap CMS), generated from the story schema itself: the
 * field list is the schema's keys, whether a field is required is asked of the schema, the length
 * limits are read from it and the allowed values (fields, places, points, principles) are the
 * values it accepts. So the form and `npm run check` cannot disagree; story-form.test.ts proves
 * it by probing the schema again.
 */
import { z } from 'astro/zod';
import { t } from '../../i18n/t';
import { createStorySchema } from '../../schemas/story';
import { PRINCIPLES } from '../../vocab/principles';
import type { Place } from '../../vocab/places';
import { FIELDS } from '../../vocab/fields';
import type { StoryKey } from '../../vocab/story-keys';

/** One point of the directive, as its front matter lists it. */
export interface DirectivePoint {
  n: number;
  topic: string;
}

/** A Decap CMS field, as much of it as this form uses (https://decapcms.org/docs/widgets/). */
export interface CmsField {
  name: string;
  label: string;
  hint?: string;
  widget: 'string' | 'text' | 'select' | 'number' | 'datetime' | 'image' | 'boolean' | 'markdown';
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: Array<{ label: string; value: string | number }>;
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int';
  [option: string]: unknown;
}

/**
 * What staff read beside each field, in the form. The YAML help of STORY_KEYS speaks of file
 * syntax ("bắt đầu bằng ./"); the form needs none of that. `satisfies Record<StoryKey, …>`: a new
 * schema key without a form text is a type error.
 */
export const FORM_TEXT = {
  title: {
    label: 'Tiêu đề',
    hint: 'Tên bài, viết có dấu, ngắn gọn. Địa chỉ trang bài được tạo từ tiêu đề (không dấu).',
  },
  summary: {
    label: 'Tóm tắt',
    hint: 'Một hai câu nói mô hình làm gì, ở đâu, kết quả ra sao; hiện trên thẻ bài và khi chia sẻ.',
  },
  fields: {
    label: 'Lĩnh vực',
    hint: 'Chọn một hoặc nhiều lĩnh vực của phong trào “Dân vận khéo” (điểm 3 của Chỉ thị).',
  },
  place: {
    label: 'Địa bàn',
    hint: 'Nơi có mô hình, chọn như lúc đó: trước 01/7/2025 là huyện, thị xã, thành phố; từ 01/7/2025 là tỉnh, xã, phường. Phần xem trước báo nếu địa bàn không khớp với năm.',
  },
  year: { label: 'Năm công nhận', hint: 'Năm mô hình được ghi nhận, công nhận (4 chữ số).' },
  published: { label: 'Ngày đăng', hint: 'Ngày đăng bài.' },
  agency: {
    label: 'Cơ quan, đơn vị',
    hint: 'Cơ quan, đơn vị thực hiện mô hình (không bắt buộc; để trống nếu chưa rõ).',
  },
  cover: {
    label: 'Ảnh bìa',
    hint: 'Tải ảnh JPG, PNG hoặc WebP lên; ảnh được lưu cạnh bài viết. Chỉ dùng ảnh được phép đăng.',
  },
  coverAlt: {
    label: 'Mô tả ảnh bìa',
    hint: 'Mô tả ngắn nội dung ảnh cho người khiếm thị, ví dụ “Người dân xã … cùng dọn vệ sinh đường làng”.',
  },
  points: {
    label: 'Các điểm của Chỉ thị',
    hint: 'Các điểm của Chỉ thị mà mô hình thực hiện; phong trào “Dân vận khéo” là điểm 3.',
  },
  principles: {
    label: 'Phương châm',
    hint: 'Các vế của phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng” mà mô hình thể hiện (không bắt buộc).',
  },
  draft: {
    label: 'Bản nháp (chưa đăng)',
    hint: 'Để bật khi bài chưa xong: bài được lưu nhưng không lên trang. Tắt khi bài đã sẵn sàng đăng.',
  },
  illustrative: {
    label: 'Bài minh họa',
    hint: 'Bật nếu là bài mẫu, không phải mô hình có thật: trang hiện nhãn “Bài viết minh họa”.',
  },
} as const satisfies Record<StoryKey, { label: string; hint: string }>;

/** The body is not front matter, so not in the schema; the form still needs it. */
export const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Nội dung',
  hint: 'Viết bài ở đây. Nút “H” → “Tiêu đề cấp 2” cho các phần như “Cách làm”, “Kết quả”; nút danh sách (ba dấu chấm) cho các việc.',
  widget: 'markdown',
  required: true,
  // Markdown only: no embedded images or code blocks (images belong in the cover field for now).
  editor_components: [],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  modes: ['rich_text', 'raw'],
  sanitize_preview: true,
};

type Shape = Record<string, z.ZodType>;

/** The schema the form is built from: the same factory as the build and the checker. */
export function storySchemaFor(places: readonly Place[]) {
  return createStorySchema({ image: () => z.string(), places });
}

/** Unwrap optional/default wrappers to the inner type. */
function inner(type: z.ZodType): z.ZodType {
  let current = type as z.ZodType & { def: { type: string; innerType?: z.ZodType } };
  while ((current.def.type === 'optional' || current.def.type === 'default') && current.def.innerType) {
    current = current.def.innerType;
  }
  return current;
}

/**
 * Length limits of a string field, as the schema declares them.
 *
 * @example
 * stringLimits(storySchemaFor([]).shape, 'title') // { min: 1, max: 150 }
 */
export function stringLimits(shape: Shape, key: StoryKey): { min: number; max: number | null } {
  const type = inner(shape[key]!) as unknown as { minLength: number | null; maxLength: number | null };
  return { min: type.minLength ?? 0, max: type.maxLength ?? null };
}

/**
 * Numeric bounds of a number field, as the schema declares them.
 *
 * @example
 * numberLimits(storySchemaFor([]).shape, 'year') // { min: 2000, max: 2100 }
 */
export function numberLimits(shape: Shape, key: StoryKey): { min: number; max: number } {
  const type = inner(shape[key]!) as unknown as { minValue: number; maxValue: number };
  return { min: type.minValue, max: type.maxValue };
}

/**
 * Whether the schema refuses the story without this key.
 *
 * @example
 * isRequired(storySchemaFor([]).shape, 'agency') // false
 */
export function isRequired(shape: Shape, key: string): boolean {
  return !shape[key]!.safeParse(undefined).success;
}

/**
 * The candidates the schema accepts for a list field (`fields`, `points`, `principles`), in order.
 *
 * @example
 * acceptedListValues(storySchemaFor([]).shape, 'points', [0, 1, 9]) // [1]
 */
export function acceptedListValues<T>(shape: Shape, key: StoryKey, candidates: readonly T[]): T[] {
  return candidates.filter((value) => shape[key]!.safeParse([value]).success);
}

/**
 * A Decap `pattern` for a trimmed length range (Decap has no min/max length for text).
 *
 * @example
 * new RegExp(lengthPattern(20, 300)).test('x'.repeat(19)) // false
 */
export function lengthPattern(min: number, max: number | null): string {
  return `^(?=\\s*\\S)[\\s\\S]{${Math.max(min, 1)},${max ?? ''}}$`;
}

function lengthMessage(min: number, max: number | null): string {
  if (max === null) return `Cần ít nhất ${min} ký tự.`;
  return min > 1 ? `Cần từ ${min} đến ${max} ký tự.` : `Không để trống, tối đa ${max} ký tự.`;
}

/** A date as staff read it: 2025-06-30 → 30/6/2025. */
function dateVi(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/**
 * How a place reads in the list: its name and the years it is valid for a story.
 *
 * @example
 * placeLabel({ id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30' }) // 'huyện Ân Thi (đến 30/6/2025)'
 */
export function placeLabel(place: Place): string {
  const period = place.validTo
    ? `đến ${dateVi(place.validTo)}`
    : place.validFrom
      ? `từ ${dateVi(place.validFrom)}`
      : '';
  return period ? `${place.name} (${period})` : place.name;
}

/** Points 1…20 are probed; the directive has 8 and the schema says which it accepts. */
const POINT_CANDIDATES = Array.from({ length: 20 }, (_, i) => i + 1);

export interface StoryFormInput {
  places: readonly Place[];
  /** The directive's points with their topics (content/van-ban/…, front matter `points`). */
  points: readonly DirectivePoint[];
}

/**
 * Every field of the story form, in the order staff fill them, generated from the schema.
 *
 * @example
 * storyFormFields({ places, points }).map((f) => f.name) // ['title', 'summary', …, 'body']
 */
export function storyFormFields({ places, points }: StoryFormInput): CmsField[] {
  const shape = storySchemaFor(places).shape as unknown as Shape;
  const keys = Object.keys(shape) as StoryKey[];
  const field = (key: StoryKey): CmsField => {
    const base = {
      name: key,
      label: FORM_TEXT[key].label,
      hint: FORM_TEXT[key].hint,
      required: isRequired(shape, key),
    };
    switch (key) {
      case 'title':
      case 'summary':
      case 'agency':
      case 'coverAlt': {
        const { min, max } = stringLimits(shape, key);
        return {
          ...base,
          widget: key === 'summary' ? 'text' : 'string',
          pattern: [lengthPattern(min, max), lengthMessage(min, max)],
          hint: `${base.hint}${max ? ` (${min > 1 ? `${min}–` : 'tối đa '}${max} ký tự)` : ''}`,
        };
      }
      case 'fields':
        return {
          ...base,
          widget: 'select',
          multiple: true,
          min: 1,
          options: acceptedListValues(
            shape,
            key,
            FIELDS.map((f) => f.id),
          ).map((id) => ({ value: id, label: FIELDS.find((f) => f.id === id)!.label })),
        };
      case 'principles':
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: acceptedListValues(
            shape,
            key,
            PRINCIPLES.map((p) => p.id),
          ).map((id) => ({ value: id, label: t(`principles.${PRINCIPLES.find((p) => p.id === id)!.key}`) })),
        };
      case 'points': {
        const accepted = acceptedListValues(shape, key, POINT_CANDIDATES);
        return {
          ...base,
          widget: 'select',
          multiple: true,
          min: 1,
          options: accepted.map((n) => {
            const topic = points.find((p) => p.n === n)?.topic;
            return { value: n, label: topic ? `Điểm ${n}: ${topic}` : `Điểm ${n}` };
          }),
        };
      }
      case 'place':
        return {
          ...base,
          widget: 'select',
          options: places
            .filter((p) => shape.place!.safeParse(p.id).success)
            .map((p) => ({ value: p.id, label: placeLabel(p) })),
        };
      case 'year': {
        const { min, max } = numberLimits(shape, key);
        return {
          ...base,
          widget: 'number',
          value_type: 'int',
          min,
          max,
          step: 1,
          hint: `${base.hint} Từ ${min} đến ${max}.`,
        };
      }
      case 'published':
        // Stored as YYYY-MM-DD text, as staff write it by hand; shown as DD/MM/YYYY.
        return {
          ...base,
          widget: 'datetime',
          format: 'YYYY-MM-DD',
          date_format: 'DD/MM/YYYY',
          time_format: false,
          picker_utc: true,
          default: '{{now}}',
        };
      case 'cover':
        return { ...base, widget: 'image', choose_url: false };
      case 'draft':
        // New stories start as drafts: "draft while unfinished".
        return { ...base, widget: 'boolean', default: true };
      case 'illustrative':
        return { ...base, widget: 'boolean', default: false };
    }
  };
  return [...keys.map(field), BODY_FIELD];
}

/**
 * Keys the schema knows, in its order.
 *
 * @example
 * schemaKeys([]).includes('title') // true
 */
export function schemaKeys(places: readonly Place[]): StoryKey[] {
  return Object.keys(storySchemaFor(places).shape) as StoryKey[];
}
