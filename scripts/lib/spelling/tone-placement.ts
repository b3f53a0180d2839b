/**
 * Where the tone mark of a Vietnamese syllable goes. Two conventions are both correct and both in
 * use: the old one ("kiểu cũ": hòa, khỏe, thủy) and the new one ("kiểu mới": hoà, khoẻ, thuỷ). They
 * differ only for an open syllable ending in oa, oe or uy; everywhere else the place is fixed
 * (khéo, not kheó; quốc, not qúôc). This module says which vowel may carry the mark, which
 * convention a syllable follows, and rewrites a syllable in either convention.
 *
 * Rules as taught in Vietnamese orthography (and implemented by input methods such as Unikey):
 * 1. a vowel with a quality mark (ă â ê ô ơ ư) carries the tone (the last one: ươ → ơ);
 * 2. else, with a final consonant, the last vowel does (hoàn, huỳnh);
 * 3. else, in an open syllable: oa/oe/uy → first vowel (old) or second (new); three vowels → the
 *    middle one (ngoài, khuỷu); two → the first (mía, mùa); "qu" and "gi" (before a vowel) count
 *    as consonants (quý, già).
 */

/** Combining tone marks: huyền, sắc, hỏi, ngã, nặng. */
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const TONE_RE = /[\u0300\u0301\u0309\u0303\u0323]/u;
const VOWELS = 'aăâeêioôơuưy';
const QUALITY_VOWELS = 'ăâêôơư';

export type ToneStyle = 'old' | 'new';

interface Letter {
  /** The letter with its quality mark but no tone, NFC, in its original case. */
  ch: string;
  /** Its tone mark (combining), if it carries one. */
  tone?: string | undefined;
}

export interface SyllableTone {
  /** Index (in letters) of the vowel that carries the tone now. */
  actual: number;
  /** Indexes where the tone may go: one, or two (old, new) for oa/oe/uy. */
  allowed: { old: number; new: number };
  /** 'old' or 'new' when the syllable shows a convention (open oa/oe/uy), else undefined. */
  style?: ToneStyle | undefined;
}

/** Split a word into letters, each with its quality mark and its tone (if any). */
function letters(word: string): Letter[] {
  const out: Letter[] = [];
  for (const cluster of word.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const tone = cluster.match(TONE_RE)?.[0];
    out.push({ ch: cluster.replace(TONE_RE, '').normalize('NFC'), tone });
  }
  return out;
}

const isVowel = (l: Letter) => VOWELS.includes(l.ch.toLowerCase());

/**
 * The tone mark of a syllable and where it may go; `undefined` when the word has no tone mark, is
 * not shaped like one Vietnamese syllable (consonants, vowels, consonants), or has several marks.
 *
 * @example
 * toneOf('kheó') // { actual: 3, allowed: { old: 2, new: 2 }, style: undefined }
 * toneOf('hòa')?.style // 'old'
 */
export function toneOf(word: string): SyllableTone | undefined {
  const ls = letters(word);
  const toned = ls.flatMap((l, i) => (l.tone ? [i] : []));
  if (toned.length !== 1) return undefined;
  const lower = ls.map((l) => l.ch.toLowerCase());
  let start = 0;
  while (start < ls.length && !isVowel(ls[start]!)) start++;
  // "qu" and "gi" before another vowel belong to the initial consonant.
  if (
    (lower[start - 1] === 'q' && lower[start] === 'u') ||
    (lower[start - 1] === 'g' && lower[start] === 'i' && ls[start + 1] && isVowel(ls[start + 1]!))
  )
    start++;
  let end = start;
  while (end < ls.length && isVowel(ls[end]!)) end++;
  if (end === start) return undefined;
  if (
    ls.slice(end).some(isVowel) ||
    ls.slice(0, start).some((l, i) => isVowel(l) && !(i === start - 1 && /[ui]/.test(lower[i]!)))
  )
    return undefined;
  const cluster = lower.slice(start, end).join('');
  const hasFinal = end < ls.length;
  let allowed: { old: number; new: number };
  const quality = [...cluster].map((c, i) => (QUALITY_VOWELS.includes(c) ? i : -1)).filter((i) => i >= 0);
  if (quality.length) {
    const i = start + quality.at(-1)!;
    allowed = { old: i, new: i };
  } else if (hasFinal) {
    allowed = { old: end - 1, new: end - 1 };
  } else if (cluster === 'oa' || cluster === 'oe' || cluster === 'uy') {
    allowed = { old: start, new: start + 1 };
  } else if (cluster.length >= 3) {
    allowed = { old: start + 1, new: start + 1 };
  } else {
    allowed = { old: start, new: start };
  }
  const actual = toned[0]!;
  const style =
    allowed.old !== allowed.new && (actual === allowed.old || actual === allowed.new)
      ? actual === allowed.old
        ? 'old'
        : 'new'
      : undefined;
  return { actual, allowed, style };
}

/**
 * The syllable with its tone mark on the vowel the given convention uses (the same word when it is
 * already there, or has no tone mark).
 *
 * @example
 * placeTone('kheó', 'new') // 'khéo'
 * placeTone('hoà', 'old') // 'hòa'
 * placeTone('Thủy', 'new') // 'Thuỷ'
 */
export function placeTone(word: string, style: ToneStyle): string {
  const tone = toneOf(word);
  if (!tone) return word;
  const target = tone.allowed[style];
  if (target === tone.actual) return word.normalize('NFC');
  const ls = letters(word);
  const mark = ls[tone.actual]!.tone;
  ls[tone.actual] = { ch: ls[tone.actual]!.ch };
  ls[target] = { ch: ls[target]!.ch, tone: mark };
  return ls.map((l) => (l.ch + (l.tone ?? '')).normalize('NFC')).join('');
}

/**
 * Whether the tone mark sits on a vowel neither convention uses (kheó, qúôc, hoạn → fine).
 *
 * @example
 * misplacedTone('kheó') // true
 * misplacedTone('hòa') // false
 */
export function misplacedTone(word: string): boolean {
  const tone = toneOf(word);
  return !!tone && tone.actual !== tone.allowed.old && tone.actual !== tone.allowed.new;
}

export { TONE_MARKS };
