import { describe, expect, it } from 'vitest';
import { decomposedLines, proseText, proseWords } from './prose-words';

const words = (text: string) => proseWords(text).map((w) => w.word);

describe('proseWords', () => {
  it.each([
    [
      'front matter: only prose values',
      '---\ntitle: "Chợ quê"\nplace: huyen-an-thi\ncoverAlt: "Tranh lúa"\n---\n',
      ['Chợ', 'quê', 'Tranh', 'lúa'],
    ],
    ['inline code and fenced code', 'Gõ `npm run check` rồi\n```sh\nnpm start\n```\nxong', ['Gõ', 'rồi', 'xong']],
    [
      'links keep their text, lose their target',
      'Xem [Chỉ thị](/van-ban/chi-thi/) và https://example.vn/a.',
      ['Xem', 'Chỉ', 'thị', 'và'],
    ],
    [
      'JSX: names and attributes go, quoted values stay',
      '<ResidentQuote who="Một người dân" place={x}>Lời kể</ResidentQuote>',
      ['Một', 'người', 'dân', 'Lời', 'kể'],
    ],
    [
      'a URL inside an attribute does not break the quotes',
      '<VideoLink href="https://a.vn/x?q=a+b" title="Dân ca" provider="YouTube" />',
      ['Dân', 'ca'],
    ],
    ['MDX imports, comments and expressions', "import A from './a.jpg'\n<!-- ghi chú -->\n{1 + 2} chữ", ['chữ']],
    [
      'paths and file names, but not hoa/thường',
      'Sửa data/dia-ban.yaml và anh-bia.jpg (hoa/thường)',
      ['Sửa', 'và', 'hoa', 'thường'],
    ],
    ['a quoted field name', 'Thiếu (trường "title") ở đây', ['Thiếu', 'trường', 'ở', 'đây']],
  ])('%s', (_name, text, expected) => expect(words(text)).toEqual(expected));

  it('keeps lines and columns', () => {
    const text = '---\ntitle: "Chợ quê"\n---\n\nNói `x` không';
    expect(proseText(text).length).toBe(text.length);
    expect(proseWords(text).map((w) => `${w.word}@${w.line}:${w.column}`)).toEqual([
      'Chợ@2:9',
      'quê@2:13',
      'Nói@5:1',
      'không@5:9',
    ]);
  });
});

describe('decomposedLines', () => {
  it.each([
    ['Hòa giải', []],
    ['Ho\u0300a gia\u0309i', [{ line: 1, sample: 'Hòa' }]],
    ['đúng\nsai: thu\u0309y', [{ line: 2, sample: 'thủy' }]],
  ])('%j', (text, expected) => expect(decomposedLines(text)).toEqual(expected));
});
