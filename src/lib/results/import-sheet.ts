/**
 * The rules of importing one year's sheet, without the file system: check the publication date,
 * read the sheet's bytes, validate, anonymize and check the result with the very schema the site's
 * build reads it with, so an import that succeeds cannot break the build. Writing the year
 * (atomically, refusing to overwrite) is import-sheet-fs.ts.
 */
import type { Rule } from '../../schemas/rule';
import type { UnitGroup } from '../../schemas/unit-group';
import { yearResultsSchema, type YearResults } from '../../schemas/results';
import { anonymize, type RandomInt } from './anonymize';
import { t } from '../../i18n/t';
import { parseIsoDate } from '../../vocab/format-date-vi';
import { readSheet, SheetReadError, type CsvEncoding, type SheetRow } from './read-sheet';
import { ruleForYear } from './rule-for-year';
import { clip, validateSheet, type SheetError } from './validate-sheet';

export interface BuildYearOptions {
  year: number;
  /** The sheet's file name (its extension picks the format) and bytes. */
  fileName: string;
  bytes: Uint8Array;
  rules: readonly Rule[];
  groups: readonly UnitGroup[];
  k?: number;
  /** Publication date, strict ISO `YYYY-MM-DD` and a real calendar date. */
  published: string;
  sample?: boolean;
  random?: RandomInt;
  /**
   * The year's file as staff know it (relative path) when it is already published and may not be
   * replaced: the import refuses it, after the rule and the date and before reading the sheet.
   */
  existing?: string;
}

export type BuildYearResult =
  | {
      ok: true;
      results: YearResults;
      /** Set for a CSV: the encoding it was read in. */ encoding?: CsvEncoding;
    }
  | { ok: false; errors: SheetError[] };

/**
 * Serialise a published year: stable key order, two-space indent, final newline.
 *
 * @example
 * serializeYear(results).endsWith('\n') // true
 */
export function serializeYear(results: YearResults): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

/**
 * The whole-file error list for a problem that is not on one row.
 *
 * @example
 * fileError('Tệp hỏng') // { ok: false, errors: [{ line: 0, column: '', message: 'Tệp hỏng' }] }
 */
export const fileError = (message: string): { ok: false; errors: SheetError[] } => ({
  ok: false,
  errors: [{ line: 0, column: '', message }],
});

/**
 * The error for a publication date that is not a strict ISO calendar date, or null when it is one.
 *
 * @example
 * publishedError('2025-12-20') // null
 * publishedError('20/12/2025')?.errors[0]?.line // 0
 */
export function publishedError(published: string): { ok: false; errors: SheetError[] } | null {
  try {
    parseIsoDate(published);
    return null;
  } catch {
    return fileError(t('results.import.badPublished', { value: clip(published) }));
  }
}

/**
 * One year's published results from a sheet's bytes, or every error; reads and writes no file.
 *
 * @example
 * const r = await buildYear({ year: 2025, fileName: 'kq.csv', bytes, rules, groups, published: '2025-12-20' });
 */
export async function buildYear(opts: BuildYearOptions): Promise<BuildYearResult> {
  const rule = ruleForYear(opts.rules, opts.year);
  const badDate = publishedError(opts.published);
  if (badDate) return badDate;
  if (opts.existing !== undefined)
    return fileError(t('results.import.yearExists', { year: opts.year, file: opts.existing }));
  let rows: SheetRow[];
  let encoding: CsvEncoding | undefined;
  try {
    ({ rows, encoding } = await readSheet(opts.fileName, opts.bytes));
  } catch (error) {
    if (error instanceof SheetReadError) return fileError(error.message);
    // A corrupt or password-protected workbook: say so in the staff's language, write nothing.
    return fileError(
      t('results.import.unreadable', { detail: clip(error instanceof Error ? error.message : String(error), 200) }),
    );
  }
  const checked = validateSheet(rows, { year: opts.year, rule, groups: opts.groups });
  if (!checked.ok) return checked;
  const results = anonymize(checked.units, {
    year: opts.year,
    rule,
    groups: opts.groups,
    published: opts.published,
    ...(opts.k !== undefined ? { k: opts.k } : {}),
    ...(opts.sample !== undefined ? { sample: opts.sample } : {}),
    ...(opts.random ? { random: opts.random } : {}),
  });
  // The build reads the file with this schema: refuse here what it would refuse there.
  const checkedOutput = yearResultsSchema.safeParse(results);
  if (!checkedOutput.success) {
    const detail = checkedOutput.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    return fileError(t('results.import.invalidOutput', { detail: clip(detail, 300) }));
  }
  return { ok: true, results, ...(encoding ? { encoding } : {}) };
}
