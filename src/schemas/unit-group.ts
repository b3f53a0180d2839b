import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày ghi theo dạng YYYY-MM-DD, ví dụ 2025-07-01.');

/**
 * A group of assessed units (point 8 of the directive). Groups are data with validity dates, never
 * a hard-coded list: the district level ended on 01/07/2025 and communes took over.
 */
export const unitGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'Mã nhóm chỉ gồm chữ thường không dấu, số và dấu gạch ngang.'),
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
