/**
 * The front matter of a "Dân vận khéo" story (content/stories/<thư-mục>/index.mdx). One schema
 * serves the content collection (src/content.config.ts) and `npm run check`
 * (scripts/check-content.ts), so the build and the checker say the same thing. Every message
 * is Vietnamese (src/i18n/vi.json, `schema.story.` and `checker.key.`), names the field and says
 * how to fix it; unknown keys are refused so that a
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
import { t } from '../i18n/t';

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
  const pointError = errorFor('points', t('schema.story.points.range'));
  const point = z.coerce.number(pointError).int(pointError).min(1, pointError).max(8, pointError);
  const fieldIds = FIELDS.map((f) => f.id).join(', ');
  const principleIds = PRINCIPLES.map((p) => p.id).join(', ');
  return z
    .strictObject(
      {
        title: z
          .string(errorFor('title', t('schema.story.text')))
          .trim()
          .min(1, { error: missingMessage('title') })
          .max(150, { error: invalidMessage('title', t('schema.story.title.tooLong')) }),
        summary: z
          .string(errorFor('summary', t('schema.story.text')))
          .trim()
          .min(20, { error: invalidMessage('summary', t('schema.story.summary.tooShort')) })
          .max(300, { error: invalidMessage('summary', t('schema.story.summary.tooLong')) }),
        fields: z.preprocess(
          oneOrMany,
          z
            .array(
              z
                .string(errorFor('fields', t('schema.story.only', { ids: fieldIds })))
                .transform((value, ctx): FieldId => {
                  const id = toFieldId(value);
                  if (!id) {
                    ctx.addIssue({
                      code: 'custom',
                      message: invalidMessage('fields', t('schema.story.fields.unknown', { value, ids: fieldIds })),
                    });
                    return z.NEVER;
                  }
                  return id;
                }),
              errorFor('fields', t('schema.story.list', { ids: fieldIds })),
            )
            .min(1, { error: missingMessage('fields') })
            .transform((ids) => [...new Set(ids)]),
        ),
        place: z.string(errorFor('place', t('schema.story.place.text'))).transform((value, ctx) => {
          const place = findPlace(value, places);
          if (!place) {
            ctx.addIssue({
              code: 'custom',
              message: invalidMessage(
                'place',
                unknownPlaceProblem(value, places) ?? t('schema.story.place.unusable', { value }),
              ),
            });
            return z.NEVER;
          }
          return place.id;
        }),
        year: z.coerce
          .number(errorFor('year', t('schema.story.year.digits')))
          .int({ error: invalidMessage('year', t('schema.story.year.digits')) })
          .min(2000, { error: invalidMessage('year', t('schema.story.year.from2000')) })
          .max(2100, { error: invalidMessage('year', t('schema.story.year.digits')) }),
        published: z
          .union([z.date(), z.string()], errorFor('published', t('schema.story.published.format')))
          .transform((value, ctx) => {
            if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
            try {
              return parseIsoDate(String(value).trim());
            } catch {
              ctx.addIssue({
                code: 'custom',
                message: invalidMessage('published', t('schema.story.published.unreal', { value: String(value) })),
              });
              return z.NEVER;
            }
          }),
        agency: z
          .string(errorFor('agency', t('schema.story.text')))
          .trim()
          .min(1, { error: invalidMessage('agency', t('schema.story.agency.empty')) })
          .optional(),
        cover: image(),
        coverAlt: z
          .string(errorFor('coverAlt', t('schema.story.text')))
          .trim()
          .min(5, { error: invalidMessage('coverAlt', t('schema.story.coverAlt.tooShort')) })
          .max(250, { error: invalidMessage('coverAlt', t('schema.story.coverAlt.tooLong')) }),
        points: z.preprocess(
          oneOrMany,
          z
            .array(point, errorFor('points', t('schema.story.points.list')))
            .min(1, { error: missingMessage('points') })
            .transform((ns) => [...new Set(ns)].sort((a, b) => a - b)),
        ),
        principles: z
          .preprocess(
            oneOrMany,
            z.array(
              z
                .string(errorFor('principles', t('schema.story.only', { ids: principleIds })))
                .transform((value, ctx): PrincipleId => {
                  const id = PRINCIPLES.find((p) => p.id === slugifyVi(value))?.id;
                  if (!id) {
                    ctx.addIssue({
                      code: 'custom',
                      message: invalidMessage(
                        'principles',
                        t('schema.story.principles.unknown', { value, ids: principleIds }),
                      ),
                    });
                    return z.NEVER;
                  }
                  return id;
                }),
              errorFor('principles', t('schema.story.list', { ids: principleIds })),
            ),
          )
          .default([]),
        draft: z.boolean(errorFor('draft', t('schema.story.boolean'))).default(false),
        illustrative: z.boolean(errorFor('illustrative', t('schema.story.boolean'))).default(false),
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
