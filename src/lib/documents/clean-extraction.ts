/**
 * Repair what text extraction broke in a signed document, and only that (see
 * ../shared/source/NOTES.md): page breaks that split a sentence, and stray superscript initials.
 * Typos that are in the signed text itself are kept.
 */

/**
 * Clean an extracted text: NFC; drop superscript marks written `^{…}`, the stray "HV" initials
 * after "./" and "Nơi nhận:"; join a paragraph that a page break cut (it ends without
 * sentence-final punctuation and the next one starts in lower case).
 *
 * @example
 * cleanExtraction('Ủy ban\n\nnhân dân tỉnh.') // 'Ủy ban nhân dân tỉnh.'
 * cleanExtraction('- Lưu: VT, CVNC^{NH}.') // '- Lưu: VT, CVNC.'
 */
export function cleanExtraction(raw: string): string {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\^\{[^}]*\}/g, '')
    .replace(/\.\/HV\b/g, './')
    .replace(/^(Nơi nhận:)[ \t]*HV[ \t]*$/gm, '$1');
  const paragraphs = splitParagraphs(text);
  const joined: string[] = [];
  for (const p of paragraphs) {
    const prev = joined.at(-1);
    if (prev !== undefined && isCutByPageBreak(prev, p)) joined[joined.length - 1] = `${prev} ${p}`;
    else joined.push(p);
  }
  return joined.join('\n\n');
}

/** Paragraphs: blocks separated by blank lines, inner whitespace collapsed. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function isCutByPageBreak(before: string, after: string): boolean {
  const endsOpen = !/[.:;!?”"…)]$/.test(before) || /,$/.test(before);
  const startsLower = /^\p{Ll}/u.test(after);
  // List items ("- Bộ Nội vụ;") are never joined.
  return endsOpen && startsLower && !before.startsWith('- ');
}

/** The parts of a Vietnamese directive as extracted: preamble, numbered points, closing. */
export interface ExtractedDirective {
  preamble: string[];
  /** points[0] is point 1; each point is one or more paragraphs, the first starting "1. ". */
  points: string[][];
  closing: string[];
  recipients: string[];
}

/**
 * Split a cleaned directive into its parts: paragraphs after the subject line up to point 1 are
 * the preamble; "N. " starts point N; the paragraph right before "Nơi nhận:" is the closing.
 *
 * @example
 * splitDirective(cleanExtraction(raw)).points.length // 8
 */
export function splitDirective(cleaned: string): ExtractedDirective {
  const paragraphs = splitParagraphs(cleaned);
  const recipientsAt = paragraphs.findIndex((p) => p.startsWith('Nơi nhận:'));
  const firstPoint = paragraphs.findIndex((p) => /^1\. /.test(p));
  const titleAt = paragraphs.findIndex((p) => p === 'CHỈ THỊ');
  if (recipientsAt < 0 || firstPoint < 0 || titleAt < 0)
    throw new Error('Not a directive: missing "CHỈ THỊ", point 1 or "Nơi nhận:"');
  // After the title comes the subject line, then the preamble.
  const preamble = paragraphs.slice(titleAt + 2, firstPoint);
  const body = paragraphs.slice(firstPoint, recipientsAt - 1);
  const closing = paragraphs.slice(recipientsAt - 1, recipientsAt);
  const points: string[][] = [];
  for (const p of body) {
    const m = /^(\d+)\. /.exec(p);
    if (m && Number(m[1]) === points.length + 1) points.push([p]);
    else points.at(-1)!.push(p);
  }
  const recipients = paragraphs
    .slice(recipientsAt + 1)
    .filter((p) => p.startsWith('- '))
    .flatMap((p) => p.split(/\s(?=- )/))
    .map((p) => p.replace(/^- /, '').replace(/[;.]$/, ''));
  return { preamble, points, closing, recipients };
}
