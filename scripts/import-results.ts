/**
 * npm run import:results -- --year 2025 [--published 2025-12-20] [--replace] [--k 5] FILE.csv|FILE.xlsx
 * npm run import:results -- --template --year 2025
 *
 * Reads the sheet the provincial office keeps, refuses it whole when any row is wrong (every error
 * listed, line and column, in Vietnamese), else writes the anonymized data/results/YYYY.json.
 * A year already published is replaced only with --replace (its pseudonyms all change).
 * The raw sheet is never copied anywhere. RESULTS_DATA_DIR overrides the output folder.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../src/i18n/t';
import { toIsoDate } from '../src/vocab/format-date-vi';
import { dataDirs, loadGroups, loadRules } from '../src/lib/results/load-data-fs';
import { importSheet } from '../src/lib/results/import-sheet-fs';
import { formatBytes, SHEET_LIMITS } from '../src/lib/results/read-sheet';
import { ruleForYear } from '../src/lib/results/rule-for-year';
import { formatErrors, headerFor } from '../src/lib/results/validate-sheet';

/** Thrown by fail() to stop main() once the message is written. */
class Stop extends Error {}

/**
 * Print to stderr and end with code 1. No process.exit(): it can cut a long error list short where
 * stderr is a pipe, and the process ending by itself first writes out everything.
 */
function fail(message: string): never {
  process.exitCode = 1;
  process.stderr.write(`${message}\n`);
  throw new Stop();
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        template: { type: 'boolean', default: false },
        k: { type: 'string' },
        published: { type: 'string' },
        replace: { type: 'boolean', default: false },
      },
    });
  } catch {
    fail(t('results.cli.usage'));
  }
  const { values, positionals } = parsed;
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 2020 || year > 2100) fail(t('results.cli.usage'));
  const dirs = dataDirs(process.cwd());
  const rules = loadRules(dirs.rules);

  if (values.template) {
    console.log(headerFor(ruleForYear(rules, year)).join(','));
    return;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) fail(t('results.cli.usage'));
  // Refuse a huge file before reading it into memory.
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    fail(t('results.cli.noFile', { file }));
  }
  if (size > SHEET_LIMITS.fileBytes)
    fail(t('results.import.fileTooBig', { size: formatBytes(size), max: formatBytes(SHEET_LIMITS.fileBytes) }));
  const k = values.k === undefined ? undefined : Number(values.k);
  const result = await importSheet({
    year,
    fileName: path.basename(file),
    bytes: readFileSync(file),
    rules,
    groups: loadGroups(dirs.groups),
    outDir: dirs.results,
    published: values.published ?? toIsoDate(new Date()),
    replace: values.replace,
    ...(k !== undefined ? { k } : {}),
  });
  if (!result.ok) fail(`${t('results.cli.refused', { n: result.errors.length })}\n${formatErrors(result.errors)}`);
  if (result.encoding && result.encoding !== 'utf-8')
    console.log(
      t('results.import.encodingNote', { encoding: result.encoding.toUpperCase().replace('WINDOWS', 'Windows') }),
    );
  const suppressed = result.results.groups.filter((g) => g.status === 'suppressed').length;
  console.log(
    t('results.cli.done', {
      file: path.relative(process.cwd(), result.file),
      units: result.results.units.length,
      assessed: result.results.groups.reduce((n, g) => n + (g.status === 'published' ? g.units : 0), 0),
      suppressed,
    }),
  );
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Stop)) {
    process.exitCode = 1;
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  }
}
