/**
 * Other ways a query may have been meant, for "no results" pages: the same words without marks,
 * and the slips Vietnamese typists make most — l/n ("khiếu lại" for "khiếu nại", a northern
 * pronunciation), d/đ, s/x, ch/tr, gi/d/r — one word at a time. The search page tries them
 * against the index and offers the one that finds most, so every suggestion is a word the site has.
 */
import { foldVi } from '../../vocab/fold-vi';

/** Initial consonants that are swapped by mistake, each with the ones it is taken for. */
const SLIPS: ReadonlyArray<[RegExp, string[]]> = [
  [/^l/, ['n']],
  [/^n(?!g|h)/, ['l']],
  [/^đ/, ['d']],
  [/^d/, ['đ', 'gi', 'r']],
  [/^gi/, ['d']],
  [/^r/, ['d', 'gi']],
  [/^s/, ['x']],
  [/^x/, ['s']],
  [/^ch/, ['tr']],
  [/^tr/, ['ch']],
];

/** Most alternatives offered to the index. */
const MAX_CANDIDATES = 12;

/**
 * Alternatives for a query that found nothing, most likely first: without marks, then one
 * word's initial swapped (keeping the case of the rest).
 *
 * @example
 * spellingCandidates('khiếu lại') // ['khieu lai', 'khiếu nại', …]
 */
export function spellingCandidates(query: string): string[] {
  const q = query.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  if (!q) return [];
  const out: string[] = [];
  const add = (s: string) => {
    if (s !== q && !out.includes(s)) out.push(s);
  };
  add(foldVi(q));
  const words = q.split(' ');
  // Later words first: the first word is more often right ("khiếu lại", "tiếp công dâng").
  for (let i = words.length - 1; i >= 0; i--) {
    for (const [pattern, replacements] of SLIPS) {
      if (!pattern.test(words[i]!)) continue;
      for (const r of replacements)
        add([...words.slice(0, i), words[i]!.replace(pattern, r), ...words.slice(i + 1)].join(' '));
    }
  }
  return out.slice(0, MAX_CANDIDATES);
}
