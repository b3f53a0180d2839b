/**
 * Mark the query's words in a plain text (a story's summary shown as its result), as Pagefind
 * marks them in excerpts: words that begin with a query word, compared without marks (đ kept as
 * Pagefind keeps it), or with marks as typed when `exact`.
 */

export interface TextPart {
  text: string;
  mark: boolean;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('vi').normalize('NFC');
const asTyped = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

/**
 * Split `text` into parts, marking words that match the query.
 *
 * @example
 * highlightParts('Tổ hòa giải khu phố', 'hoa giai', false)
 * // [{ text: 'Tổ ', mark: false }, { text: 'hòa', mark: true }, { text: ' ', mark: false }, { text: 'giải', mark: true }, { text: ' khu phố', mark: false }]
 */
export function highlightParts(text: string, query: string, exact: boolean): TextPart[] {
  const norm = exact ? asTyped : fold;
  const terms = query
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map(norm);
  const parts: TextPart[] = [];
  const push = (t: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark && !mark) last.text += t;
    else parts.push({ text: t, mark });
  };
  for (const piece of text.normalize('NFC').split(/([\p{L}\p{M}\p{N}]+)/u)) {
    if (!piece) continue;
    const word = norm(piece);
    push(
      piece,
      terms.some((t) => word.startsWith(t)),
    );
  }
  return parts;
}
