import { z } from 'astro/zod';
import { isoDate } from './iso-date';
import { t } from '../i18n/t';

/**
 * A legal document that a published document cites (data/van-ban-vien-dan.yaml). Unknown facts
 * stay null and show as "chưa cập nhật": a date or link is never guessed.
 */
export const referenceSchema = z.strictObject({
  /** Stable ASCII anchor on the references page, e.g. `chi-thi-16-ct-ttg`. */
  id: z.string().regex(/^[a-z0-9-]+$/, t('schema.reference.id')),
  /** Kind as written in Vietnamese: Chỉ thị, Nghị quyết, Quyết định, Kết luận, Luật… */
  kind: z.string().min(1),
  /** Số ký hiệu exactly as cited (the text is matched on it), or null when it has none. */
  number: z.string().min(1).nullable(),
  date: isoDate.nullable(),
  issuer: z.string().min(1),
  /** Trích yếu (what the document is about). */
  subject: z.string().min(1),
  /** An official source for the full text, when one is known. */
  url: z.url().nullable().default(null),
  /** Exact names under which the text cites it without a number ("Hiến pháp năm 2013"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** When it was in force, if the site needs it (scoring rules change over time). */
  validFrom: isoDate.nullable().default(null),
  validTo: isoDate.nullable().default(null),
  note: z.string().optional(),
});

export type ReferenceData = z.infer<typeof referenceSchema>;
