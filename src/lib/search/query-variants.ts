/** Vietnamese tone marks and the marked vowels (not đ, which is a letter of its own). */
const TONE_OR_VOWEL_MARK = /[\u0300-\u0309\u0323\u0302\u0306\u031b]/;

/**
 * Whether the query was typed with tone marks or vowel marks (â, ơ, ư…). Then exact words should
 * outrank words that only match once marks are stripped.
 *
 * @example
 * hasMarks('dân vận') // true
 * hasMarks('dan van') // false
 * hasMarks('đường') // true
 */
export function hasMarks(query: string): boolean {
  return TONE_OR_VOWEL_MARK.test(query.normalize('NFD'));
}

/** The most d-initial words that get an đ variant: 2^3 = 8 searches at most. */
const MAX_D_WORDS = 3;

/**
 * The queries to run for what a person typed. Pagefind folds tone marks but not đ (U+0111 has no
 * decomposition), so "dang uy" would never find "Đảng ủy". In Vietnamese đ only begins a
 * syllable, so each word typed with a plain initial "d" is tried both ways. Quoted phrases are
 * kept as they are (their d-words vary too, inside the quotes).
 *
 * @example
 * queryVariants('dang uy') // ['dang uy', 'đang uy']
 * queryVariants('danh gia xep loai') // ['danh gia xep loai', 'đanh gia xep loai']
 * queryVariants('đánh giá') // ['đánh giá']
 * queryVariants('dân') // ['dân']
 */
export function queryVariants(query: string): string[] {
  const q = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!q) return [];
  if (hasMarks(q) || /[đĐ]/.test(q)) return [...new Set([q, otherTonePlacement(q)])];
  // Word starts whose first letter is d/D (not đ), at most MAX_D_WORDS of them.
  const starts = [...q.matchAll(/(?<![\p{L}\p{M}])[dD](?=[\p{L}\p{M}])/gu)].map((m) => m.index).slice(0, MAX_D_WORDS);
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << starts.length; mask++) {
    let v = q;
    starts.forEach((at, bit) => {
      if (mask & (1 << bit)) v = v.slice(0, at) + (v[at] === 'D' ? 'Đ' : 'đ') + v.slice(at + 1);
    });
    variants.push(v);
  }
  return variants;
}

/**
 * The quoted-phrase form of a query, for Pagefind's phrase search: null when the query has a
 * single word or already holds quotes.
 *
 * @example
 * phraseQuery('dan biet dan ban') // '"dan biet dan ban"'
 * phraseQuery('hoa giai') // '"hoa giai"'
 * phraseQuery('camera') // null
 */
export function phraseQuery(query: string): string | null {
  const q = query.trim();
  if (q.includes('"') || q.split(/\s+/).length < 2) return null;
  return `"${q}"`;
}

/** oa, oe, uy with the tone on the first vowel (new style) or the second (old style). */
const TONE = '\u0300\u0301\u0303\u0309\u0323';

/**
 * The same words with the tone mark placed the other way in oa/oe/uy: "hoà" ↔ "hòa", "uỷ" ↔
 * "ủy". Both styles are correct and both are in use; Pagefind compares them as different words
 * when marks must match exactly.
 *
 * @example
 * otherTonePlacement('hoà giải') // 'hòa giải'
 * otherTonePlacement('ủy ban') // 'uỷ ban'
 * otherTonePlacement('dân') // 'dân'
 */
export function otherTonePlacement(text: string): string {
  const syllableEnd = '(?![\\p{L}\\p{M}])';
  const pair = new RegExp(`([oO][${TONE}]?[aAeE]|[uU][${TONE}]?[yY])([${TONE}]?)${syllableEnd}`, 'gu');
  return text
    .normalize('NFD')
    .replace(pair, (whole: string) => {
      const tone = [...whole].find((c) => TONE.includes(c));
      if (!tone) return whole;
      const [first, second] = [...whole].filter((c) => c !== tone);
      // Tone on the first vowel → on the second, and back.
      return whole.indexOf(tone) === 1 ? `${first}${second}${tone}` : `${first}${tone}${second}`;
    })
    .normalize('NFC');
}
