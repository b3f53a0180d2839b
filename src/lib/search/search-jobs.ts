/**
 * The Pagefind searches a query calls for on the search page: its đ-variants, loose and as a
 * phrase, plus those of its intent (a date, a point of the directive, results), some of them
 * within one kind of page (a Pagefind filter).
 */
import { readIntent } from './query-intent';
import { phraseQuery, queryVariants } from './query-variants';

/** One search to run: its Pagefind query and what a page found by it is worth. */
export interface Job {
  term: string;
  phrase: boolean;
  filters: Record<string, string>;
  boost: number;
  /** Whether its filter counts are shown (the plain searches only). */
  counts: boolean;
}

/** The kind labels intents look in (the page kinds' filter values). */
export interface KindLabels {
  directive: string;
  results: string;
}

/**
 * The searches for `q` under the reader's `filters`. `dWords` are the index's d- and đ-words
 * (see queryVariants), when known.
 *
 * @example
 * searchJobs('hoa giai', {}, { directive: 'Chỉ thị', results: 'Kết quả' }).map((j) => j.term)
 * // ['hoa giai', '"hoa giai"']
 * searchJobs('diem 6', {}, { directive: 'Chỉ thị', results: 'Kết quả' }).at(-1)
 * // { term: '"điểm 6"', phrase: true, filters: { kind: 'Chỉ thị' }, boost: 2, counts: false }
 */
export function searchJobs(
  q: string,
  filters: Record<string, string>,
  kinds: KindLabels,
  dWords?: readonly string[],
): Job[] {
  const intent = readIntent(q);
  const variants = queryVariants(intent.query, dWords);
  const out: Job[] = variants.flatMap((v) => {
    const phrase = phraseQuery(v);
    return [
      { term: v, phrase: false, filters, boost: 0, counts: true },
      ...(phrase ? [{ term: phrase, phrase: true, filters, boost: 0, counts: false }] : []),
    ];
  });
  // Intents look in one kind of page, unless the reader chose a kind: then only there.
  const directive = filters['kind'] ? filters : { ...filters, kind: kinds.directive };
  const results = filters['kind'] ? filters : { ...filters, kind: kinds.results };
  // A date: the document of that date first (its own page writes "ngày 21 tháng 02 năm 2022").
  for (const d of intent.datePhrases) {
    out.push({ term: `"${d}"`, phrase: true, filters: directive, boost: 2, counts: false });
    out.push({ term: `"${d}"`, phrase: true, filters, boost: 1, counts: false });
  }
  // "điểm 6": the directive, whose point headings read "Điểm 6: …".
  if (intent.point)
    out.push({ term: `"điểm ${intent.point}"`, phrase: true, filters: directive, boost: 2, counts: false });
  // "kết quả 2024", "xếp loại": the results pages among what the words find.
  if (intent.results) {
    for (const v of variants) out.push({ term: v, phrase: false, filters: results, boost: 1, counts: false });
  }
  return out;
}
