/**
 * What on the site relates to each numbered point of a document: stories tagged with the point
 * and the pages the document's front matter names (e.g. point 8 → results). Counts are computed.
 */
import { getCollection } from 'astro:content';
import type { RelatedItems } from '../components/document/DocumentSection.astro';
import { href } from '../lib/paths';
import type { DocumentEntry } from './documents';

/** How many story titles to list under a point (the count links to all of them). */
const STORIES_SHOWN = 3;

export async function relatedForPoints(entry: DocumentEntry): Promise<Map<number, RelatedItems>> {
  // Published stories only: drafts are in the collection but never on the site.
  const stories = (await getCollection('stories', ({ data }) => !data.draft))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id))
    .map((s) => ({ title: s.data.title, url: href(`/dan-van-kheo/${s.id}/`), points: s.data.points }));
  const map = new Map<number, RelatedItems>();
  for (const point of entry.data.points) {
    const tagged = stories.filter((s) => s.points.includes(point.n));
    map.set(point.n, {
      stories: tagged.slice(0, STORIES_SHOWN).map(({ title, url }) => ({ title, url })),
      storyCount: tagged.length,
      storiesUrl: tagged.length ? href('/dan-van-kheo/') : null,
      links: entry.data.related.filter((r) => r.n === point.n).map((r) => ({ label: r.label, url: href(r.path) })),
    });
  }
  return map;
}
