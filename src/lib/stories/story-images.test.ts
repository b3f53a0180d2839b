import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { IMAGE_LIMITS, imageFileProblem } from './story-images';
import { readImageSize } from './story-images-fs';

const dir = mkdtempSync(path.join(tmpdir(), 'story-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A PNG whose header claims width × height: all a decompression bomb needs (no pixels follow). */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(13);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    length,
    Buffer.from('IHDR'),
    ihdr,
    Buffer.alloc(4),
  ]);
}

describe('readImageSize + imageFileProblem', () => {
  it('reads a real JPEG from its header', async () => {
    const file = path.join(dir, 'that.jpg');
    await sharp({ create: { width: 640, height: 360, channels: 3, background: '#3a6' } })
      .jpeg()
      .toFile(file);
    expect(readImageSize(file)).toMatchObject({ width: 640, height: 360, type: 'jpg' });
    expect(imageFileProblem('./that.jpg', () => readImageSize(file))).toBeUndefined();
  });

  it.each([
    ['30000 × 30000 (900 megapixels)', 30_000, 30_000],
    ['longest side over the limit', IMAGE_LIMITS.maxSide + 1, 100],
    ['over 40 megapixels on shorter sides', 7_000, 6_000],
  ])('refuses %s from a few bytes of header, without decoding', (_name, width, height) => {
    const file = path.join(dir, `bom-${width}x${height}.png`);
    writeFileSync(file, pngHeader(width, height));
    expect(readImageSize(file)).toMatchObject({ width, height, type: 'png' });
    expect(imageFileProblem('./bom.png', () => readImageSize(file))).toMatch(/quá lớn.*Cách sửa/);
  });

  it('refuses an SVG dressed as a JPEG', () => {
    const file = path.join(dir, 'gia.jpg');
    writeFileSync(
      file,
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    expect(imageFileProblem('./gia.jpg', () => readImageSize(file))).toMatch(/thực ra là tệp \.svg/);
  });

  it('refuses a file that is not a picture', () => {
    const file = path.join(dir, 'hong.jpg');
    writeFileSync(file, 'không phải ảnh');
    expect(imageFileProblem('./hong.jpg', () => readImageSize(file))).toMatch(/Không đọc được/);
  });
});
