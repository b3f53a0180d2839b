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
