/**
 * Who runs the site (data/van-hanh.yaml). Every field may be null: unknown stays "chưa cập nhật",
 * never invented. Messages are for staff, in Vietnamese (src/i18n/vi.json, `schema.operator.`).
 */
import { z } from 'astro/zod';
import { t } from '../i18n/t';

const text = (key: string) =>
  z
    .string({ error: t('schema.operator.text', { key }) })
    .trim()
    .min(2, { error: t('schema.operator.tooShort', { key }) })
    .nullable()
    .default(null);

/** A feedback channel: an email address, or an https URL (optionally with {title} and {url}). */
const feedback = z
  .string()
  .trim()
  .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) || /^https:\/\/[^\s]+$/.test(v), {
    error: t('schema.operator.feedback'),
  })
  .nullable()
  .default(null);

export const operatorSchema = z.strictObject(
  {
    owner: text('owner'),
    operator: text('operator'),
    address: text('address'),
    phone: text('phone'),
    email: z
      .string()
      .trim()
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
        error: t('schema.operator.email'),
      })
      .nullable()
      .default(null),
    responsible: text('responsible'),
    feedback,
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? t('schema.operator.unknownKeys', { keys: iss.keys.map((k) => `"${k}"`).join(', ') })
        : undefined,
  },
);

export type Operator = z.output<typeof operatorSchema>;
