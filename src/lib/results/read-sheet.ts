/**
 * Turn the sheet the provincial office keeps into a grid of trimmed strings, whatever its format:
 * CSV (UTF-8 with or without BOM, comma- or semicolon-separated, RFC 4180 quotes) or .xlsx (first
 * sheet). Validation happens later, on the grid, so both formats give the same errors.
 */
import readXlsxFile from 'read-excel-file/node';

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

/** A spreadsheet cell as text: dates as dd/mm/yyyy (calendar date, UTC), numbers as JS writes them. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const d = String(value.getUTCDate()).padStart(2, '0');
    const m = String(value.getUTCMonth() + 1).padStart(2, '0');
    return `${d}/${m}/${value.getUTCFullYear()}`;
  }
  return String(value).trim();
}

/**
 * Read the first sheet of an .xlsx file (bytes) into rows; the line is the spreadsheet row number.
 *
 * @example
 * (await readXlsx(bytes))[0]!.cells // ['ma_don_vi', 'ten_don_vi', …]
 */
export async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const sheets = await readXlsxFile(Buffer.from(bytes));
  const data = sheets[0]?.data ?? [];
  return data
    .map((row, i) => ({ line: i + 1, cells: row.map(cellText) }))
    .filter((r) => r.cells.some((c) => c !== ''));
}

/**
 * Read a sheet by file name: `.xlsx` as a spreadsheet, anything else as CSV text.
 *
 * @example
 * await readSheet('ket-qua-2025.csv', bytes)
 */
export async function readSheet(fileName: string, bytes: Uint8Array): Promise<SheetRow[]> {
  if (/\.xlsx$/i.test(fileName)) return readXlsx(bytes);
  return parseCsv(new TextDecoder('utf-8').decode(bytes));
}
