/** The gallery's place filters with the real places list: province first, only places with stories. */
import { describe, expect, it } from 'vitest';
import { facetValues, listingPages, type StorySummary } from '../stories/listings';
import { readPlaces } from './load-places-fs';

const { places } = readPlaces();
const story = (slug: string, place: string, year: number): StorySummary => ({
  slug,
  title: slug,
  fields: ['xa-hoi'],
  place,
  year,
  published: new Date(Date.UTC(year, 8, 1)),
});
const stories = [
  story('a', 'huyen-an-thi', 2023),
  story('b', 'xa-nghia-tru', 2026),
  story('c', 'tinh-hung-yen', 2026),
  story('d', 'phuong-pho-hien', 2026),
  story('e', 'huyen-kim-dong', 2024),
  story('f', 'phuong-pho-hien', 2025),
];

describe('place filters', () => {
  it('list the province, then today’s xã and phường, then former districts, each by name', () => {
    const labels = facetValues(stories, places)
      .filter((f) => f.kind === 'place')
      .map((f) => `${f.label} (${f.count})`);
    expect(labels).toEqual([
      'Tỉnh Hưng Yên (1)',
      'Phường Phố Hiến (2)',
      'Xã Nghĩa Trụ (1)',
      'Huyện Ân Thi (1)',
      'Huyện Kim Động (1)',
    ]);
  });

  it('make a page only for places with stories: 5 here, not 115', () => {
    const placePages = listingPages(stories, places).filter((p) => p.facet?.kind === 'place');
    expect(placePages.map((p) => p.path)).toEqual([
      'dia-ban/tinh-hung-yen/',
      'dia-ban/phuong-pho-hien/',
      'dia-ban/xa-nghia-tru/',
      'dia-ban/huyen-an-thi/',
      'dia-ban/huyen-kim-dong/',
    ]);
    expect(places.length).toBe(115);
  });
});
