import { z } from 'astro/zod';
import { t } from '../i18n/t';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t('schema.unitGroup.date'));

/**
 * A group of assessed units (point 8 of the directive). Groups are data with validity dates, never
 * a hard-coded list: the district level ended on 01/07/2025 and communes took over.
 */
export const unitGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, t('schema.unitGroup.id')),
  /** Name as people read it. */
  name: z.string().min(3),
  description: z.string().min(3),
  /** First day the group exists (inclusive). */
  validFrom: isoDate,
  /** Last day the group exists (inclusive); absent while it still exists. */
  validTo: isoDate.optional(),
  /** Display order on the site. */
  order: z.number().int(),
});

export type UnitGroup = z.infer<typeof unitGroupSchema>;
