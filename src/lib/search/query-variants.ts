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
 * Whether a word of the index starts with `key` (folded, đ kept): Pagefind matches a query word
 * as the start of the index's words. `words` is sorted by code unit (`Array.prototype.sort`).
 *
 * @example
 * indexHas(['dan', 'đao', 'đuc'], 'đa') // true
 * indexHas(['dan', 'đao', 'đuc'], 'dao') // false
 */
export function indexHas(words: readonly string[], key: string): boolean {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length && words[lo]!.startsWith(key);
}

/**
 * The queries to run for what a person typed. Pagefind folds tone marks but not đ (U+0111 has no
 * decomposition), so "dang uy" would never find "Đảng ủy". In Vietnamese đ only begins a
 * syllable, so each word typed with a plain initial "d" is tried both ways. Quoted phrases are
 * kept as they are (their d-words vary too, inside the quotes).
 *
 * Given the index's d- and đ-words (`dWords`, folded, sorted; see the preload plan), a word is
 * tried only in the forms the index has: "dao duc" is searched as "đao đuc" alone when the index
 * has no word starting with "dao" or "duc" (each form costs its index chunk on a slow phone).
 * A word the index has in neither form stays as typed.
 *
 * @example
 * queryVariants('dang uy') // ['dang uy', 'đang uy']
 * queryVariants('danh gia xep loai') // ['danh gia xep loai', 'đanh gia xep loai']
 * queryVariants('đánh giá') // ['đánh giá']
 * queryVariants('dân') // ['dân']
 * queryVariants('dao duc', ['dan', 'đao', 'đuc']) // ['đao đuc']
 */
export function queryVariants(query: string, dWords?: readonly string[]): string[] {
  const q = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!q) return [];
  if (hasMarks(q) || /[đĐ]/.test(q)) return [...new Set([q, otherTonePlacement(q)])];
  const toD = (s: string, at: number) => s.slice(0, at) + (s[at] === 'D' ? 'Đ' : 'đ') + s.slice(at + 1);
  let base = q;
  // Word starts whose first letter is d/D (not đ) and that the index has both ways, at most MAX_D_WORDS.
  const starts: number[] = [];
  for (const m of q.matchAll(/(?<![\p{L}\p{M}])[dD][\p{L}\p{M}]+/gu)) {
    if (dWords) {
      const key = m[0].toLowerCase();
      const plain = indexHas(dWords, key);
      const stroke = indexHas(dWords, `đ${key.slice(1)}`);
      if (!stroke) continue;
      if (!plain) {
        base = toD(base, m.index);
        continue;
      }
    }
    if (starts.length < MAX_D_WORDS) starts.push(m.index);
  }
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << starts.length; mask++) {
    let v = base;
    starts.forEach((at, bit) => {
      if (mask & (1 << bit)) v = toD(v, at);
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
