/**
 * The pure half of the first-paint comparison in `npm run bench`: which page of the Astro blog
 * starter each of our page kinds is held against, medians, ratios, the issue's targets and the
 * printed table. The browser half (throttled loads, paint timings) is in paint.ts.
 */

/** FCP and LCP of one page load, in ms from navigation start. */
export interface PaintRun {
  fcp: number;
  lcp: number;
}

/**
 * Our page kinds and the starter page each is compared with. The starter (withastro/astro
 * `examples/blog`) has four kinds of page: home `/`, the blog index `/blog/`, a post
 * `/blog/<slug>/` and `/about/`. Each of ours is paired with the starter page closest in what
 * the browser must do before it can paint:
 * - home ↔ `/`: both are the site's front door (a hero, a short list, links).
 * - directive ↔ `/blog/markdown-style-guide/`: a long structured text (headings, lists, quotes);
 *   the style guide is the starter's longest page of that kind.
 * - story ↔ `/blog/first-post/`: one article with a cover image above the text.
 * - gallery ↔ `/blog/`: a list of articles, each with its cover image.
 * - results ↔ `/blog/markdown-style-guide/`: the starter has no charts; this is its only page
 *   with a table and the heaviest text page (our charts load after first paint, on scroll).
 * - search ↔ `/about/`: what paints first on our search page is its static shell (heading, form,
 *   notes); results arrive later from the index and are timed by the search comparison.
 */
export const STARTER_PAGE_FOR_KIND = {
  home: '/',
  directive: '/blog/markdown-style-guide/',
  story: '/blog/first-post/',
  gallery: '/blog/',
  results: '/blog/markdown-style-guide/',
  search: '/about/',
} as const;

export type PaintKind = keyof typeof STARTER_PAGE_FOR_KIND;
export const PAINT_KINDS = Object.keys(STARTER_PAGE_FOR_KIND) as PaintKind[];

/** The starter pages the comparison measures, each once per round. */
export const STARTER_PAGES: readonly string[] = [...new Set(Object.values(STARTER_PAGE_FOR_KIND))];

/** The issue's targets: FCP ≤ 0.8× the starter's on the median page kind, ≤ 1.0× on every one. */
export const FCP_TARGETS = { medianKind: 0.8, everyKind: 1.0 } as const;

/**
 * The median (the mean of the middle two for an even count). Throws on an empty list or a value
 * that is not a finite number: a missing timing must not pass for a fast one.
 *
 * @example
 * median([300, 100, 200]) // 200
 * median([1, 2, 3, 4]) // 2.5
 */
export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('median: no values');
  const bad = values.find((v) => !Number.isFinite(v));
  if (bad !== undefined) throw new Error(`median: ${bad} is not a finite number`);
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Ours divided by the starter's (below 1: ours is faster).
 *
 * @example
 * ratio(300, 384) // 0.78125
 */
export function ratio(ours: number, starter: number): number {
  if (!(starter > 0) || !Number.isFinite(ours)) throw new Error(`ratio: cannot divide ${ours} by ${starter}`);
  return ours / starter;
}

/** One line of the comparison: medians of ours and the starter's page, and their ratios. */
export interface PaintRow {
  kind: PaintKind;
  starterPage: string;
  fcp: { ours: number; starter: number; ratio: number };
  lcp: { ours: number; starter: number; ratio: number };
}

/**
 * Medians and ratios per page kind, in PAINT_KINDS order, for the kinds measured on our side.
 * Throws when a starter page a kind needs has no runs.
 *
 * @example
 * compareRows({ home: [{ fcp: 300, lcp: 400 }] }, { '/': [{ fcp: 400, lcp: 400 }] })[0].fcp.ratio // 0.75
 */
export function compareRows(
  ours: Partial<Record<PaintKind, readonly PaintRun[]>>,
  starter: Readonly<Record<string, readonly PaintRun[]>>,
): PaintRow[] {
  return PAINT_KINDS.filter((kind) => ours[kind]?.length).map((kind) => {
    const page = STARTER_PAGE_FOR_KIND[kind];
    const theirs = starter[page];
    if (!theirs?.length) throw new Error(`compareRows: no starter runs for ${page} (page kind ${kind})`);
    const mine = ours[kind]!;
    const side = (key: keyof PaintRun) => {
      const o = median(mine.map((r) => r[key]));
      const s = median(theirs.map((r) => r[key]));
      return { ours: o, starter: s, ratio: ratio(o, s) };
    };
    return { kind, starterPage: page, fcp: side('fcp'), lcp: side('lcp') };
  });
}

/** The verdict on the issue's FCP targets. */
export interface TargetVerdict {
  /** Median of the per-kind FCP ratios. */
  medianRatio: number;
  medianOk: boolean;
  /** Kinds whose FCP ratio is above 1.0. */
  over: PaintKind[];
  everyOk: boolean;
}

/**
 * Check the rows against FCP_TARGETS.
 *
 * @example
 * evaluateTargets([{ kind: 'home', fcp: { ratio: 0.7 } }] as PaintRow[]) // { medianRatio: 0.7, medianOk: true, over: [], everyOk: true }
 */
export function evaluateTargets(rows: readonly Pick<PaintRow, 'kind' | 'fcp'>[]): TargetVerdict {
  const medianRatio = median(rows.map((r) => r.fcp.ratio));
  const over = rows.filter((r) => r.fcp.ratio > FCP_TARGETS.everyKind).map((r) => r.kind);
  return { medianRatio, medianOk: medianRatio <= FCP_TARGETS.medianKind, over, everyOk: over.length === 0 };
}

const ms = (v: number) => `${Math.round(v)} ms`;
const x = (v: number) => `${v.toFixed(2)}×`;

/**
 * The comparison as printed: one line per page kind, then the targets with ✓/✗.
 *
 * @example
 * formatPaintTable(rows, 'reference run of 2026-11-27') // 'page kind | FCP ours | FCP starter | ratio | …'
 */
export function formatPaintTable(rows: readonly PaintRow[], starterLabel: string): string {
  const table = [
    ['page kind', 'starter page', 'FCP ours', 'FCP starter', 'ratio', 'LCP ours', 'LCP starter', 'ratio'],
    ...rows.map((r) => [
      r.kind,
      r.starterPage,
      ms(r.fcp.ours),
      ms(r.fcp.starter),
      x(r.fcp.ratio),
      ms(r.lcp.ours),
      ms(r.lcp.starter),
      x(r.lcp.ratio),
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const lines = table.map((row) =>
    row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | '),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('-|-'));
  lines.push(`(starter: ${starterLabel})`);
  if (rows.length) {
    const v = evaluateTargets(rows);
    lines.push(
      `${v.medianOk ? '✓' : '✗'} FCP on the median page kind: ${x(v.medianRatio)} the starter's (target ≤ ${x(FCP_TARGETS.medianKind)})`,
    );
    lines.push(
      `${v.everyOk ? '✓' : '✗'} FCP on every page kind ≤ ${x(FCP_TARGETS.everyKind)} the starter's${v.everyOk ? '' : ` (over: ${v.over.join(', ')})`}`,
    );
  }
  return lines.join('\n');
}
