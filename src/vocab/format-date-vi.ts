/**
 * Vietnamese dates as written in administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * a day below 10 and the months 1 and 2 take a leading zero — "ngày 05 tháng 02 năm 2022",
 * "ngày 21 tháng 12 năm 2021". Dates are calendar dates: read and printed in UTC so that the
 * build machine's time zone never shifts a day.
 */

/** A calendar date from an ISO `YYYY-MM-DD` string or a Date (UTC fields are used). */
export type DateInput = string | Date;

function parts(date: DateInput): { day: number; month: number; year: number } {
  const d = typeof date === 'string' ? parseIsoDate(date) : date;
  if (Number.isNaN(d.getTime())) throw new Error(`Invalid date: ${String(date)}`);
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
}

/**
 * Parse a strict ISO calendar date (`YYYY-MM-DD`) to a UTC Date; throws on anything else,
 * including impossible dates such as 2022-02-30.
 *
 * @example
 * parseIsoDate('2022-02-21').toISOString() // '2022-02-21T00:00:00.000Z'
 */
export function parseIsoDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new Error(`No such calendar date: ${iso}`);
  }
  return date;
}

/**
 * Long form, as in a document's place-and-date line.
 *
 * @example
 * formatDateVi('2022-02-21') // 'ngày 21 tháng 02 năm 2022'
 * formatDateVi('2020-01-08') // 'ngày 08 tháng 01 năm 2020'
 * formatDateVi('2021-11-26') // 'ngày 26 tháng 11 năm 2021'
 */
export function formatDateVi(date: DateInput): string {
  const { day, month, year } = parts(date);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/**
 * Short numeric form used in citations ("ngày 21/02/2022").
 *
 * @example
 * formatDateShortVi('2016-05-16') // '16/05/2016'
 */
export function formatDateShortVi(date: DateInput): string {
  const { day, month, year } = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * Machine form for `<time datetime>` and JSON.
 *
 * @example
 * toIsoDate(new Date(Date.UTC(2022, 1, 21))) // '2022-02-21'
 */
export function toIsoDate(date: DateInput): string {
  const { day, month, year } = parts(date);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
