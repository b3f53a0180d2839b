import { describe, expect, it } from 'vitest';
import { createDeflateRaw } from 'node:zlib';
import { writeXlsx } from '../../../tests/fixtures/results/write-xlsx';
import { deflateEntry, writeZip } from '../../../tests/fixtures/results/write-zip';
import { checkZip, ZipCheckError } from './read-sheet-zip';

const LIMITS = { uncompressedBytes: 20 * 1024 * 1024, entries: 500 };

/** Raw DEFLATE of `mb` MiB of zeros, streamed so the test never holds the inflated bytes. */
async function zeros(mb: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mb; i++) if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

function refusal(bytes: Uint8Array): ZipCheckError {
  try {
    checkZip(bytes, LIMITS);
  } catch (error) {
    if (error instanceof ZipCheckError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('checkZip', () => {
  it('accepts a real .xlsx', () => {
    expect(() =>
      checkZip(
        writeXlsx([
          ['ma_don_vi', 'ten_don_vi'],
          ['A1', 'Đơn vị thử'],
        ]),
        LIMITS,
      ),
    ).not.toThrow();
  });

  it('refuses by the central directory’s declared sizes alone (3 GB declared)', () => {
    const entry = { ...deflateEntry('xl/worksheets/sheet1.xml', new Uint8Array(10)), declaredSize: 3 * 1024 ** 3 };
    expect(refusal(writeZip([entry]))).toMatchObject({ kind: 'too-big', size: 3 * 1024 ** 3 });
  });

  it('refuses an entry that inflates beyond what it declares, fast and without inflating it all', async () => {
    const bomb = await zeros(200); // 200 MiB of zeros in ~200 KB
    const bytes = writeZip([{ name: 'xl/worksheets/sheet1.xml', data: bomb, method: 8, declaredSize: 1024 }]);
    const start = performance.now();
    const before = process.memoryUsage().arrayBuffers;
    expect(refusal(bytes).kind).toBe('lying');
    expect(performance.now() - start).toBeLessThan(500);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(10 * 1024 * 1024);
  });

  it('refuses many parts that together pass the limit', async () => {
    const part = await zeros(8);
    const entries = [1, 2, 3].map((i) => ({
      name: `xl/media/${i}.bin`,
      data: part,
      method: 8 as const,
      declaredSize: 8 * 1024 * 1024,
    }));
    expect(refusal(writeZip(entries)).kind).toBe('too-big');
  });

  it('refuses an entry hidden from the central directory (a streaming unzipper would inflate it)', async () => {
    const hidden = { name: 'x.xml', data: await zeros(1), method: 8 as const, declaredSize: 1024 * 1024, hidden: true };
    expect(
      refusal(writeZip([hidden, deflateEntry('xl/workbook.xml', new TextEncoder().encode('<workbook/>'))])).kind,
    ).toBe('malformed');
  });

  it.each([
    ['too many parts', writeZip(Array.from({ length: 501 }, (_, i) => deflateEntry(`p${i}`, new Uint8Array(1))))],
    ['not a zip', new TextEncoder().encode('ma_don_vi,ten_don_vi\n'.repeat(5))],
    ['an unknown compression method', writeZip([{ name: 'a', data: new Uint8Array(4), method: 9 as 8 }])],
    ['sizes that disagree (stored entry)', writeZip([{ name: 'a', data: new Uint8Array(4), declaredSize: 8 }])],
  ])('refuses %s as malformed', (_name, bytes) => {
    expect(refusal(bytes).kind).toBe('malformed');
  });
});
