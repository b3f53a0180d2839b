/**
 * Write a drawn cover (cover-art.ts) to disk as a JPEG through sharp: Node only, for the story
 * generator, `npm run new:story` and the scale bench.
 */
import type { FieldId } from '../../vocab/fields';
import { coverSvg } from './cover-art';

/**
 * Rasterise a cover to JPEG with sharp (loaded only when called).
 *
 * @example
 * await writeCoverJpeg('content/stories/cho-que/anh-bia.jpg', 'kinh-te', 3)
 */
export async function writeCoverJpeg(file: string, field: FieldId, seed: number): Promise<void> {
  const { default: sharp } = await import('sharp');
  await sharp(Buffer.from(coverSvg(field, seed)))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(file);
}
