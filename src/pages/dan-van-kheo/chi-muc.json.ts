/** The small index the gallery's instant filter loads on first use (see StoryFilter.astro). */
import type { APIContext } from 'astro';
import { getImage } from 'astro:assets';
import { galleryPlaces, galleryStories } from '../../collections/stories';
import { FIELDS } from '../../vocab/fields';
import { capitalize } from '../../lib/stories/listings';
import type { StoryIndex } from '../../lib/stories/filter-index';

export async function GET(_context: APIContext) {
  const [stories, places] = await Promise.all([galleryStories(), galleryPlaces()]);
  const index: StoryIndex = {
    fields: Object.fromEntries(FIELDS.map((f) => [f.id, f.label])),
    // Only places that have stories: 115 places, most of them without a story yet.
    places: Object.fromEntries(
      places.filter((p) => stories.some((s) => s.place === p.id)).map((p) => [p.id, capitalize(p.name)]),
    ),
    stories: await Promise.all(
      stories.map(async (s) => ({
        slug: s.slug,
        title: s.title,
        fields: [...s.fields],
        place: s.place,
        year: s.year,
        illustrative: s.entry.data.illustrative,
        img: (await getImage({ src: s.entry.data.cover, width: 400, format: 'webp' })).src,
      })),
    ),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
