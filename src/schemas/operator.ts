/**
 * Who runs the site (data/van-hanh.yaml). Every field may be null: unknown stays "chưa cập nhật",
 * never invented. Messages are for staff, in Vietnamese.
 */
import { z } from 'astro/zod';

const text = (key: string) =>
  z
    .string({ error: `Trường "${key}" phải là chữ, hoặc null khi chưa biết.` })
    .trim()
    .min(2, { error: `Trường "${key}" quá ngắn; để null nếu chưa biết.` })
    .nullable()
    .default(null);

/** A feedback channel: an email address, or an https URL (optionally with {title} and {url}). */
const feedback = z
  .string()
  .trim()
  .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) || /^https:\/\/[^\s]+$/.test(v), {
    error: 'Trường "feedback" phải là một địa chỉ thư điện tử hoặc một địa chỉ trang bắt đầu bằng https://.',
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
        error: 'Trường "email" phải là một địa chỉ thư điện tử, ví dụ ten@hungyen.gov.vn.',
      })
      .nullable()
      .default(null),
    responsible: text('responsible'),
    feedback,
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `Không có trường ${iss.keys.map((k) => `"${k}"`).join(', ')}; các trường hợp lệ: owner, operator, address, phone, email, responsible, feedback.`
        : undefined,
  },
);

export type Operator = z.output<typeof operatorSchema>;
