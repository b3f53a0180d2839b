import { describe, expect, it } from 'vitest';
import { checkSpelling, type Speller, type SpellingFile } from './spelling-check';

/** A tiny dictionary in the new convention, like dictionary-vi; suggestions by one changed letter. */
const WORDS = [
  'dân',
  'vận',
  'khéo',
  'hoà',
  'giải',
  'thuỷ',
  'lợi',
  'nghiêng',
  'về',
  'xã',
  'chú',
  'trọng',
  'chủ',
  'sắp',
  'sáp',
  'xếp',
  'quốc',
  'gia',
  'tổ',
];
const speller: Speller = {
  correct: (w) => WORDS.includes(w.toLocaleLowerCase('vi')),
  suggest: (w) => WORDS.filter((d) => d.length === w.length && [...d].filter((c, i) => c !== w[i]).length === 1),
};
const names = new Set(['Nghĩa', 'Trụ', 'Phố', 'Hiến']);
const run = (files: SpellingFile[]) =>
  checkSpelling(files, speller, { names }).map(
    (w) => `${w.file}:${w.line} ${w.kind} ${w.word}${w.suggestions.length ? ` → ${w.suggestions.join('|')}` : ''}`,
  );

describe('checkSpelling', () => {
  it.each([
    ['a correct line', 'Dân vận khéo', []],
    ['an unknown word, with a suggestion', 'dân vận khéo\nngiêng về', ['a.md:2 unknown-word ngiêng']],
    ['a misplaced tone mark', 'dân vận kheó', ['a.md:1 misplaced-tone kheó → khéo']],
    ['old convention is as right as the new one', 'hòa giải thủy lợi', []],
    ['names from the site data are never flagged', 'xã Nghĩa Trụ, Phố Hiến', []],
    ['abbreviations are not words', 'UBND HĐND TTg dân', []],
    [
      'two right syllables, wrong together',
      'Chủ trọng sáp xếp',
      ['a.md:1 confused-phrase Chủ trọng → Chú trọng', 'a.md:1 confused-phrase sáp xếp → sắp xếp'],
    ],
    ['mixed conventions in one file: the minority', 'hòa giải\nhòa giải\nhoà giải', ['a.md:3 tone-style hoà → hòa']],
    ['decomposed Unicode', 'dân\nho\u0300a giải', ['a.md:2 decomposed hòa']],
  ])('%s', (_name, text, expected) => expect(run([{ file: 'a.md', text }])).toEqual(expected));

  it('suggestions follow the file’s convention', () => {
    expect(checkSpelling([{ file: 'a.md', text: 'hòa giải, thủy lợi, hoàa' }], speller, { names })[0]?.word).toBe(
      'hoàa',
    );
    const [w] = checkSpelling(
      [{ file: 'a.md', text: 'hòa giải, tủy' }],
      { ...speller, suggest: () => ['thuỷ'] },
      { names },
    );
    expect(w?.suggestions).toEqual(['thủy']);
  });

  it('across the stories, a file whose convention differs from the others is flagged', () => {
    const stories: SpellingFile[] = [
      { file: 's1.mdx', text: 'hòa giải', group: 'stories' },
      { file: 's2.mdx', text: 'thủy lợi', group: 'stories' },
      { file: 's3.mdx', text: '\nhoà giải', group: 'stories' },
      { file: 'guide.md', text: 'hoà giải' },
    ];
    expect(run(stories)).toEqual(['s3.mdx:2 tone-style hoà → hòa']);
  });

  it('messages are Vietnamese and say how to fix', () => {
    const [unknown, misplaced] = checkSpelling([{ file: 'a.md', text: 'ngiêng kheó' }], speller, { names });
    expect(unknown?.message).toMatch(/không có trong từ điển tiếng Việt.*tu-bo-sung\.txt/);
    expect(misplaced?.message).toBe('"kheó" đặt dấu thanh sai nguyên âm; nên viết "khéo"');
  });
});
