/**
 * The one door to the stories collection, for every page, feed, widget and poster: one draft rule
 * (drafts only while previewing with `npm run dev`, never in a build) and one order (newest
 * first, then by title in Vietnamese order: sortStories).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Place } from '../vocab/places';
import { sortStories, type StorySummary } from '../lib/stories/listings';

export type StoryEntry = CollectionEntry<'stories'>;
export type GalleryStory = StorySummary & { entry: StoryEntry };

/** Drafts only while previewing with `npm run dev`. */
export const SHOW_DRAFTS = import.meta.env.DEV;

/** Published stories (drafts too under `npm run dev`), newest first. */
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

/** The newest `limit` stories, in the same order. */
export async function latestStories(limit: number): Promise<StoryEntry[]> {
  return (await galleryStories()).slice(0, limit).map((s) => s.entry);
}

/** Every place of data/dia-ban.yaml. */
export async function galleryPlaces(): Promise<Place[]> {
  return (await getCollection('places')).map((p) => p.data);
}
