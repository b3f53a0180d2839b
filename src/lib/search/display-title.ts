/**
 * A result title as it should read in a list. Official documents open with their kind in
 * capitals ("CHỈ THỊ Về việc tiếp tục…"), which reads as shouting and as two sentences in a
 * result list; it becomes "Chỉ thị về việc tiếp tục…". Other titles are left alone.
 *
 * @example
 * displayTitle('CHỈ THỊ Về việc tiếp tục tăng cường') // 'Chỉ thị về việc tiếp tục tăng cường'
 * displayTitle('Tổ hòa giải khu phố') // 'Tổ hòa giải khu phố'
 */
export function displayTitle(title: string): string {
  const t = title.normalize('NFC').replace(/\s+/g, ' ').trim();
  // Two or more capital letters per word, at least one word, then a capitalised word.
  const m = /^((?:\p{Lu}{2,}\s+)*\p{Lu}{2,})\s+(\p{Lu}\p{Ll}.*)$/u.exec(t);
  if (!m) return t;
  const kind = m[1]!.toLocaleLowerCase('vi');
  return `${kind.charAt(0).toLocaleUpperCase('vi')}${kind.slice(1)} ${m[2]!.charAt(0).toLocaleLowerCase('vi')}${m[2]!.slice(1)}`;
}
