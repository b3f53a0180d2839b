/**
 * Order search results the way a Vietnamese reader expects, on top of Pagefind's score:
 *  0. pages that answer what the query asks for beyond its words (the document of a date typed,
 *     the directive for "điểm 6", results pages for "xếp loại"; see query-intent.ts) come first;
 *  1. when the query was typed with marks, pages that have the words exactly as typed come first
 *     (Pagefind's `exactDiacritics` search), then pages that match only once marks are stripped;
 *  2. among those, pages that have the query's words together, in order (Pagefind's quoted
 *     phrase search) come first: Pagefind scores words independently, so a page with "ban" and
 *     "dân" far apart would otherwise beat one that says "dân biết, dân bàn";
 *  3. then Pagefind's score from the search that put the page in its tier (a page found as a
 *     phrase is compared by its phrase score, not by a loose match of some other variant).
 */

export interface Candidate<T> {
  id: string;
  score: number;
  /** Found by the exact-diacritics search. */
  exact: boolean;
  /** Found by the phrase search (all the words together, in order). */
  phrase: boolean;
  item: T;
}

/**
 * Merge candidates from several searches (query variants; exact, folded and phrase searches)
 * into one ordered list, one entry per page. `boost` lifts pages by intent (higher first).
 *
 * @example
 * rerank([
 *   { id: 'a', score: 9, exact: false, phrase: false, item: 'a' },
 *   { id: 'b', score: 1, exact: false, phrase: true, item: 'b' },
 * ]) // ['b', 'a']
 */
export function rerank<T>(
  candidates: ReadonlyArray<Candidate<T>>,
  boost: ReadonlyMap<string, number> = new Map(),
): T[] {
  const tier = (c: { id: string; exact: boolean; phrase: boolean }) =>
    (boost.get(c.id) ?? 0) * 4 + Number(c.exact) * 2 + Number(c.phrase);
  const best = new Map<string, { tier: number; score: number; order: number; item: T }>();
  let order = 0;
  for (const c of candidates) {
    const seen = best.get(c.id);
    const t = tier(c);
    if (!seen) best.set(c.id, { tier: t, score: c.score, order: order++, item: c.item });
    // The strongest evidence for a page speaks for it: its tier, its score, its excerpt.
    else if (t > seen.tier || (t === seen.tier && c.score > seen.score))
      Object.assign(seen, { tier: t, score: c.score, item: c.item });
  }
  return [...best.values()]
    .sort((a, b) => b.tier - a.tier || b.score - a.score || a.order - b.order)
    .map((x) => x.item);
}
