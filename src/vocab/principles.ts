/**
 * The six principles of point 4 of the directive, in the directive's order:
 * "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
 * `id` is the stable ASCII key used in content front matter and URLs.
 *
 * @example
 * PRINCIPLES.map((p) => p.id) // ['dan-biet', 'dan-ban', 'dan-lam', 'dan-kiem-tra', 'dan-giam-sat', 'dan-thu-huong']
 */
export const PRINCIPLES = [
  { id: 'dan-biet', key: 'know' },
  { id: 'dan-ban', key: 'discuss' },
  { id: 'dan-lam', key: 'do' },
  { id: 'dan-kiem-tra', key: 'check' },
  { id: 'dan-giam-sat', key: 'supervise' },
  { id: 'dan-thu-huong', key: 'benefit' },
] as const;

export type PrincipleId = (typeof PRINCIPLES)[number]['id'];
