/**
 * "Bản đọc trên loa": each poster's content as a short script for the commune loudspeaker. Under
 * 200 words (about a minute read slowly), no tables, every number and date in words, and the
 * page address spelled for listeners. Built from the same sentences as the poster.
 */
import { t } from '../../i18n/t';
import { countWords, spellAddressVi, speakTextVi } from './speak-text-vi';
import type { YearPosterFigures } from './year-figures';
import { yearSentences } from './year-sentences';

/** A script must stay under this many words (strictly). */
export const READ_ALOUD_WORD_LIMIT = 200;
/** Words a reader says in a minute on a loudspeaker, slowly and clearly. */
const WORDS_PER_MINUTE = 180;

export interface ReadAloudScript {
  paragraphs: string[];
  words: number;
  /** Estimated reading time in seconds. */
  seconds: number;
}

/**
 * A paragraph of a script. Optional ones are left out, last first, when the script would be too
 * long; an address says the exact page, or, when that would make the script too long (a long
 * SITE_URL), the site's home address and where to click.
 */
type Part = string | { optional: string } | { exact: string; short: string };

/**
 * Put a script together: every required paragraph, then the optional ones while the script stays
 * under the limit, in their places. Throws, naming `what`, when the required part alone is too long.
 */
function fit(what: string, parts: readonly Part[]): ReadAloudScript {
  const countRequired = (short: boolean) =>
    countWords(
      parts.map((p) => (typeof p === 'string' ? p : 'exact' in p ? (short ? p.short : p.exact) : '')).join(' '),
    );
  let short = false;
  let words = countRequired(false);
  if (words >= READ_ALOUD_WORD_LIMIT) {
    short = true;
    words = countRequired(true);
  }
  if (words >= READ_ALOUD_WORD_LIMIT) {
    throw new Error(
      `Bản đọc trên loa của ${what} dài ${words} từ (cần dưới ${READ_ALOUD_WORD_LIMIT}). Cách sửa: rút gọn lời giải thích hoặc phần tóm tắt.`,
    );
  }
  const kept = new Set<Part>();
  for (const p of parts) {
    if (typeof p === 'string' || !('optional' in p)) continue;
    const n = countWords(p.optional);
    if (words + n < READ_ALOUD_WORD_LIMIT) {
      kept.add(p);
      words += n;
    }
  }
  const text = (p: Part): string[] =>
    typeof p === 'string' ? [p] : 'exact' in p ? [short ? p.short : p.exact] : kept.has(p) ? [p.optional] : [];
  // A sentence that began with a figure ("136 cơ quan…") now begins with its words: capitalise it.
  const paragraphs = parts.flatMap(text).map((p) => p.charAt(0).toLocaleUpperCase('vi') + p.slice(1));
  return { paragraphs, words, seconds: Math.round((words / WORDS_PER_MINUTE) * 60) };
}

/** Where a listener finds the page: its exact address, or the home address and the way there. */
const address = (url: string, homeUrl: string, where: string): Part => ({
  exact: t('poster.loa.address', { address: spellAddressVi(url) }),
  short: t('poster.loa.addressShort', { address: spellAddressVi(homeUrl), where }),
});

/**
 * A directive point: which document and point, the plain reading, where to read it all.
 *
 * @example
 * pointScript({ kind: 'Chỉ thị', date: '2022-02-21', issuer: 'Chủ tịch UBND tỉnh Hưng Yên', n: 3, topic: 'Phong trào thi đua', plain: '…', url: 'https://x.vn/van-ban/ct/#diem-3', homeUrl: 'https://x.vn/' }).words < 200 // true
 */
export function pointScript(input: {
  kind: string;
  date: string;
  issuer: string;
  n: number;
  topic: string;
  plain: string;
  url: string;
  homeUrl: string;
}): ReadAloudScript {
  // The year, not the full date, names the document: the poster prints the exact citation, and a
  // minute on the loudspeaker is better spent on the plain reading and the address.
  const document = t('poster.loa.document', { kind: input.kind, year: input.date.slice(0, 4), issuer: input.issuer });
  return fit(`điểm ${input.n}`, [
    { optional: t('poster.loa.intro') },
    speakTextVi(t('poster.loa.point', { document, n: input.n, topic: input.topic })),
    speakTextVi(t('poster.loa.plain', { plain: input.plain })),
    address(input.url, input.homeUrl, speakTextVi(t('poster.loa.where.point', { n: input.n }))),
    { optional: t('poster.loa.qr') },
  ]);
}

/**
 * A "Dân vận khéo" story: its title, where and when, its summary; illustrative ones say so first.
 *
 * @example
 * storyScript({ title: 'Chợ quê', summary: '…', place: 'huyện Khoái Châu', year: 2022, illustrative: true, url: 'https://x.vn/dan-van-kheo/cho-que/', homeUrl: 'https://x.vn/' }).paragraphs[1] // 'Xin lưu ý: …'
 */
export function storyScript(input: {
  title: string;
  summary: string;
  place: string;
  year: number;
  illustrative: boolean;
  url: string;
  homeUrl: string;
}): ReadAloudScript {
  return fit(`bài “${input.title}”`, [
    { optional: t('poster.loa.intro') },
    ...(input.illustrative ? [t('poster.loa.sample')] : []),
    speakTextVi(t('poster.loa.story', { title: input.title })),
    speakTextVi(t('poster.loa.storyWhere', { place: input.place, year: input.year })),
    speakTextVi(input.summary),
    address(input.url, input.homeUrl, t('poster.loa.where.story')),
    { optional: t('poster.loa.qr') },
  ]);
}

/**
 * A results year: the key figures in words (the same sentences as the poster, said aloud).
 *
 * @example
 * yearScript(figures, 'https://x.vn/ket-qua/2025/', 'https://x.vn/').paragraphs.join(' ').match(/\d/) // null
 */
export function yearScript(figures: YearPosterFigures, url: string, homeUrl: string): ReadAloudScript {
  const s = yearSentences(figures);
  return fit(`kết quả năm ${figures.year}`, [
    { optional: t('poster.loa.intro') },
    ...(figures.sample ? [t('poster.loa.sample')] : []),
    speakTextVi(t('poster.loa.year', { year: figures.year })),
    speakTextVi(s.units),
    speakTextVi(s.bands),
    ...(s.means ? [speakTextVi(s.means)] : []),
    ...(s.suppressed ? [{ optional: speakTextVi(s.suppressed) }] : []),
    ...(s.onTime ? [{ optional: speakTextVi(s.onTime) }] : []),
    address(url, homeUrl, speakTextVi(t('poster.loa.where.year', { year: figures.year }))),
    { optional: t('poster.loa.qr') },
  ]);
}
