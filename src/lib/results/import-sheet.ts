/**
 * The whole import of one year's sheet: read, validate, anonymize, write data/results/YYYY.json
 * atomically (a temporary file renamed into place), or write nothing and return every error.
 * scripts/import-results.ts is a thin command line over this.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../../schemas/rule';
import type { UnitGroup } from '../../schemas/unit-group';
import type { YearResults } from '../../schemas/results';
import { anonymize, type RandomInt } from './anonymize';
import { t } from '../../i18n/t';
import { readSheet, type SheetRow } from './read-sheet';
import { ruleForYear } from './rule-for-year';
import { validateSheet, type SheetError } from './validate-sheet';

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
  /** Publication date, ISO. */
  published: string;
  sample?: boolean;
  random?: RandomInt;
}

export type ImportResult = { ok: true; file: string; results: YearResults } | { ok: false; errors: SheetError[] };

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
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Import one year. Nothing is written unless every row is valid.
 *
 * @example
 * const r = await importSheet({ year: 2025, fileName: 'kq.csv', bytes, rules, groups, outDir: 'data/results', published: '2025-12-20' });
 */
export async function importSheet(opts: ImportOptions): Promise<ImportResult> {
  const rule = ruleForYear(opts.rules, opts.year);
  let rows: SheetRow[];
  try {
    rows = await readSheet(opts.fileName, opts.bytes);
  } catch (error) {
    // A corrupt or password-protected workbook: say so in the staff's language, write nothing.
    return { ok: false, errors: [{ line: 1, column: '', message: t('results.import.unreadable', { detail: error instanceof Error ? error.message : String(error) }) }] };
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
  const file = path.join(opts.outDir, `${opts.year}.json`);
  writeAtomic(file, serializeYear(results));
  return { ok: true, file, results };
}
