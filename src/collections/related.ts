/**
 * What on the site relates to each numbered point of a document: stories tagged with the point
 * and the pages the document's front matter names (e.g. point 8 → results). Counts are computed.
 */
import { ROUTES, storyPath } from '../lib/routes';
import type { RelatedItems } from '../lib/documents/related-items';
import { t } from '../i18n/t';
import { href } from '../lib/paths';
import type { DocumentEntry } from './documents';
import { loadResultsContext } from './results';
import { galleryStories } from './stories';

/**
 * What a related site section holds, counted from its data: e.g. the results section says how
 * many years are published. Sections without a counter show no count.
 */
async function sectionCount(path: string): Promise<string | undefined> {
  if (path.startsWith(ROUTES.results)) {
    const results = (await loadResultsContext()).years;
    if (!results.length) return t('doc.related.noResults');
    const count = t('doc.related.results', { n: results.length, from: results[0]!.year, to: results.at(-1)!.year });
    // Sample years say so here too.
    const samples = results.filter((r) => r.sample).map((r) => r.year);
    return samples.length ? `${count}; ${t('doc.related.resultsSample', { years: samples.join(', ') })}` : count;
  }
  return undefined;
}

/** How many story titles to list under a point (the count links to all of them). */
const STORIES_SHOWN = 3;

export async function relatedForPoints(entry: DocumentEntry): Promise<Map<number, RelatedItems>> {
  const stories = (await galleryStories()).map(({ entry: s }) => ({
    title: s.data.title,
    url: href(storyPath(s.id)),
    points: s.data.points,
    illustrative: s.data.illustrative,
  }));
  const map = new Map<number, RelatedItems>();
  for (const point of entry.data.points) {
    const tagged = stories.filter((s) => s.points.includes(point.n));
    map.set(point.n, {
      stories: tagged.slice(0, STORIES_SHOWN).map(({ title, url, illustrative }) => ({ title, url, illustrative })),
      storyCount: tagged.length,
      storiesUrl: tagged.length ? href(ROUTES.gallery) : null,
      links: await Promise.all(
        entry.data.related
          .filter((r) => r.n === point.n)
          .map(async (r) => {
            const countLabel = await sectionCount(r.path);
            return { label: r.label, url: href(r.path), ...(countLabel ? { countLabel } : {}) };
          }),
      ),
    });
  }
  return map;
}
