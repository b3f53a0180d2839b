/**
 * Turn the sheet the provincial office keeps into a grid of trimmed strings, whatever its format:
 * CSV (UTF-8 with or without BOM, UTF-16 with or without one, or Windows-1258 as older Vietnamese
 * Excel saves it; comma- or semicolon-separated, RFC 4180 quotes) or .xlsx (first sheet). Validation
 * happens later, on the grid, so both formats give the same errors.
 *
 * Everything here is bounded by SHEET_LIMITS and checked as early as it can be: the file's size
 * before it is decoded, an .xlsx archive's sizes before it is unzipped (read-sheet-zip.ts).
 */
import readXlsxFile from 'read-excel-file/node';
import { t } from '../../i18n/t';
import { checkZip, ZipCheckError } from './read-sheet-zip';

/**
 * Limits of what the import reads. A year's sheet has a few hundred units and weighs tens of KB;
 * these leave room for ten times that and stop a wrong or hostile file long before it costs
 * memory or time. docs/nhap-ket-qua.md lists them for staff.
 */
export const SHEET_LIMITS = {
  /** Bytes of the file as given (CSV or .xlsx). */
  fileBytes: 10 * 1024 * 1024,
  /** Unit rows below the header. */
  rows: 5000,
  /** Columns of the header (the fixed columns and the criteria need fewer than 20). */
  columns: 100,
  /** Characters in one cell (unit names are well under 200). */
  cellChars: 500,
  /** Bytes all parts of an .xlsx inflate to, together. */
  xlsxUncompressedBytes: 20 * 1024 * 1024,
  /** Parts inside an .xlsx. */
  xlsxEntries: 500,
} as const;

/** A problem that stops reading the file at all: its message is complete, in Vietnamese, for staff. */
export class SheetReadError extends Error {}

/** How a CSV file's bytes were decoded. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/**
 * Bytes as staff read them: "12,3 MB", "850 KB".
 *
 * @example
 * formatBytes(12.3 * 1024 * 1024) // '12,3 MB'
 */
export function formatBytes(n: number): string {
  const fmt = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(v);
  if (n >= 1024 * 1024 * 1024) return `${fmt(n / 1024 ** 3)} GB`;
  if (n >= 1024 * 1024) return `${fmt(n / 1024 ** 2)} MB`;
  return `${fmt(Math.max(n, 1) / 1024)} KB`;
}

/** A row of cells and the 1-based line of the file it starts on (the header is line 1). */
export interface SheetRow {
  line: number;
  cells: string[];
}

/**
 * Parse CSV text. The separator is the one the header line uses (`;` when it has any, else `,`), so
 * a sheet saved by a Vietnamese-locale spreadsheet (`;` and decimal commas) reads as well as a plain
 * one. Blank lines are skipped; quoted fields may hold separators, quotes ("") and newlines.
 *
 * @example
 * parseCsv('\uFEFFa;b\n1;"2,5"\n').map((r) => r.cells) // [['a', 'b'], ['1', '2,5']]
 */
export function parseCsv(text: string): SheetRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.includes(';') ? ';' : ',';
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells: cells.map((c) => c.trim()) });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}

/** Starts like a zip archive (an .xlsx is one): "PK\x03\x04". */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A spreadsheet cell as text: dates as dd/mm/yyyy (calendar date, UTC), numbers as JS writes them. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const d = String(value.getUTCDate()).padStart(2, '0');
    const m = String(value.getUTCMonth() + 1).padStart(2, '0');
    return `${d}/${m}/${value.getUTCFullYear()}`;
  }
  return String(value).normalize('NFC').trim();
}

/**
 * Read the first sheet of an .xlsx file (bytes) into rows; the line is the spreadsheet row number.
 * The archive is checked first (sizes, hidden parts, real inflated sizes): a zip bomb throws a
 * SheetReadError before read-excel-file sees it.
 *
 * @example
 * (await readXlsx(bytes))[0]!.cells // ['ma_don_vi', 'ten_don_vi', …]
 */
export async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  if (!isZip(bytes))
    throw new SheetReadError(t('results.import.unreadable', { detail: 'tệp không phải bảng tính .xlsx' }));
  try {
    checkZip(bytes, { uncompressedBytes: SHEET_LIMITS.xlsxUncompressedBytes, entries: SHEET_LIMITS.xlsxEntries });
  } catch (error) {
    if (!(error instanceof ZipCheckError)) throw error;
    if (error.kind === 'too-big')
      throw new SheetReadError(
        t('results.import.xlsxTooBig', {
          size: formatBytes(error.size),
          max: formatBytes(SHEET_LIMITS.xlsxUncompressedBytes),
        }),
      );
    if (error.kind === 'lying') throw new SheetReadError(t('results.import.xlsxLying'));
    throw new SheetReadError(t('results.import.xlsxMalformed', { detail: error.detail }));
  }
  const sheets = await readXlsxFile(Buffer.from(bytes));
  const data = sheets[0]?.data ?? [];
  return data.map((row, i) => ({ line: i + 1, cells: row.map(cellText) })).filter((r) => r.cells.some((c) => c !== ''));
}

