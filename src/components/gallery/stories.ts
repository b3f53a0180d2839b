/**
 * The gallery's one door to the stories collection: published stories only (drafts are shown in
 * `astro dev` for preview, never in a build), newest first, with the places list.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Place } from '../../lib/places/places';
import { sortStories, type StorySummary } from '../../lib/stories/listings';

export type StoryEntry = CollectionEntry<'stories'>;
export type GalleryStory = StorySummary & { entry: StoryEntry };

/** Drafts only while previewing with `npm run dev`. */
export const SHOW_DRAFTS = import.meta.env.DEV;

/** Published stories, newest first. */
export async function galleryStories(): Promise<GalleryStory[]> {
  const entries = await getCollection('stories', ({ data }) => SHOW_DRAFTS || !data.draft);
  return sortStories(
    entries.map((entry) => ({
      slug: entry.id,
      title: entry.data.title,
      fields: entry.data.fields,
      place: entry.data.place,
      year: entry.data.year,
      published: entry.data.published,
      entry,
    })),
  );
}

/** Every place of data/dia-ban.yaml. */
export async function galleryPlaces(): Promise<Place[]> {
  return (await getCollection('places')).map((p) => p.data);
}
