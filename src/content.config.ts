/**
 * Every content and data collection of the site, in one place. Schemas live one per file in
 * src/schemas/ (author-facing ones carry Vietnamese error messages); loaders point at the
 * top-level content/ and data/ folders that staff edit.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentSchema } from './schemas/document';
import { referenceSchema } from './schemas/reference';
import { createStorySchema } from './schemas/story';
import { placeSchema } from './schemas/place';
import { readPlaces, PLACES_FILE } from './lib/places/load-places-fs';
import { storiesLoader } from './lib/stories/stories-loader-fs';
import { unitGroupSchema } from './schemas/unit-group';
import { ruleSchema } from './schemas/rule';
import { yearResultsSchema } from './schemas/results';

/** Official documents published in full (the directive; later e.g. the scoring rule). */
const documents = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/van-ban' }),
  schema: documentSchema,
});

/** Legal documents the published documents cite, keyed by their number or name. */
const references = defineCollection({
  loader: file('./data/van-ban-vien-dan.yaml'),
  schema: referenceSchema,
});

/** Places (địa bàn) with validity dates; stories name one as it was at the time. */
const placeList = readPlaces(PLACES_FILE);
if (placeList.problems.length)
  throw new Error(`Lỗi trong ${PLACES_FILE}:\n${placeList.problems.map((p) => `  • ${p}`).join('\n')}`);
const places = defineCollection({
  loader: file(`./${PLACES_FILE}`),
  schema: placeSchema,
});

/** "Dân vận khéo" stories: content/stories/<thư-mục>/index.mdx; checked first with Vietnamese messages. */
const stories = defineCollection({
  loader: storiesLoader(placeList.places),
  schema: ({ image }) => createStorySchema({ image, places: placeList.places }),
});

/** Groups of assessed units (point 8), with validity dates: cap-huyen ends 30/06/2025, cap-xa starts 01/07/2025. */
const unitGroups = defineCollection({
  loader: file('./data/unit-groups.json'),
  schema: unitGroupSchema,
});

/** Provincial scoring rules (02/2020/QĐ-UBND, 04/2025/QĐ-UBND), one file each; the id is the file name. */
const scoringRules = defineCollection({
  loader: glob({ pattern: '*.json', base: './data/rules' }),
  schema: ruleSchema,
});

/**
 * Anonymized annual results, one data/results/YYYY.json per year, written only by
 * `npm run import:results`. RESULTS_DATA_DIR lets the privacy test build from a temporary folder.
 */
const results = defineCollection({
  loader: glob({ pattern: '[0-9][0-9][0-9][0-9].json', base: process.env.RESULTS_DATA_DIR ?? './data/results' }),
  schema: yearResultsSchema,
});

export const collections = { documents, references, places, stories, unitGroups, scoringRules, results };
