/**
 * The spelling check staff see in `npm run check`: warnings, never errors. For each file it lists,
 * by line, words a Vietnamese dictionary does not know (with suggestions), tone marks on a vowel no
 * convention uses, decomposed Unicode, and the two tone-placement conventions (hòa / hoà) mixed in
 * one file or across the stories. Names from the site's own data are never flagged. Pure: the
 * dictionary comes in as a `Speller` (spelling-fs.ts reads dictionary-vi with nspell).
 */
import { decomposedLines, proseWords } from './prose-words';
import { misplacedTone, placeTone, toneOf, type ToneStyle } from './tone-placement';

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export type SpellingKind = 'unknown-word' | 'misplaced-tone' | 'decomposed' | 'tone-style' | 'confused-phrase';

/**
 * Two-syllable slips that a syllable dictionary cannot see (each syllable exists on its own), with
 * the right form. Well-known confusions only; the first two are in the signed directive itself.
 */
export const CONFUSED_PHRASES: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ['chủ trọng', 'chú trọng'],
  ['sáp xếp', 'sắp xếp'],
  ['sát nhập', 'sáp nhập'],
  ['sử lý', 'xử lý'],
  ['xuất xắc', 'xuất sắc'],
  ['suất sắc', 'xuất sắc'],
  ['năng xuất', 'năng suất'],
  ['sơ xuất', 'sơ suất'],
  ['chuẩn đoán', 'chẩn đoán'],
  ['sắc xảo', 'sắc sảo'],
  ['chau chuốt', 'trau chuốt'],
  ['trăm sóc', 'chăm sóc'],
  ['giành dụm', 'dành dụm'],
];

export interface SpellingWarning {
  file: string;
  line: number;
  kind: SpellingKind;
  word: string;
  /** Vietnamese, for staff. */
  message: string;
  suggestions: string[];
}

export interface SpellingFile {
  /** Path shown to staff. */
  file: string;
  text: string;
  /** Files of one group (the stories) should share one tone convention. */
  group?: string | undefined;
}

export interface SpellingOptions {
  /** Words always accepted as written: names of places and people from the site's data, own words. */
  names: ReadonlySet<string>;
  /** How many suggestions per word. */
  maxSuggestions?: number;
  /** Wrong two-word phrases and their right form; CONFUSED_PHRASES unless given. */
  phrases?: ReadonlyArray<readonly [string, string]>;
}

const STYLE_LABEL: Record<ToneStyle, string> = { old: 'kiểu cũ (hòa, thủy)', new: 'kiểu mới (hoà, thuỷ)' };

/** Abbreviations (UBND, HĐND) and mixed-case tokens (TTg) are not dictionary words. */
const isAbbreviation = (word: string) =>
  (word.length > 1 && word === word.toLocaleUpperCase('vi')) || /^.\p{Ll}*\p{Lu}/u.test(word);

/** The convention most occurrences use; `undefined` when none shows one. */
function majority(counts: Record<ToneStyle, number>): ToneStyle | undefined {
  if (!counts.old && !counts.new) return undefined;
  return counts.new > counts.old ? 'new' : 'old';
}

/**
 * Every spelling warning over a set of files, in file order then line order.
 *
 * @example
 * checkSpelling([{ file: 'a.md', text: 'Hòa giải, hoà giải' }], speller, { names: new Set() })
 *   .map((w) => `${w.kind} ${w.word}`) // ['tone-style hoà']
 */
