/**
 * One place (địa bàn) in data/dia-ban.yaml. Dates arrive as Date (Astro's YAML) or as
 * YYYY-MM-DD text (the checker's YAML); both become ISO text. Messages are for staff, in Vietnamese.
 */
import { z } from 'astro/zod';
import { toIsoDate, parseIsoDate } from '../vocab/format-date-vi';
import { PLACE_KINDS } from '../vocab/places';

/** An ISO calendar date from YAML, strictly checked (2025-02-30 is refused). */
const isoDate = (key: string) =>
  z.union([z.date(), z.string()]).transform((value, ctx) => {
    try {
      return typeof value === 'string' ? toIsoDate(parseIsoDate(value.trim())) : toIsoDate(value);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `Trường "${key}" phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2025-06-30).`,
      });
      return z.NEVER;
    }
  });

export const placeSchema = z.strictObject(
  {
    id: z
      .string({ error: 'Thiếu mã địa bàn (trường "id"), ví dụ id: huyen-khoai-chau.' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
        error: 'Mã địa bàn (trường "id") chỉ gồm chữ thường không dấu, số và gạch ngang, ví dụ huyen-khoai-chau.',
      }),
    code: z
      .string({ error: 'Mã đơn vị hành chính (trường "code") phải viết trong ngoặc kép, ví dụ code: "11953".' })
      .regex(/^\d{5}$/, {
        error:
          'Mã đơn vị hành chính (trường "code") gồm đúng 5 chữ số, như trong Danh mục hành chính, ví dụ code: "11953".',
      })
      .optional(),
    name: z.string({ error: 'Thiếu tên địa bàn (trường "name"), ví dụ name: huyện Khoái Châu.' }).trim().min(2),
    kind: z.enum(PLACE_KINDS, { error: `Trường "kind" phải là một trong: ${PLACE_KINDS.join(', ')}.` }),
    validFrom: isoDate('validFrom').optional(),
    validTo: isoDate('validTo').optional(),
    nowPartOf: z.string().optional(),
    note: z.string().optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `Không có trường ${iss.keys.map((k) => `"${k}"`).join(', ')} trong địa bàn; các trường hợp lệ: id, code, name, kind, validFrom, validTo, nowPartOf, note.`
        : undefined,
  },
);

export type PlaceData = z.output<typeof placeSchema>;
