/**
 * Check an import sheet against the year's rule and unit groups. Every problem is collected (not
 * just the first), each naming its line and column, in Vietnamese for the staff who fix the sheet.
 */
import { t } from '../../i18n/t';
import type { Rule } from '../../schemas/rule';
import type { UnitGroup } from '../../schemas/unit-group';
import { formatDateShortVi } from '../../vocab/format-date-vi';
import { groupsForYear, maxTotal } from './rule-for-year';
import { SHEET_LIMITS, type SheetRow } from './read-sheet';

/** The fixed columns, before one column per criterion code. */
export const FIXED_COLUMNS = ['ma_don_vi', 'ten_don_vi', 'nhom', 'ngay_nop', 'tu_cham', 'tham_dinh'] as const;

/** A unit as read from the sheet: the only place names and codes exist. Never written anywhere. */
export interface RawUnit {
  code: string;
  name: string;
  group: string;
  /** ISO submission date. */
  submitted: string;
  selfScore: number;
  appraisedScore: number;
  criteria: Record<string, number>;
}

export interface SheetError {
  /** 1-based line; the header is line 1. 0 for a problem of the whole file (size, encoding…). */
  line: number;
  /** Column name and spreadsheet letter, e.g. "tham_dinh (F)"; empty for whole-row problems. */
  column: string;
  message: string;
}

export type ValidationResult = { ok: true; units: RawUnit[] } | { ok: false; errors: SheetError[] };

/** Tolerance when comparing the appraised total with the sum of the criteria (plus 1e-9 for binary floating point: 70.01 − 70 > 0.01). */
const SUM_TOLERANCE = 0.01;

/**
 * The header line for a year's rule, as the template CLI prints it.
 *
 * @example
 * headerFor(rule) // ['ma_don_vi', 'ten_don_vi', 'nhom', 'ngay_nop', 'tu_cham', 'tham_dinh', 'TC1', …]
 */
export function headerFor(rule: Pick<Rule, 'criteria'>): string[] {
  return [...FIXED_COLUMNS, ...rule.criteria.map((c) => c.code)];
}

/**
 * Spreadsheet column letters for a 0-based index.
 *
 * @example
 * columnLetter(0) // 'A'
 * columnLetter(27) // 'AB'
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A score as written in Vietnam or elsewhere: "12", "12.5" or "12,5". Null when not a number.
 *
 * @example
 * parseScore('12,5') // 12.5
 * parseScore('mười') // null
 */
export function parseScore(text: string): number | null {
  const s = text.trim();
  if (!/^-?\d+(?:[.,]\d+)?$/.test(s)) return null;
  return Number(s.replace(',', '.'));
}

/**
 * A dd/mm/yyyy date (one-digit day or month allowed) as ISO, or null when it is no calendar date.
 *
 * @example
 * parseDateVi('14/11/2024') // '2024-11-14'
 * parseDateVi('31/02/2024') // null
 */
export function parseDateVi(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Vietnamese number for messages (decimal comma). */
const fmt = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);

/** Most characters of a cell a message quotes: enough to find it, never a whole pasted text. */
export const QUOTE_CHARS = 40;

/**
 * A cell's value as an error message quotes it: at most QUOTE_CHARS characters, then "…".
 *
 * @example
 * clip('Ủy ban nhân dân') // 'Ủy ban nhân dân'
 * clip('x'.repeat(100)).length // 41
 */
