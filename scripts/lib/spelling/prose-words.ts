/**
 * The words a reader sees in a story (MDX) or a guide (Markdown), with their line and column:
 * front-matter keys and ids, code, URLs, file paths, JSX tag and attribute names and MDX
 * expressions are blanked out first (kept as spaces, so positions stay right). What remains is
 * prose: the words the spelling check looks at.
 */

export interface ProseWord {
  word: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column (in UTF-16 units of the NFC text). */
  column: number;
}

/** Front-matter keys whose values are prose in a story. */
export const PROSE_KEYS = ['title', 'summary', 'coverAlt', 'agency'] as const;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Replace every match of a pattern by spaces (newlines kept). */
function mask(text: string, pattern: RegExp, keep?: (match: string) => string): string {
  return text.replace(pattern, (m) => (keep ? keep(m) : blank(m)));
}

/**
 * The text with everything that is not prose blanked out, same length and same lines.
 *
 * @example
 * proseText('---\ntitle: "Chợ quê"\nplace: huyen-an-thi\n---\nXem `npm run check` tại https://a.vn.')
 * // '   \n       "Chợ quê"\n                    \n   \nXem                   tại            '
 */
export function proseText(text: string): string {
  let out = text.normalize('NFC');
  // Front matter: only the values of prose keys stay.
  const fm = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?=\r?\n|$)/.exec(out);
  if (fm) {
    const kept = fm[0]
      .split('\n')
      .map((line) => {
        const m = /^(\w+)(\s*:\s*)(.*)$/.exec(line);
        if (m && (PROSE_KEYS as readonly string[]).includes(m[1]!)) return blank(m[1]! + m[2]!) + m[3]!;
        return blank(line);
      })
      .join('\n');
    out = kept + out.slice(fm[0].length);
  }
  out = mask(out, /^[ \t]*(```|~~~)[\s\S]*?^[ \t]*\1[^\n]*$/gm); // fenced code, also indented in a list item
  out = mask(out, /<!--[\s\S]*?-->/g); // comments
  out = mask(out, /^(import|export)\s[^\n]*$/gm); // MDX ESM
  out = mask(out, /`[^`\n]+`/g); // inline code
  out = mask(out, /\]\([^)\n]*\)/g); // link and image targets
  out = mask(out, /<https?:[^>\s]+>|https?:\/\/[^\s)>\]"']+|[\w.+-]+@[\w-]+(\.[\w-]+)+/g); // URLs, e-mail
  // JSX/HTML tags: names, attribute names and {expressions} go; "quoted values" are prose.
  out = mask(out, /<\/?[A-Za-z][^<>]*\/?>/g, (tag) =>
    tag.replace(/"[^"\n]*"|[^"\n]+/g, (part) => (part.startsWith('"') ? part : blank(part))),
  );
  out = mask(out, /\{[^{}\n]*\}/g); // MDX expressions
  // Paths and file names (data/dia-ban.yaml, anh-bia.jpg), but not "hoa/thường".
  out = mask(
    out,
    /(?<![\p{L}\p{M}])[\w.-]+\/[\w./-]+(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])[\w-]+\.(ya?ml|json|mdx?|ts|js|csv|xlsx|jpe?g|png|webp|svg)(?![\p{L}\p{M}])/gu,
  );
  out = mask(out, /"[A-Za-z][\w-]*"/g); // a field name quoted in prose: (trường "title")
  return out;
}

/**
 * Every prose word of a file, in order, with its position. Words are runs of letters (marks
 * included), so hyphens, digits and punctuation split them.
 *
 * @example
 * proseWords('Chợ quê\nnói không').map((w) => `${w.word}@${w.line}:${w.column}`) // ['Chợ@1:1', 'quê@1:5', 'nói@2:1', 'không@2:5']
 */
export function proseWords(text: string): ProseWord[] {
  const words: ProseWord[] = [];
  proseText(text)
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(/[\p{L}\p{M}]+/gu)) words.push({ word: m[0], line: i + 1, column: m.index + 1 });
    });
  return words;
}

/**
 * Lines that hold decomposed Vietnamese (a letter followed by a separate combining mark, as some
 * editors and PDF copies produce) or otherwise differ from their NFC form: they look right but
 * search, sorting and the spelling check see other letters.
 *
 * @example
 * decomposedLines('Hòa\nHo\u0300a') // [{ line: 2, sample: 'Hòa' }]
 */
export function decomposedLines(text: string): Array<{ line: number; sample: string }> {
  return text.split('\n').flatMap((line, i) => {
    if (line === line.normalize('NFC')) return [];
    const word = line.match(/[\p{L}]*\p{M}[\p{L}\p{M}]*/u)?.[0] ?? '';
    return [{ line: i + 1, sample: word.normalize('NFC') }];
  });
}
