/**
 * The five fields of the "Dân vận khéo" movement named by point 3 of the directive: economy,
 * culture, society, security and defence. `id` is the ASCII key used in front matter and URLs;
 * `label` is what people read.
 */
import { slugifyVi } from './fold-vi';

export const FIELDS = [
  { id: 'kinh-te', label: 'Kinh tế' },
  { id: 'van-hoa', label: 'Văn hóa' },
  { id: 'xa-hoi', label: 'Xã hội' },
  { id: 'an-ninh', label: 'An ninh' },
  { id: 'quoc-phong', label: 'Quốc phòng' },
] as const;

export type FieldId = (typeof FIELDS)[number]['id'];

/**
 * The field a staff member meant, whether they wrote the id or the Vietnamese name, with or
 * without tone marks; `undefined` when it is none of the five.
 *
 * @example
 * toFieldId('Văn hóa') // 'van-hoa'
 * toFieldId('kinh-te') // 'kinh-te'
 * toFieldId('thể thao') // undefined
 */
export function toFieldId(value: string): FieldId | undefined {
  const slug = slugifyVi(value);
  return FIELDS.find((f) => f.id === slug)?.id;
}

/**
 * The Vietnamese name of a field.
 *
 * @example
 * fieldLabel('quoc-phong') // 'Quốc phòng'
 */
export function fieldLabel(id: FieldId): string {
  const field = FIELDS.find((f) => f.id === id);
  if (!field)
    throw new Error(
      `fieldLabel: unknown field ${JSON.stringify(id)}; expected one of ${FIELDS.map((f) => f.id).join(', ')}`,
    );
  return field.label;
}
