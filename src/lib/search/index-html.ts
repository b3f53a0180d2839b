/**
 * Closing tags after which Pagefind adds no space of its own, so "Số ký hiệu</dt><dd>chưa cập
 * nhật" would be indexed as "hiệuchưa". Inline elements (a, span, strong…) are left alone: a word
 * may be split across them.
 */
const WORD_SEPARATING_END = /<\/(?:dt|dd|td|th|li|caption|figcaption|summary|option|legend)>/g;

/**
 * The HTML Pagefind should index: the served page with a space after each closing tag that
 * separates words, so no two words are glued in the index or in excerpts, and the page's
 * description given to Pagefind as its `summary` (a story's result shows its summary rather than
 * an excerpt of its metadata). The served file itself is not changed.
 *
 * @example
 * htmlForIndex('<dt>Số</dt><dd>chưa</dd>') // '<dt>Số</dt> <dd>chưa</dd> '
 */
export function htmlForIndex(html: string): string {
  return html
    .replace(WORD_SEPARATING_END, '$& ')
    .replace(/<br\s*\/?>/g, '$& ')
    .replace(/<meta name="description"(?![^>]*data-pagefind-meta)/, '$& data-pagefind-meta="summary[content]"');
}

/** The index keys (see preload-plan's indexKey) of a text's words, split at spaces or at any non-letter. */
function keys(text: string): string[] {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
  return [
    ...folded.split(/[^\p{L}\p{N}]+/u),
    // Pagefind drops punctuation inside a word ("đảng-ủy" may be one word to it).
    ...folded.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')),
  ];
}

/**
 * Every word of a page that Pagefind may index (its `data-pagefind-body` and after, its title,
 * and the attributes that can carry indexed text: meta values, content, alt, title; tags read
 * both as a space and as nothing, since Pagefind joins a word split by an inline tag) that starts
 * with d or đ, as the index keys it (marks folded, đ kept). More words than Pagefind indexes,
 * never fewer: the search page tries a d-word with đ only when this list has a word starting with
 * the đ-form, so a missing word would lose results, an extra one costs only a search.
 *
 * @example
 * dWordsOf('<main data-pagefind-body><p title="Dân">Đạo đức <b>d</b>ân</p></main>') // ['đao', 'đuc', 'd', 'dan']
 */
export function dWordsOf(html: string): string[] {
  const clean = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  const start = clean.search(/<[^>]*\sdata-pagefind-body/);
  const body = start >= 0 ? clean.slice(start) : clean;
  const title = /<title>([^<]*)<\/title>/.exec(clean)?.[1] ?? '';
  const attributes = [...clean.matchAll(/\s(?:data-pagefind-meta|content|alt|title|aria-label)="([^"]*)"/g)].map(
    (m) => m[1]!,
  );
  const texts = [body.replace(/<[^>]*>/g, ' '), body.replace(/<[^>]*>/g, ''), title, ...attributes];
  return [...new Set(texts.flatMap(keys).filter((w) => /^[dđ]/.test(w)))];
}

/** Longest start kept of a word: the longest Vietnamese syllables with d or đ ("duyên", "đường") fold to 5 letters. */
const KEPT_LETTERS = 5;

/**
 * A short list that answers "does a word start with …?" at least wherever `words` does: sorted,
 * each word cut to its first five letters (then a longer start matches if its first five do:
 * an extra yes, never a missing one), without the words that start another one ("dan" is
 * implied by "danh").
 *
 * @example
 * prefixFree(['danh', 'dan', 'đao', 'đang03082023']) // ['danh', 'đang0', 'đao']
 */
export function prefixFree(words: Iterable<string>): string[] {
  const sorted = [...new Set([...words].map((w) => Array.from(w).slice(0, KEPT_LETTERS).join('')))].sort();
  return sorted.filter((w, i) => !sorted[i + 1]?.startsWith(w));
}
