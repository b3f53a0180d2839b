import { describe, expect, it } from 'vitest';
import { readPlaces } from '../../src/lib/places/load-places-fs';
import { validateStory } from '../../src/lib/stories/check-stories';
import { generateStories } from './generate-stories';

const { places } = readPlaces();

describe('generateStories', () => {
  it('is deterministic for a seed', () => {
    expect(generateStories(5, 7, places, 3)).toEqual(generateStories(5, 7, places, 3));
    expect(generateStories(5, 7, places, 3)).not.toEqual(generateStories(5, 8, places, 3));
  });

  it.each([1, 2, 3])('every generated story passes the staff checker (seed %i)', (seed) => {
    const stories = generateStories(60, seed, places, 6);
    for (const s of stories) {
      expect(validateStory({ file: s.folder, text: s.text, places, exists: () => true })).toEqual([]);
    }
    expect(new Set(stories.map((s) => s.field)).size).toBe(5);
  });

  it('refuses a bad count', () => expect(() => generateStories(-1, 1, places, 1)).toThrow(/non-negative/));
});
