/**
 * Limits on the pictures of a story, checked from the file header before the build decodes
 * anything. A 30000×30000 PNG of a few kilobytes (a "decompression bomb") would make the
 * build's image step fail or stall; a camera's 50-megapixel original gains nothing on a phone.
 */

import { t } from '../../i18n/t';

/** Documented in docs/huong-dan-bien-tap.md (mục “Thêm ảnh”). */
export const IMAGE_LIMITS = {
  /** Longest side, in pixels. */
  maxSide: 8000,
  /** Width × height. */
  maxPixels: 40_000_000,
  /** File size. */
  maxBytes: 25 * 1024 * 1024,
} as const;

/** Formats the build resizes; anything else under a .jpg name (an SVG, a PDF) is refused. */
const RASTER_TYPES = new Set(['jpg', 'png', 'webp', 'avif', 'gif', 'heif']);

export interface ImageSize {
  bytes: number;
  width?: number | undefined;
  height?: number | undefined;
  /** What the header says the file is (jpg, png, svg…), when it could be read. */
  type?: string | undefined;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/**
 * What is wrong with a picture file, in Vietnamese, or undefined when it is fine.
 *
 * @example
 * imageFileProblem('./anh.png', () => ({ bytes: 9000, width: 30000, height: 30000, type: 'png' })) // 'Ảnh "./anh.png" quá lớn …'
 */
export function imageFileProblem(src: string, size: (relative: string) => ImageSize): string | undefined {
  const { bytes, width, height, type } = size(src);
  const fix = t('checker.image.fix');
  if (bytes > IMAGE_LIMITS.maxBytes)
    return t('checker.image.heavy', { src, mb: mb(bytes), limit: mb(IMAGE_LIMITS.maxBytes), fix });
  if (!type || !width || !height) return t('checker.image.unreadable', { src });
  if (!RASTER_TYPES.has(type)) return t('checker.image.notPhoto', { src, type });
  if (Math.max(width, height) > IMAGE_LIMITS.maxSide || width * height > IMAGE_LIMITS.maxPixels) {
    return t('checker.image.tooLarge', {
      src,
      width: width.toLocaleString('vi-VN'),
      height: height.toLocaleString('vi-VN'),
      maxSide: IMAGE_LIMITS.maxSide.toLocaleString('vi-VN'),
      maxMegapixels: IMAGE_LIMITS.maxPixels / 1_000_000,
      fix,
    });
  }
  return undefined;
}