/** Characters a Vietnamese sheet may hold beyond ASCII: Latin letters (with tone marks), typographic punctuation, spaces. */
const PLAUSIBLE = /^[\p{Script=Latin}\p{Zs}\u2010-\u2015\u2018-\u201F\u2026\u00B0\u00B7\u00A9\u00AB\u00BB]$/u;

/**
 * UTF-16 without a byte-order mark shows by its zero bytes: a sheet is mostly ASCII, whose UTF-16
 * has a zero in every other byte (odd positions in little endian, even in big endian).
 */
function utf16Without(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs === 0) return null;
  if (odd > pairs * 0.3 && even === 0) return 'le';
  if (even > pairs * 0.3 && odd === 0) return 'be';
  return null;
}

/**
 * Decode a CSV file's bytes: a BOM names UTF-8 or UTF-16 (LE/BE); UTF-16 without one shows by its
 * zero bytes; valid UTF-8 is UTF-8; anything else is tried as Windows-1258 (what Excel saves as
 * "CSV" on a Vietnamese Windows) and kept only when every character it gives is plausible in a
 * Vietnamese sheet, so another code page (TCVN3, Windows-1252…) is refused rather than garbled.
 * Throws a SheetReadError with one message otherwise. The text is NFC (Windows-1258 writes tone
 * marks as separate combining characters).
 *
 * @example
 * decodeCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00])) // { text: 'a', encoding: 'utf-16le' }
 * decodeCsv(new Uint8Array([0x55, 0xf4, 0xec])) // { text: 'Uố', encoding: 'windows-1258' }
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const decode = (encoding: CsvEncoding, from = 0) =>
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
  let result: { text: string; encoding: CsvEncoding } | null = null;
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      result = { text: decode('utf-8', 3), encoding: 'utf-8' };
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) result = { text: decode('utf-16le', 2), encoding: 'utf-16le' };
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) result = { text: decode('utf-16be', 2), encoding: 'utf-16be' };
    else if (utf16Without(bytes) === 'le') result = { text: decode('utf-16le'), encoding: 'utf-16le' };
    else if (utf16Without(bytes) === 'be') result = { text: decode('utf-16be'), encoding: 'utf-16be' };
  } catch {
    throw new SheetReadError(t('results.import.encodingUnknown'));
  }
  if (!result) {
    try {
      result = { text: decode('utf-8'), encoding: 'utf-8' };
    } catch {
      const text = decode('windows-1258').normalize('NFC');
      // A tone mark left uncombined, a control or a symbol: not Vietnamese text in Windows-1258.
      const odd = [...new Set(text)].some((ch) => ch.charCodeAt(0) > 0x7e && !PLAUSIBLE.test(ch));
      if (odd) throw new SheetReadError(t('results.import.encodingUnknown'));
      result = { text, encoding: 'windows-1258' };
    }
  }
  // A NUL or other control character left means a wrong guess (UTF-32, a binary file renamed .csv).
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(result.text))
    throw new SheetReadError(t('results.import.encodingUnknown'));
  return { text: result.text.normalize('NFC'), encoding: result.encoding };
}

/** Rows read, and for a CSV the encoding it was decoded from (staff are told when it was not UTF-8). */
export interface ReadResult {
  rows: SheetRow[];
  encoding?: CsvEncoding;
}

/**
 * Read a sheet by file name: `.xlsx` as a spreadsheet, anything else as CSV text. Throws a
 * SheetReadError (Vietnamese message) when the file is too big or cannot be decoded.
 *
 * @example
 * (await readSheet('ket-qua-2025.csv', bytes)).rows[0]!.cells // ['ma_don_vi', …]
 */
export async function readSheet(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength > SHEET_LIMITS.fileBytes) {
    throw new SheetReadError(
      t('results.import.fileTooBig', { size: formatBytes(bytes.byteLength), max: formatBytes(SHEET_LIMITS.fileBytes) }),
    );
  }
  if (/\.xlsx$/i.test(fileName)) return { rows: await readXlsx(bytes) };
  // Old binary Excel (.xls, an OLE2 file) and OpenDocument sheets: say which format to save in.
  if (
    /\.(xls|ods)$/i.test(fileName) ||
    (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
  ) {
    throw new SheetReadError(t('results.import.oldFormat'));
  }
  if (isZip(bytes)) throw new SheetReadError(t('results.import.zipNotXlsx'));
  const { text, encoding } = decodeCsv(bytes);
  return { rows: parseCsv(text), encoding };
}
