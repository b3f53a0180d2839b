/**
 * The whole import of one year's sheet: read, validate, anonymize, write data/results/YYYY.json
 * atomically (a temporary file renamed into place), or write nothing and return every error.
 * scripts/import-results.ts is a thin command line over this.
 *
 * What it writes is checked with the very schema the site's build reads it with, so an import that
 * succeeds cannot break the build.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../../schemas/rule';
import type { UnitGroup } from '../../schemas/unit-group';
import { yearResultsSchema, type YearResults } from '../../schemas/results';
import { anonymize, type RandomInt } from './anonymize';
import { t } from '../../i18n/t';
import { parseIsoDate } from '../../vocab/format-date-vi';
import { readSheet, SheetReadError, type CsvEncoding, type SheetRow } from './read-sheet';
import { ruleForYear } from './rule-for-year';
import { clip, validateSheet, type SheetError } from './validate-sheet';

export interface ImportOptions {
  year: number;
  /** The sheet's file name (its extension picks the format) and bytes. */
  fileName: string;
  bytes: Uint8Array;
  rules: readonly Rule[];
  groups: readonly UnitGroup[];
  /** Folder of the published years (data/results). */
  outDir: string;
  k?: number;
  /** Publication date, strict ISO `YYYY-MM-DD` and a real calendar date. */
  published: string;
  sample?: boolean;
  random?: RandomInt;
  /** Replace a year that is already published (its pseudonyms all change). */
  replace?: boolean;
}

export type ImportResult =
  | {
      ok: true;
      file: string;
      results: YearResults;
      /** Set for a CSV: the encoding it was read in. */ encoding?: CsvEncoding;
    }
  | { ok: false; errors: SheetError[] };

/** Suffix of the temporary file writeAtomic renames into place (git-ignored; stale ones removed). */
export const TEMP_SUFFIX = '.tmp';

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
 * Write a file so that readers see the old or the new content, never half of it.
 *
 * @example
 * writeAtomic('data/results/2025.json', text)
 */
export function writeAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  removeStaleTemp(file);
  const tmp = `${file}.${process.pid}${TEMP_SUFFIX}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Remove what an interrupted writeAtomic of the same file left (`2025.json.<pid>.tmp`): a killed
 * process never reaches its `finally`.
 *
 * @example
 * removeStaleTemp('data/results/2025.json') // deletes data/results/2025.json.4242.tmp
 */
export function removeStaleTemp(file: string): void {
  const dir = path.dirname(file);
  if (!existsSync(dir)) return;
  const prefix = `${path.basename(file)}.`;
  for (const name of readdirSync(dir)) {
    if (
      name.startsWith(prefix) &&
      name.endsWith(TEMP_SUFFIX) &&
      /^\d+$/.test(name.slice(prefix.length, -TEMP_SUFFIX.length))
    ) {
      rmSync(path.join(dir, name), { force: true });
    }
  }
}

/** The whole-file error list for a problem that is not on one row. */
const fileError = (message: string): ImportResult => ({ ok: false, errors: [{ line: 0, column: '', message }] });

/**
 * Import one year. Nothing is written unless every row is valid.
 *
 * @example
 * const r = await importSheet({ year: 2025, fileName: 'kq.csv', bytes, rules, groups, outDir: 'data/results', published: '2025-12-20' });
 */
export async function importSheet(opts: ImportOptions): Promise<ImportResult> {
  const rule = ruleForYear(opts.rules, opts.year);
  try {
    parseIsoDate(opts.published);
  } catch {
    return fileError(t('results.import.badPublished', { value: clip(opts.published) }));
  }
  const file = path.join(opts.outDir, `${opts.year}.json`);
  if (!opts.replace && existsSync(file))
    return fileError(t('results.import.yearExists', { year: opts.year, file: path.relative(process.cwd(), file) }));
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
  writeAtomic(file, serializeYear(results));
  return { ok: true, file, results, ...(encoding ? { encoding } : {}) };
}
