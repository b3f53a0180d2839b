/**
 * One place (địa bàn) in data/dia-ban.yaml. Dates arrive as Date (Astro's YAML) or as
 * YYYY-MM-DD text (the checker's YAML); both become ISO text. Messages are for staff, in Vietnamese
 * (src/i18n/vi.json, `schema.place.`).
 */
import { z } from 'astro/zod';
import { toIsoDate, parseIsoDate } from '../vocab/format-date-vi';
import { PLACE_KINDS } from '../vocab/places';
import { t } from '../i18n/t';

/** An ISO calendar date from YAML, strictly checked (2025-02-30 is refused). */
const isoDate = (key: string) =>
  z.union([z.date(), z.string()]).transform((value, ctx) => {
    try {
      return typeof value === 'string' ? toIsoDate(parseIsoDate(value.trim())) : toIsoDate(value);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: t('schema.place.date', { key }),
      });
      return z.NEVER;
    }
  });

export const placeSchema = z.strictObject(
  {
    id: z.string({ error: t('schema.place.idMissing') }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: t('schema.place.idFormat'),
    }),
    code: z
      .string({ error: t('schema.place.codeQuoted') })
      .regex(/^\d{5}$/, {
        error: t('schema.place.codeFormat'),
      })
      .optional(),
    name: z
      .string({ error: t('schema.place.nameMissing') })
      .trim()
      .min(2),
    kind: z.enum(PLACE_KINDS, { error: t('schema.place.kind', { kinds: PLACE_KINDS.join(', ') }) }),
    validFrom: isoDate('validFrom').optional(),
    validTo: isoDate('validTo').optional(),
    nowPartOf: z.string().optional(),
    note: z.string().optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? t('schema.place.unknownKeys', { keys: iss.keys.map((k) => `"${k}"`).join(', ') })
        : undefined,
  },
);

export type PlaceData = z.output<typeof placeSchema>;