export function checkSpelling(
  files: readonly SpellingFile[],
  speller: Speller,
  { names, maxSuggestions = 4, phrases = CONFUSED_PHRASES }: SpellingOptions,
): SpellingWarning[] {
  const confused = new Map(
    phrases.map(([wrong, right]) => [wrong.normalize('NFC').toLocaleLowerCase('vi'), right.normalize('NFC')]),
  );
  const known = new Map<string, boolean>();
  const isKnown = (word: string) => {
    let ok = known.get(word);
    if (ok === undefined) {
      // The dictionary is written in the new convention; a word in the old one is just as right.
      ok =
        names.has(word) ||
        speller.correct(word) ||
        speller.correct(placeTone(word, 'new')) ||
        speller.correct(placeTone(word, 'old'));
      known.set(word, ok);
    }
    return ok;
  };
  const suggestionCache = new Map<string, string[]>();
  const suggest = (word: string) => {
    let list = suggestionCache.get(word);
    if (!list) suggestionCache.set(word, (list = speller.suggest(placeTone(word, 'new'))));
    return list;
  };

  const prepared = files.map((f) => {
    const all = proseWords(f.text);
    const words = all.filter((w) => !isAbbreviation(w.word) && !names.has(w.word));
    const styled = words.flatMap((w) => {
      const style = toneOf(w.word)?.style;
      return style ? [{ ...w, style }] : [];
    });
    const counts = {
      old: styled.filter((w) => w.style === 'old').length,
      new: styled.filter((w) => w.style === 'new').length,
    };
    return { ...f, all, words, styled, counts };
  });
  const groupStyle = new Map<string, ToneStyle | undefined>();
  for (const group of new Set(prepared.flatMap((f) => (f.group ? [f.group] : [])))) {
    const inGroup = prepared.filter((f) => f.group === group);
    groupStyle.set(
      group,
      majority({
        old: inGroup.reduce((n, f) => n + f.counts.old, 0),
        new: inGroup.reduce((n, f) => n + f.counts.new, 0),
      }),
    );
  }
  const overall =
    majority({
      old: prepared.reduce((n, f) => n + f.counts.old, 0),
      new: prepared.reduce((n, f) => n + f.counts.new, 0),
    }) ?? 'old';

  const warnings: SpellingWarning[] = [];
  for (const f of prepared) {
    const own = majority(f.counts);
    const style: ToneStyle = own ?? (f.group ? groupStyle.get(f.group) : undefined) ?? overall;
    const fileWarnings: SpellingWarning[] = [];
    const add = (line: number, kind: SpellingKind, word: string, message: string, suggestions: string[] = []) =>
      fileWarnings.push({ file: f.file, line, kind, word, message, suggestions });

    for (const { line, sample } of decomposedLines(f.text)) {
      add(
        line,
        'decomposed',
        sample,
        `chữ viết ở dạng tổ hợp (dấu tách rời khỏi chữ, Unicode NFD)${sample ? `, ví dụ "${sample}"` : ''}: trông giống nhưng máy tìm kiếm và sắp xếp coi là chữ khác. Cách sửa: gõ lại bằng bộ gõ Unicode dựng sẵn, hoặc lưu tệp ở dạng NFC`,
      );
    }
    for (const w of f.words) {
      if (misplacedTone(w.word)) {
        const fixed = placeTone(w.word, style);
        add(w.line, 'misplaced-tone', w.word, `"${w.word}" đặt dấu thanh sai nguyên âm; nên viết "${fixed}"`, [fixed]);
      } else if (!isKnown(w.word)) {
        const suggestions = [...new Set(suggest(w.word).map((s) => placeTone(s, style)))].slice(0, maxSuggestions);
        add(
          w.line,
          'unknown-word',
          w.word,
          `"${w.word}" không có trong từ điển tiếng Việt${suggestions.length ? `; gợi ý: ${suggestions.join(', ')}` : ''}. Nếu là tên riêng hoặc từ đúng, thêm vào scripts/lib/spelling/tu-bo-sung.txt`,
          suggestions,
        );
      }
    }
    f.all.forEach((w, i) => {
      const next = f.all[i + 1];
      const right =
        next && next.line === w.line ? confused.get(`${w.word} ${next.word}`.toLocaleLowerCase('vi')) : undefined;
      if (!right) return;
      const fixed = /^\p{Lu}/u.test(w.word) ? right.charAt(0).toLocaleUpperCase('vi') + right.slice(1) : right;
      add(
        w.line,
        'confused-phrase',
        `${w.word} ${next!.word}`,
        `"${w.word} ${next!.word}" có lẽ viết nhầm; đúng là "${fixed}"`,
        [fixed],
      );
    });
    // Tone convention: within the file, the minority; across the group, a file that differs from the others.
    const groupMajority = f.group ? groupStyle.get(f.group) : undefined;
    for (const w of f.styled) {
      const fixed = placeTone(w.word, w.style === 'old' ? 'new' : 'old');
      if (own && w.style !== own) {
        add(
          w.line,
          'tone-style',
          w.word,
          `"${w.word}" đặt dấu ${STYLE_LABEL[w.style]}, còn tệp này phần lớn viết ${STYLE_LABEL[own]} (${f.counts[own]} chỗ); nên thống nhất: "${fixed}"`,
          [fixed],
        );
      } else if (groupMajority && w.style !== groupMajority) {
        add(
          w.line,
          'tone-style',
          w.word,
          `"${w.word}" đặt dấu ${STYLE_LABEL[w.style]}, còn các bài khác viết ${STYLE_LABEL[groupMajority]}; nên thống nhất: "${fixed}"`,
          [fixed],
        );
      }
    }
    warnings.push(...fileWarnings.sort((a, b) => a.line - b.line));
  }
  return warnings;
}

/**
 * One warning as a line staff can act on.
 *
 * @example
 * formatSpellingWarning({ file: 'a.md', line: 3, kind: 'unknown-word', word: 'ngiêng', message: '"ngiêng" không có…', suggestions: [] })
 * // 'a.md, dòng 3: "ngiêng" không có…'
 */
export function formatSpellingWarning(w: SpellingWarning): string {
  return `${w.file}, dòng ${w.line}: ${w.message}.`;
}
