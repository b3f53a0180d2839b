/**
 * The front matter of a "Dân vận khéo" story (content/stories/<thư-mục>/index.mdx). One schema
 * serves the content collection (src/content.config.ts) and `npm run check`
 * (scripts/check-content.ts), so the build and the checker say the same thing. Every message
 * is Vietnamese, names the field and says how to fix it; unknown keys are refused so that a
 * typo ("titel") is caught instead of silently dropped.
 */
import { z } from 'astro/zod';
import { parseIsoDate } from '../vocab/format-date-vi';
import { PRINCIPLES, type PrincipleId } from '../vocab/principles';
import { slugifyVi } from '../vocab/fold-vi';
import { findPlace, validInYear, type Place } from '../vocab/places';
import { outOfYearProblem, unknownPlaceProblem } from '../vocab/place-choice';
import { FIELDS, toFieldId, type FieldId } from '../vocab/fields';
import { invalidMessage, missingMessage, unknownKeyMessage, type StoryKey } from '../vocab/story-keys';

/** Error option for a key: "missing" when absent, else the given problem. */
function errorFor(key: StoryKey, problem: string) {
  return {
    error: (iss: { input?: unknown }) => (iss.input === undefined ? missingMessage(key) : invalidMessage(key, problem)),
  };
}

/** A YAML value that may be one item or a list: `fields: kinh-te` or `fields: [kinh-te, xa-hoi]`. */
const oneOrMany = (value: unknown) => (value === undefined || Array.isArray(value) ? value : [value]);

export interface StorySchemaContext<Cover extends z.ZodType> {
  /** Astro's `image()` in the collection; a file-name check in the checker. */
  image: () => Cover;
  /** Every place in data/dia-ban.yaml. */
  places: readonly Place[];
}

/**
 * Build the story schema for a given image validator and place list.
 *
 * @example
 * createStorySchema({ image: () => z.string(), places }).safeParse(frontMatter)
 */
export function createStorySchema<Cover extends z.ZodType>({ image, places }: StorySchemaContext<Cover>) {
  const pointError = errorFor('points', 'chỉ nhận các số từ 1 đến 8');
  const point = z.coerce.number(pointError).int(pointError).min(1, pointError).max(8, pointError);
  const fieldIds = FIELDS.map((f) => f.id).join(', ');
  const principleIds = PRINCIPLES.map((p) => p.id).join(', ');
  return z
    .strictObject(
      {
        title: z
          .string(errorFor('title', 'phải là chữ'))
          .trim()
          .min(1, { error: missingMessage('title') })
          .max(150, { error: invalidMessage('title', 'dài quá 150 ký tự') }),
        summary: z
          .string(errorFor('summary', 'phải là chữ'))
          .trim()
          .min(20, { error: invalidMessage('summary', 'ngắn quá (cần ít nhất 20 ký tự)') })
          .max(300, { error: invalidMessage('summary', 'dài quá 300 ký tự') }),
        fields: z.preprocess(
          oneOrMany,
          z
            .array(
              z.string(errorFor('fields', `chỉ nhận: ${fieldIds}`)).transform((value, ctx): FieldId => {
                const id = toFieldId(value);
                if (!id) {
                  ctx.addIssue({
                    code: 'custom',
                    message: invalidMessage(
                      'fields',
                      `có giá trị "${value}" không phải lĩnh vực nào; chỉ nhận: ${fieldIds}`,
                    ),
                  });
                  return z.NEVER;
                }
                return id;
              }),
              errorFor('fields', `phải là danh sách, chỉ nhận: ${fieldIds}`),
            )
            .min(1, { error: missingMessage('fields') })
            .transform((ids) => [...new Set(ids)]),
        ),
        place: z
          .string(errorFor('place', 'phải là mã hoặc tên một địa bàn trong data/dia-ban.yaml'))
          .transform((value, ctx) => {
            const place = findPlace(value, places);
            if (!place) {
              ctx.addIssue({
                code: 'custom',
                message: invalidMessage(
                  'place',
                  unknownPlaceProblem(value, places) ?? `có giá trị "${value}" không dùng được`,
                ),
              });
              return z.NEVER;
            }
            return place.id;
          }),
        year: z.coerce
          .number(errorFor('year', 'phải là năm có 4 chữ số'))
          .int({ error: invalidMessage('year', 'phải là năm có 4 chữ số') })
          .min(2000, { error: invalidMessage('year', 'phải từ năm 2000 trở đi') })
          .max(2100, { error: invalidMessage('year', 'phải là năm có 4 chữ số') }),
        published: z
          .union([z.date(), z.string()], errorFor('published', 'phải là ngày dạng YYYY-MM-DD'))
          .transform((value, ctx) => {
            if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
            try {
              return parseIsoDate(String(value).trim());
            } catch {
              ctx.addIssue({
                code: 'custom',
                message: invalidMessage(
                  'published',
                  `có giá trị "${String(value)}" không phải một ngày có thật dạng NĂM-THÁNG-NGÀY`,
                ),
              });
              return z.NEVER;
            }
          }),
        agency: z
          .string(errorFor('agency', 'phải là chữ'))
          .trim()
          .min(1, { error: invalidMessage('agency', 'đang để trống; ghi tên cơ quan hoặc xóa dòng này') })
          .optional(),
        cover: image(),
        coverAlt: z
          .string(errorFor('coverAlt', 'phải là chữ'))
          .trim()
          .min(5, { error: invalidMessage('coverAlt', 'ngắn quá (cần ít nhất 5 ký tự mô tả ảnh)') })
          .max(250, { error: invalidMessage('coverAlt', 'dài quá 250 ký tự') }),
        points: z.preprocess(
          oneOrMany,
          z
            .array(point, errorFor('points', 'phải là danh sách các số từ 1 đến 8'))
            .min(1, { error: missingMessage('points') })
            .transform((ns) => [...new Set(ns)].sort((a, b) => a - b)),
        ),
        principles: z
          .preprocess(
            oneOrMany,
            z.array(
              z.string(errorFor('principles', `chỉ nhận: ${principleIds}`)).transform((value, ctx): PrincipleId => {
                const id = PRINCIPLES.find((p) => p.id === slugifyVi(value))?.id;
                if (!id) {
                  ctx.addIssue({
                    code: 'custom',
                    message: invalidMessage(
                      'principles',
                      `có giá trị "${value}" không thuộc phương châm; chỉ nhận: ${principleIds}`,
                    ),
                  });
                  return z.NEVER;
                }
                return id;
              }),
              errorFor('principles', `phải là danh sách, chỉ nhận: ${principleIds}`),
            ),
          )
          .default([]),
        draft: z.boolean(errorFor('draft', 'chỉ nhận true hoặc false')).default(false),
        illustrative: z.boolean(errorFor('illustrative', 'chỉ nhận true hoặc false')).default(false),
      },
      { error: (iss) => (iss.code === 'unrecognized_keys' ? iss.keys.map(unknownKeyMessage).join(' ') : undefined) },
    )
    .superRefine((story, ctx) => {
      const place = places.find((p) => p.id === story.place);
      if (place && !validInYear(place, story.year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['place'],
          message: invalidMessage('place', outOfYearProblem(place, story.year, places)),
        });
      }
    });
}

export type StoryData = z.output<ReturnType<typeof createStorySchema<z.ZodString>>>;
