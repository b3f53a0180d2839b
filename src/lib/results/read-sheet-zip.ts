/**
 * Check an .xlsx (a zip archive) before anything unzips it, so a zip bomb (a few KB that inflate to
 * gigabytes) is refused in milliseconds and without allocating its declared size.
 *
 * read-excel-file unzips as a stream from the first byte, trusting each entry's local header, so
 * checking only the central directory's sizes is not enough: an archive can declare small sizes and
 * still inflate to gigabytes, or hide entries the directory does not list. Hence three checks:
 * 1. the central directory's declared sizes and entry count are within the limits;
 * 2. the entries lie back to back from byte 0 up to the directory (nothing hidden between them);
 * 3. each entry inflates (Node's zlib, output capped at its declared size) to exactly its declared
 *    size; the capped inflate stops at the cap, so a lying entry costs at most the limit.
 * Format: https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (sections 4.3.7, 4.3.12, 4.3.16).
 */
import { inflateRawSync } from 'node:zlib';

/** Why an archive was refused; `detail` is for the message, in Vietnamese. */
export class ZipCheckError extends Error {
  constructor(
    /** too-big: the declared sizes pass the limit; lying: a part inflates beyond its declared size. */
    readonly kind: 'too-big' | 'lying' | 'malformed',
    readonly detail: string,
    /** Total declared or found uncompressed size, for `too-big`. */
    readonly size = 0,
  ) {
    super(detail);
  }
}

export interface ZipLimits {
  /** Most bytes all entries may inflate to, together. */
  uncompressedBytes: number;
  /** Most entries. */
  entries: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  uncompressed: number;
  offset: number;
}

/** Find the end-of-central-directory record: last 22 bytes, or further back when a comment follows. */
function findEocd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let i = last; i >= Math.max(0, last - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  throw new ZipCheckError('malformed', 'không có mục lục của tệp nén');
}

function centralDirectory(bytes: Uint8Array, limits: ZipLimits): { entries: Entry[]; start: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw new ZipCheckError('malformed', 'tệp quá ngắn');
  const eocd = findEocd(view);
  const disk = view.getUint16(eocd + 4, true);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  // ZIP64 marks its fields 0xFFFF/0xFFFFFFFF; a spreadsheet of a few hundred rows never needs it.
  if (disk !== 0 || count === 0xffff || start === 0xffffffff)
    throw new ZipCheckError('malformed', 'tệp nén nhiều phần hoặc ZIP64');
  if (count > limits.entries) throw new ZipCheckError('malformed', `có ${count} tệp con, tối đa ${limits.entries}`);
  if (start + size > eocd) throw new ZipCheckError('malformed', 'mục lục nằm ngoài tệp');
  const entries: Entry[] = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) throw new ZipCheckError('malformed', 'mục lục hỏng');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    entries.push({
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      uncompressed: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, start };
}

/**
 * Throw a ZipCheckError unless the archive is within the limits and inflates to what it declares.
 *
 * @example
 * checkZip(writeXlsx([['a']]), { uncompressedBytes: 20e6, entries: 500 }) // passes
 * checkZip(bomb, { uncompressedBytes: 20e6, entries: 500 }) // throws ZipCheckError('lying', …)
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits): void {
  const { entries, start } = centralDirectory(bytes, limits);
  const declared = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  if (declared > limits.uncompressedBytes) throw new ZipCheckError('too-big', 'kích thước khai báo', declared);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let expected = 0;
  let inflated = 0;
  for (const e of [...entries].sort((a, b) => a.offset - b.offset)) {
    if (e.offset !== expected || e.offset + 30 > start || view.getUint32(e.offset, true) !== LOCAL) {
      throw new ZipCheckError('malformed', 'có dữ liệu ẩn giữa các tệp con');
    }
    if (e.flags & 0x1) throw new ZipCheckError('malformed', 'tệp có mật khẩu');
    const dataStart = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    let end = dataStart + e.compressed;
    if (end > start) throw new ZipCheckError('malformed', `tệp con ${e.name} vượt ra ngoài`);
    const data = bytes.subarray(dataStart, end);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new ZipCheckError('lying', `tệp con ${e.name} lớn hơn kích thước khai báo`);
        throw new ZipCheckError('malformed', `tệp con ${e.name} hỏng`);
      }
    } else throw new ZipCheckError('malformed', `kiểu nén ${e.method} không hỗ trợ`);
    if (out.byteLength !== e.uncompressed)
      throw new ZipCheckError('malformed', `tệp con ${e.name} khác kích thước khai báo`);
    inflated += out.byteLength;
    // A data descriptor (flag bit 3) follows the data: 12 bytes, or 16 with its optional signature.
    if (e.flags & 0x8) end += end + 4 <= start && view.getUint32(end, true) === DESCRIPTOR ? 16 : 12;
    expected = end;
  }
  if (expected !== start) throw new ZipCheckError('malformed', 'có dữ liệu ẩn trước mục lục');
  if (inflated > limits.uncompressedBytes) throw new ZipCheckError('too-big', 'kích thước thật', inflated);
}