export function clip(value: string, max = QUOTE_CHARS): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max).join('')}…`;
}

/**
 * The form two unit codes or names are compared in: Unicode compatibility form (NFKC, which also
 * folds full-width "Ａ１" to "A1"), zero-width characters removed, every run of spaces (NBSP and the
 * other Unicode spaces included) one space, trimmed, lower case. "DN01", " dn01\u00A0" and "Dn01"
 * are one unit: counting them as three would publish a group below k.
 *
 * @example
 * unitKey(' Sở\u00A0 Nội vụ ') === unitKey('sở nội vụ') // true
 */
export function unitKey(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Size limits of the grid (rows, columns, cell length), before anything else reads the cells. An
 * over-long cell is reported by line and column, quoted by its first characters only.
 *
 * @example
 * checkLimits(parseCsv('a\n' + 'x'.repeat(600))) // [{ line: 2, column: 'A', message: 'Ô dài 600 ký tự…' }]
 */
export function checkLimits(
  rows: readonly SheetRow[],
  limits: Pick<typeof SHEET_LIMITS, 'rows' | 'columns' | 'cellChars'> = SHEET_LIMITS,
): SheetError[] {
  const units = rows.length - 1;
  if (units > limits.rows)
    return [
      {
        line: rows[limits.rows + 1]!.line,
        column: '',
        message: t('results.import.tooManyRows', { n: units, max: limits.rows }),
      },
    ];
  const errors: SheetError[] = [];
  const widest = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  if (widest > limits.columns)
    errors.push({
      line: rows[0]!.line,
      column: '',
      message: t('results.import.tooManyColumns', { n: widest, max: limits.columns }),
    });
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      if (cell.length > limits.cellChars) {
        errors.push({
          line: row.line,
          column: columnLetter(i),
          message: t('results.import.cellTooLong', { n: fmt(cell.length), max: limits.cellChars, start: clip(cell) }),
        });
      }
    });
  }
  return errors;
}

/**
 * Validate a sheet for a year. Returns the units, or every error found.
 *
 * @example
 * const result = validateSheet(rows, { year: 2025, rule, groups });
 * if (!result.ok) console.error(result.errors);
 */
export function validateSheet(
  rows: readonly SheetRow[],
  opts: { year: number; rule: Rule; groups: readonly UnitGroup[] },
): ValidationResult {
  const { year, rule } = opts;
  const errors: SheetError[] = [];
  const header = rows[0];
  if (!header) return { ok: false, errors: [{ line: 1, column: '', message: t('results.import.empty') }] };
  const tooBig = checkLimits(rows);
  if (tooBig.length) return { ok: false, errors: tooBig };

  // Header: every expected column present once; nothing unknown (a criterion of another rule).
  const expected = headerFor(rule);
  const index = new Map<string, number>();
  const codes = rule.criteria.map((c) => c.code);
  // Spreadsheet programs change case and add empty trailing columns; neither is an error.
  const canonical = (raw: string) => {
    const lower = raw.toLowerCase();
    if ((FIXED_COLUMNS as readonly string[]).includes(lower)) return lower;
    return codes.includes(raw.toUpperCase()) ? raw.toUpperCase() : raw;
  };
  header.cells.forEach((raw, i) => {
    if (raw === '' && rows.every((r) => (r.cells[i] ?? '') === '')) return;
    const name = canonical(raw);
    const col = `${clip(raw, 20) || '?'} (${columnLetter(i)})`;
    if (index.has(name))
      errors.push({
        line: header.line,
        column: col,
        message: t('results.import.duplicateColumn', { name: clip(name) }),
      });
    else if (!expected.includes(name))
      errors.push({
        line: header.line,
        column: col,
        message: t('results.import.unknownColumn', { name: clip(name), rule: rule.number }),
      });
    else index.set(name, i);
  });
  for (const name of expected) {
    if (!index.has(name))
      errors.push({
        line: header.line,
        column: name,
        message: t('results.import.missingColumn', { name, rule: rule.number }),
      });
  }
  if (errors.length) return { ok: false, errors };
  if (rows.length < 2) return { ok: false, errors: [{ line: 2, column: '', message: t('results.import.noRows') }] };

  const colName = (name: string) => `${name} (${columnLetter(index.get(name)!)})`;
  const validGroups = groupsForYear(opts.groups, year);
  const validIds = validGroups.map((g) => g.id);
  const total = maxTotal(rule);
  const seen = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const units: RawUnit[] = [];
  const firstDay = `${year}-01-01`;
  const lastDay = `${year + 1}-12-31`;

  for (const row of rows.slice(1)) {
    const get = (name: string) => row.cells[index.get(name)!] ?? '';
    const err = (name: string, message: string) => errors.push({ line: row.line, column: colName(name), message });
    const before = errors.length;

    const code = get('ma_don_vi');
    const codeKey = unitKey(code);
    if (!codeKey) err('ma_don_vi', t('results.import.required'));
    else if (seen.has(codeKey))
      err('ma_don_vi', t('results.import.duplicateCode', { code: clip(code), line: seen.get(codeKey)! }));
    else seen.set(codeKey, row.line);
    const name = get('ten_don_vi');
    const nameKey = unitKey(name);
    if (!nameKey) err('ten_don_vi', t('results.import.required'));
    else if (seenNames.has(nameKey))
      err('ten_don_vi', t('results.import.duplicateName', { name: clip(name), line: seenNames.get(nameKey)! }));
    else seenNames.set(nameKey, row.line);

    const group = get('nhom');
    if (!validIds.includes(group)) {
      const known = opts.groups.find((g) => g.id === group);
      const valid = validIds.join(', ');
      if (!group) err('nhom', t('results.import.required'));
      else if (known) {
        const period = `${formatDateShortVi(known.validFrom)}–${known.validTo ? formatDateShortVi(known.validTo) : '…'}`;
        err('nhom', t('results.import.groupOutOfPeriod', { group, period, year, valid }));
      } else err('nhom', t('results.import.unknownGroup', { group: clip(group), year, valid }));
    }

    const dateText = get('ngay_nop');
    const submitted = parseDateVi(dateText);
    if (!submitted) err('ngay_nop', t('results.import.badDate', { value: clip(dateText) }));
    else if (submitted < firstDay || submitted > lastDay)
      err('ngay_nop', t('results.import.dateOutOfRange', { value: dateText, year, next: year + 1 }));

    const selfScore = parseScore(get('tu_cham'));
    if (selfScore === null) err('tu_cham', t('results.import.notNumber', { value: clip(get('tu_cham')) }));
    else if (selfScore < 0 || selfScore > total)
      err('tu_cham', t('results.import.outOfRange', { value: fmt(selfScore), max: fmt(total) }));

    const criteria: Record<string, number> = {};
    let sum = 0;
    let criteriaOk = true;
    for (const c of rule.criteria) {
      const v = parseScore(get(c.code));
      if (v === null) {
        err(c.code, t('results.import.notNumber', { value: clip(get(c.code)) }));
        criteriaOk = false;
      } else if (v < 0 || v > c.max) {
        err(c.code, t('results.import.outOfRange', { value: fmt(v), max: fmt(c.max) }));
        criteriaOk = false;
      } else {
        criteria[c.code] = v;
        sum += v;
      }
    }
    const appraised = parseScore(get('tham_dinh'));
    if (appraised === null) err('tham_dinh', t('results.import.notNumber', { value: clip(get('tham_dinh')) }));
    else if (appraised < 0 || appraised > total)
      err('tham_dinh', t('results.import.outOfRange', { value: fmt(appraised), max: fmt(total) }));
    else if (criteriaOk && Math.abs(appraised - sum) > SUM_TOLERANCE + 1e-9) {
      err(
        'tham_dinh',
        t('results.import.sumMismatch', { value: fmt(appraised), sum: fmt(Math.round(sum * 100) / 100) }),
      );
    }

    if (errors.length === before) {
      units.push({
        code,
        name,
        group,
        submitted: submitted!,
        selfScore: selfScore!,
        appraisedScore: appraised!,
        criteria,
      });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, units };
}

/**
 * One error per line, for the terminal.
 *
 * @example
 * formatErrors([{ line: 3, column: 'nhom (C)', message: 'Nhóm “x” không có.' }]) // 'Dòng 3, cột nhom (C): Nhóm “x” không có.'
 */
export function formatErrors(errors: readonly SheetError[]): string {
  return errors
    .map((e) =>
      e.line === 0
        ? e.message
        : e.column
          ? t('results.import.where', { line: e.line, column: e.column, message: e.message })
          : t('results.import.whereLine', { line: e.line, message: e.message }),
    )
    .join('\n');
}
