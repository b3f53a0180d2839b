import { z } from 'astro/zod';
import { isoDate } from './iso-date';

/**
 * An official document published in full (content/van-ban/*.md). The body holds the official
 * wording as `## Heading` sections ("Mở đầu", "Điểm 1"…, "Tổ chức thực hiện"); everything
 * editorial (topics, plain readings, notes) lives in the front matter and is shown as such.
 */
export const documentSchema = z.strictObject({
  /** Loại văn bản: Chỉ thị, Quyết định… */
  kind: z.string().min(1),
  /** Số ký hiệu. null when it is not known: shown as "chưa cập nhật", never invented. */
  number: z.string().min(1).nullable(),
  /** The authority in whose name it is issued, as cited: "Chủ tịch UBND tỉnh Hưng Yên". */
  issuer: z.string().min(1),
  /** Cơ quan ban hành as printed top left, e.g. "Ủy ban nhân dân tỉnh Hưng Yên". */
  issuingBody: z.string().min(1),
  place: z.string().min(1),
  date: isoDate,
  signer: z.strictObject({ title: z.string().min(1), name: z.string().min(1) }),
  /** Short title for lists and the page heading. */
  title: z.string().min(1),
  /** Trích yếu. */
  subject: z.string().min(1),
  /** Hiệu lực: only what is known. */
  status: z.enum(['con-hieu-luc', 'het-hieu-luc', 'chua-cap-nhat']),
  /** Nơi nhận, in the signed order. */
  recipients: z.array(z.string().min(1)).min(1),
  /** Editorial, per numbered section: a short topic and the plain reading ("Nói dân hiểu"). */
  points: z
    .array(
      z.strictObject({
        n: z.number().int().positive(),
        topic: z.string().min(1),
        /** 2–4 plain sentences: what it asks, of whom, what a citizen can expect or check. */
        plain: z.string().min(1),
      }),
    )
    .default([]),
  /** Visible notes on the official wording (e.g. a typo kept as signed). */
  editorialNotes: z
    .array(z.strictObject({ section: z.string().min(1), quote: z.string().min(1), note: z.string().min(1) }))
    .default([]),
  /** Where the text comes from, for readers and for the fidelity test. */
  source: z.strictObject({ file: z.string().min(1), description: z.string().min(1) }),
  /** Site paths related to a numbered section, beyond stories (e.g. point 8 → results). */
  related: z
    .array(
      z.strictObject({ n: z.number().int().positive(), path: z.string().startsWith('/'), label: z.string().min(1) }),
    )
    .default([]),
});

export type DocumentData = z.infer<typeof documentSchema>;
