import { describe, expect, it } from 'vitest';
import type { Place } from '../../vocab/places';
import { seededRandom } from '../seeded-random';
import { FIELDS } from '../../vocab/fields';
import {
  facetValues,
  listingPages,
  matchesFacet,
  paginate,
  relatedStories,
  sortStories,
  type StorySummary,
} from './listings';
import { pageWindow } from './page-window';

const places: Place[] = [
  { id: 'huyen-a', name: 'huyện Ân Thi', kind: 'huyen' },
  { id: 'huyen-b', name: 'huyện Bình', kind: 'huyen' },
];
/** Seeded synthetic stories. */
function synthetic(n: number, seed = 1): StorySummary[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    slug: `bai-${i}`,
    title: `Bài ${i}`,
    fields: [FIELDS[Math.floor(rand() * FIELDS.length)]!.id],
    place: places[Math.floor(rand() * places.length)]!.id,
    year: 2022 + Math.floor(rand() * 5),
    published: new Date(Date.UTC(2022, 0, 1 + i)),
  }));
}

describe('paginate', () => {
  it.each([
    [0, 1, [0]],
    [24, 1, [24]],
    [25, 2, [24, 1]],
    [49, 3, [24, 24, 1]],
  ])('%i items → %i pages', (n, pages, sizes) => {
    const result = paginate(
      '',
      Array.from({ length: n }, (_, i) => i),
    );
    expect(result.length).toBe(pages);
    expect(result.map((p) => p.items.length)).toEqual(sizes);
    expect(result.map((p) => p.path)).toEqual(result[0]!.pagePaths);
  });
  it('refuses a bad page size', () => expect(() => paginate('', [1], 0)).toThrow(/positive integer/));
});

describe('listingPages', () => {
  const stories = sortStories(synthetic(120));
  const pages = listingPages(stories, places);
  it('every story is on exactly one page of the whole gallery', () => {
    const all = pages.filter((p) => !p.facet).flatMap((p) => p.items.map((s) => s.slug));
    expect(all.length).toBe(120);
    expect(new Set(all).size).toBe(120);
  });
  it('facet counts match their listings, and paths are ASCII and unique', () => {
    for (const facet of facetValues(stories, places)) {
      const items = pages.filter((p) => p.facet?.path === facet.path).flatMap((p) => p.items);
      expect(items.length).toBe(facet.count);
      expect(items.every((s) => matchesFacet(s, facet))).toBe(true);
    }
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((p) => /^[a-z0-9/-]*$/.test(p))).toBe(true);
    expect(pages.every((p) => p.items.length <= 24)).toBe(true);
  });
  it('sorts newest first', () => {
    expect(stories[0]!.slug).toBe('bai-119');
  });
});

describe('relatedStories', () => {
  it('prefers shared field and place, never the story itself', () => {
    const stories = synthetic(40, 3);
    const story = stories[0]!;
    const related = relatedStories(story, stories, 3);
    expect(related.length).toBe(3);
    expect(related.some((s) => s.slug === story.slug)).toBe(false);
    expect(related[0]!.fields.some((f) => story.fields.includes(f)) || related[0]!.place === story.place).toBe(true);
  });

  it.each([1, 2, 3, 4])('gives the same top 3 as a full sort (seed %i)', (seed) => {
    const stories = synthetic(200, seed);
    const score = (a: StorySummary, b: StorySummary) =>
      a.fields.filter((f) => b.fields.includes(f)).length * 2 +
      (a.place === b.place ? 2 : 0) +
      (a.year === b.year ? 1 : 0);
    for (const story of stories.slice(0, 20)) {
      const naive = stories
        .filter((s) => s.slug !== story.slug && score(s, story) > 0)
        .sort((a, b) => score(b, story) - score(a, story) || b.published.getTime() - a.published.getTime())
        .slice(0, 3);
      expect(relatedStories(story, stories, 3)).toEqual(naive);
    }
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [2, 5, [1, 2, 3, 4, 5]],
    [10, 20, [1, null, 8, 9, 10, 11, 12, null, 20]],
    [20, 20, [1, null, 18, 19, 20]],
  ])('page %i of %i', (page, pages, expected) => expect(pageWindow(page, pages)).toEqual(expected));
  it('refuses a page outside the range', () => expect(() => pageWindow(3, 2)).toThrow(/page 3 of 2/));
});
