/**
 * Numbers and dates as they are read aloud in (northern) Vietnamese, for the loudspeaker scripts:
 * "2025" → "hai nghìn không trăm hai mươi lăm", "15/11" → "ngày mười lăm tháng mười một",
 * "82,5" → "tám mươi hai phẩy năm". The rules are the ones taught in primary school: "mốt" for 1
 * and "tư" for 4 after "mươi", "lăm" for 5 after "mười"/"mươi", "linh" for a zero tens digit after
 * hundreds, and "không trăm" when a group of three follows a higher group.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
/** Names of the groups of three digits, lowest first ("nghìn tỷ" is 10^12). */
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'] as const;

/**
 * One digit as a word.
 *
 * @example
 * digitWord(7) // 'bảy'
 */
export function digitWord(d: number): string {
  const word = DIGITS[d];
  if (word === undefined) throw new Error(`digitWord: expected a digit 0–9, got ${d}`);
  return word;
}

/** 0–999; `full` when a higher group comes before (then "không trăm", "linh" are said). */
function readTriple(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (full || h > 0) out.push(digitWord(h), 'trăm');
  if (t === 0) {
    if (u > 0) out.push(...(out.length ? ['linh'] : []), digitWord(u));
  } else if (t === 1) {
    out.push('mười');
    if (u > 0) out.push(u === 5 ? 'lăm' : digitWord(u));
  } else {
    out.push(digitWord(t), 'mươi');
    if (u === 1) out.push('mốt');
    else if (u === 4) out.push('tư');
    else if (u === 5) out.push('lăm');
    else if (u > 0) out.push(digitWord(u));
  }
  return out;
}

/**
 * A whole number (or a string of digits) in words.
 *
 * @example
 * integerToWordsVi(2025) // 'hai nghìn không trăm hai mươi lăm'
 * integerToWordsVi(105) // 'một trăm linh năm'
 * integerToWordsVi(1000005) // 'một triệu không trăm linh năm'
 */
export function integerToWordsVi(value: number | string): string {
  const digits =
    typeof value === 'number'
      ? Number.isSafeInteger(value)
        ? String(Math.abs(value))
        : ''
      : value.replace(/^0+(?=\d)/, '');
  if (!/^\d+$/.test(digits)) throw new Error(`integerToWordsVi: expected a whole number, got ${JSON.stringify(value)}`);
  const negative = typeof value === 'number' && value < 0;
  if (digits.length > GROUPS.length * 3) throw new Error(`integerToWordsVi: ${value} is too large to read aloud`);
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.push(Number(digits.slice(Math.max(0, end - 3), end)));
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    const group = GROUPS[i] ?? '';
    words.push(...readTriple(g, words.length > 0), ...(group ? [group] : []));
  }
  const text = words.length ? words.join(' ') : 'không';
  return negative ? `âm ${text}` : text;
}

/**
 * The digits after the decimal comma: leading zeros one by one, then the rest as a number
 * ("05" → "không năm", "75" → "bảy mươi lăm"); more than three digits are read one by one.
 */
function fractionWords(frac: string): string {
  if (frac.length > 3) return [...frac].map((d) => digitWord(Number(d))).join(' ');
  const zeros = /^0*/.exec(frac)![0].length;
  const rest = frac.slice(zeros);
  return [...Array<string>(zeros).fill('không'), ...(rest ? [integerToWordsVi(rest)] : [])].join(' ');
}

/**
 * A number in words; decimals with "phẩy". Accepts a JavaScript number or a number written the
 * Vietnamese way ("1.234,5": dot for thousands, comma for decimals).
 *
 * @example
 * numberToWordsVi(82.5) // 'tám mươi hai phẩy năm'
 * numberToWordsVi('1.234,05') // 'một nghìn hai trăm ba mươi tư phẩy không năm'
 * numberToWordsVi(-3) // 'âm ba'
 */
export function numberToWordsVi(value: number | string): string {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`numberToWordsVi: expected a finite number, got ${value}`);
    text = String(value).replace('.', ',');
    if (/e/i.test(text)) throw new Error(`numberToWordsVi: ${value} is out of range`);
  } else {
    text = value.trim();
  }
  const m = /^(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(text);
  if (!m) throw new Error(`numberToWordsVi: expected a number like 1.234,5, got ${JSON.stringify(value)}`);
  const whole = integerToWordsVi(m[2]!.replaceAll('.', ''));
  const words = m[3] ? `${whole} phẩy ${fractionWords(m[3])}` : whole;
  return m[1] ? `âm ${words}` : words;
}

/**
 * A month's name as said: "tháng tư" (not "tháng bốn"), "tháng mười một".
 *
 * @example
 * monthWordsVi(4) // 'tháng tư'
 */
export function monthWordsVi(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new Error(`monthWordsVi: expected a month 1–12, got ${month}`);
  return `tháng ${month === 4 ? 'tư' : integerToWordsVi(month)}`;
}

/**
 * A calendar date as said: days 1–10 take "mồng", as people in the north say them.
 *
 * @example
 * spokenDateVi(15, 11) // 'ngày mười lăm tháng mười một'
 * spokenDateVi(1, 7, 2025) // 'ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm'
 */
export function spokenDateVi(day: number, month: number, year?: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error(`spokenDateVi: expected a day 1–31, got ${day}`);
  const d = `ngày ${day <= 10 ? 'mồng ' : ''}${integerToWordsVi(day)} ${monthWordsVi(month)}`;
  return year === undefined ? d : `${d} năm ${integerToWordsVi(year)}`;
}

/**
 * A date given as ISO `YYYY-MM-DD`, as said.
 *
 * @example
 * spokenIsoDateVi('2025-12-26') // 'ngày hai mươi sáu tháng mười hai năm hai nghìn không trăm hai mươi lăm'
 */
export function spokenIsoDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`spokenIsoDateVi: expected YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return spokenDateVi(Number(m[3]), Number(m[2]), Number(m[1]));
}
