/**
 * The whole import of one year's sheet: the rules (import-sheet.ts: read, validate, anonymize,
 * check against the build's schema), then data/results/YYYY.json written atomically (a temporary
 * file renamed into place), or nothing written and every error returned. scripts/import-results.ts
 * is a thin command line over this.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { YearResults } from '../../schemas/results';
import { buildYear, serializeYear, type BuildYearOptions } from './import-sheet';
import type { CsvEncoding } from './read-sheet';
import type { SheetError } from './validate-sheet';

export interface ImportOptions extends BuildYearOptions {
  /** Folder of the published years (data/results). */
  outDir: string;
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

/**
 * Import one year. Nothing is written unless every row is valid.
 *
 * @example
 * const r = await importSheet({ year: 2025, fileName: 'kq.csv', bytes, rules, groups, outDir: 'data/results', published: '2025-12-20' });
 */
export async function importSheet(opts: ImportOptions): Promise<ImportResult> {
  const file = path.join(opts.outDir, `${opts.year}.json`);
  const existing = !opts.replace && existsSync(file) ? path.relative(process.cwd(), file) : undefined;
  const built = await buildYear({ ...opts, ...(existing !== undefined ? { existing } : {}) });
  if (!built.ok) return built;
  writeAtomic(file, serializeYear(built.results));
  return { ok: true, file, results: built.results, ...(built.encoding ? { encoding: built.encoding } : {}) };
}
