/**
 * Turn written Vietnamese into what a reader says on the commune loudspeaker: dates, percentages,
 * decimals and whole numbers in words, the usual administrative abbreviations spelled out, and
 * the page address spelled so a listener can type it.
 */
import { digitWord, integerToWordsVi, monthWordsVi, numberToWordsVi, spokenDateVi } from './spoken-number-vi';

/** Abbreviations in official Vietnamese and how they are said. */
const ABBREVIATIONS: Record<string, string> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  QĐ: 'quyết định',
  CT: 'chỉ thị',
  NĐ: 'nghị định',
  CP: 'Chính phủ',
  TTg: 'Thủ tướng',
  KH: 'kế hoạch',
  TB: 'thông báo',
  TP: 'thành phố',
};

/** Abbreviations spelled out anywhere; the others only inside a document number (TB, CT… are too short to guess). */
const IN_TEXT = ['UBND', 'HĐND', 'MTTQ'];

/** A word boundary that knows Vietnamese letters (\b does not: "Đ" is not a word character). */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

const validDay = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/**
 * Written text as said aloud.
 *
 * @example
 * speakTextVi('Báo cáo trước ngày 15/11.') // 'Báo cáo trước ngày mười lăm tháng mười một.'
 * speakTextVi('Từ ngày 01/7/2025') // 'Từ ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm'
 * speakTextVi('72,5% đơn vị') // 'bảy mươi hai phẩy năm phần trăm đơn vị'
 */
export function speakTextVi(text: string): string {
  let out = text.normalize('NFC');
  // Document numbers, said as people say them: "Quyết định 04/2025/QĐ-UBND" → "Quyết định số bốn,
  // năm hai nghìn …, của Ủy ban nhân dân" (the kind, QĐ, was just said; the issuer follows "của").
  out = out.replace(
    new RegExp(`${B}(số\\s+)?(\\d{1,4})\\/(\\d{4})\\/([\\p{Lu}][\\p{L}]*(?:-[\\p{Lu}][\\p{L}]*)*)`, 'gu'),
    (_m, _so, n: string, y: string, code: string) => {
      const issuer = code
        .split('-')
        .slice(1)
        .map((k) => ABBREVIATIONS[k] ?? k)
        .join(' ');
      return `số ${integerToWordsVi(n)}, năm ${integerToWordsVi(y)}${issuer ? `, của ${issuer}` : ''}`;
    },
  );
  // Dates d/m/yyyy and d/m, with or without a "ngày" before them.
  out = out.replace(
    new RegExp(`${B}(ngày\\s+)?(\\d{1,2})\\/(\\d{1,2})(?:\\/(\\d{4}))?${E}`, 'gu'),
    (whole, _ngay, d: string, m: string, y?: string) =>
      validDay(Number(d), Number(m))
        ? spokenDateVi(Number(d), Number(m), y === undefined ? undefined : Number(y))
        : whole,
  );
  // "tháng 4" → "tháng tư".
  out = out.replace(new RegExp(`${B}tháng\\s+(\\d{1,2})${E}`, 'gu'), (whole, m: string) =>
    Number(m) >= 1 && Number(m) <= 12 ? monthWordsVi(Number(m)) : whole,
  );
  // Ranges of years: 2022–2025 → "2022 đến 2025".
  out = out.replace(/(?<!\d)(\d{4})\s*[–-]\s*(\d{4})(?!\d)/g, '$1 đến $2');
  // Percentages, then any number (Vietnamese style: dot for thousands, comma for decimals).
  out = out.replace(
    /(?<![\d,.])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s?%/g,
    (_m, i: string, f?: string) => `${numberToWordsVi(f ? `${i},${f}` : i)} phần trăm`,
  );
  out = out.replace(/(?<![\d,.])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d])/g, (_m, i: string, f?: string) =>
    numberToWordsVi(f ? `${i},${f}` : i),
  );
  out = out.replace(new RegExp(`${B}(${IN_TEXT.join('|')})${E}`, 'gu'), (k: string) => ABBREVIATIONS[k]!);
  return out;
}

/**
 * Words a reader says: runs of letters or digits separated by spaces (punctuation is not a word).
 *
 * @example
 * countWords('Dân biết, dân bàn – dân làm.') // 6
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A run of letters is said as written; a run of digits digit by digit (as it is typed). */
function spellToken(token: string): string[] {
  return (token.match(/\d+|[^\d]+/g) ?? []).flatMap((run) =>
    /^\d+$/.test(run) ? [...run].map((d) => digitWord(Number(d))) : [run],
  );
}

/**
 * A web address spelled for listeners: no "https://", "chấm" for dots, "gạch chéo" for slashes,
 * "gạch ngang" for hyphens, "dấu thăng" before a section, digits one by one.
 *
 * @example
 * spellAddressVi('https://hungyen.gov.vn/dan-van/ket-qua/2025/')
 * // 'hungyen chấm gov chấm vn, gạch chéo, dan gạch ngang van, gạch chéo, ket gạch ngang qua, gạch chéo, hai không hai năm, gạch chéo'
 */
export function spellAddressVi(url: string): string {
  const u = new URL(url);
  const host = u.hostname
    .split('.')
    .flatMap((label, i) => [
      ...(i ? ['chấm'] : []),
      ...label.split('-').flatMap((w, j) => [...(j ? ['gạch ngang'] : []), ...spellToken(w)]),
    ]);
  const port = u.port ? ['hai chấm', ...spellToken(u.port)] : [];
  const parts = [[...host, ...port].join(' ')];
  const segments = u.pathname.split('/').slice(1);
  for (const seg of segments) {
    parts.push('gạch chéo');
    if (seg)
      parts.push(
        seg
          .split('-')
          .map((w) => spellToken(w).join(' '))
          .join(' gạch ngang '),
      );
  }
  if (u.hash.length > 1)
    parts.push(
      `dấu thăng ${u.hash
        .slice(1)
        .split('-')
        .map((w) => spellToken(w).join(' '))
        .join(' gạch ngang ')}`,
    );
  return parts.join(', ');
}
