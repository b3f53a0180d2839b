/**
 * Reads a story picture's header from disk (Node only): the size that `imageFileProblem()`
 * (story-images.ts) judges against `IMAGE_LIMITS`.
 */
import { readFileSync, statSync } from 'node:fs';
import { imageSize } from 'image-size';
import { IMAGE_LIMITS, type ImageSize } from './story-images';

/**
 * Read a picture's size from its header (no decoding).
 *
 * @example
 * readImageSize('content/stories/cho-que/anh-bia.jpg') // { bytes: 48213, width: 1600, height: 900, type: 'jpg' }
 */
export function readImageSize(file: string): ImageSize {
  const bytes = statSync(file).size;
  if (bytes > IMAGE_LIMITS.maxBytes) return { bytes };
  try {
    const { width, height, type } = imageSize(readFileSync(file));
    return { bytes, width, height, type };
  } catch {
    return { bytes };
  }
}
