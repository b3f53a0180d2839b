/**
 * The meta description of each embed widget (/nhung/…). The widgets stay `noindex` (they are
 * fragments of full pages), but a description is what a portal's link preview, a screen reader's
 * page summary and Lighthouse's SEO audit read: each says what this one widget shows, in
 * Vietnamese, and illustrative content keeps its mark at the start, where a cut cannot lose it.
 */
import { t } from '../../i18n/t';

/** What a widget shows, as its page knows it. */
export type EmbedMetaInput =
  | { kind: 'point'; heading: string; topic: string; docKind: string; date: string; plain: string | null }
  | { kind: 'stories'; titles: readonly string[]; illustrative: boolean }
  | { kind: 'search' }
  | { kind: 'chart'; title: string; takeaway: string; sample: boolean };

/** Longest description kept whole; longer ones are cut at a word and end with "…". */
export const DESCRIPTION_MAX = 220;

/**
 * Shorten `text` to at most `max` characters, at a word boundary, marking the cut with "…".
 *
 * @example
 * clampDescription('một hai ba bốn', 9) // 'một hai…'
 * clampDescription('ngắn', 9) // 'ngắn'
 */
export function clampDescription(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  // Cut inside a word: back to the last space (unless that loses more than half).
  const space = clean[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The widget's meta description. Throws when the result would be empty (a widget without a
 * topic or title is a data error the build must show).
 *
 * @example
 * embedDescription({ kind: 'search' }) // 'Ô tìm kiếm của trang Dân vận chính quyền Hưng Yên: …'
 * embedDescription({ kind: 'stories', titles: ['A', 'B'], illustrative: true })
 * // 'Bài viết minh họa, không phải mô hình có thật. 2 mô hình “Dân vận khéo” mới nhất của tỉnh Hưng Yên: A; B.'
 */
export function embedDescription(input: EmbedMetaInput): string {
  let text: string;
  switch (input.kind) {
    case 'point': {
      if (!input.topic.trim()) throw new Error(`embedDescription: ${input.heading} has no topic`);
      const vars = { heading: input.heading, kind: input.docKind, date: input.date, topic: input.topic };
      text = input.plain?.trim()
        ? t('embed.meta.point', { ...vars, plain: input.plain })
        : t('embed.meta.pointNoPlain', vars);
      break;
    }
    case 'stories': {
      const list = input.titles.length
        ? t('embed.meta.stories', { n: input.titles.length, titles: input.titles.join('; ') })
        : t('embed.meta.storiesNone');
      text = input.illustrative ? `${t('embed.meta.storiesSample')} ${list}` : list;
      break;
    }
    case 'search':
      text = t('embed.meta.search');
      break;
    case 'chart': {
      if (!input.title.trim()) throw new Error('embedDescription: a chart has no title');
      // No takeaway: the title alone, ended as a sentence.
      const chart = t('embed.meta.chart', { title: input.title, takeaway: input.takeaway.trim() }).replace(
        /:\s*$/,
        '.',
      );
      text = input.sample ? `${t('results.sample.short')} ${chart}` : chart;
      break;
    }
  }
  return clampDescription(text);
}
