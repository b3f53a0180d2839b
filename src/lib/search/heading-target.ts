/**
 * Which section of a result a query points at, so the result can open there: the directive's
 * point asked for ("điểm 6" → "Điểm 6: …"), or a section whose heading holds the query's words
 * together ("to chuc thuc hien" → "Tổ chức thực hiện", "tiep can thong tin" → "Điểm 6: Tiếp cận
 * thông tin…"). Compared folded (no marks, đ as d), whole words only.
 */
import { foldVi } from '../../vocab/fold-vi';

export interface Section {
  title: string;
  url: string;
}

const words = (s: string) =>
  foldVi(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The section to open for `query` (null when none fits).
 *
 * @example
 * headingTarget([{ title: 'Điểm 6: Tiếp cận thông tin', url: '#diem-6' }], 'diem 6', 6) // { title: 'Điểm 6: …', url: '#diem-6' }
 * headingTarget([{ title: 'Tổ chức thực hiện', url: '#to-chuc' }], 'to chuc thuc hien', null) // { … url: '#to-chuc' }
 */
export function headingTarget<T extends Section>(
  sections: readonly T[],
  query: string,
  point: number | null,
): T | null {
  if (point) return sections.find((s) => new RegExp(`^diem ${point}(?!\\d)`).test(words(s.title))) ?? null;
  const q = words(query);
  // One word ("dan", "thong") is in too many headings to mean one of them.
  if (!q.includes(' ')) return null;
  return sections.find((s) => ` ${words(s.title)} `.includes(` ${q} `)) ?? null;
}
