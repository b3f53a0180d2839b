/**
 * npm run import:results -- --year 2025 [--k 5] [--published 2025-12-20] FILE.csv|FILE.xlsx
 * npm run import:results -- --template --year 2025
 *
 * Reads the sheet the provincial office keeps, refuses it whole when any row is wrong (every error
 * listed, line and column, in Vietnamese), else writes the anonymized data/results/YYYY.json.
 * The raw sheet is never copied anywhere. RESULTS_DATA_DIR overrides the output folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../src/i18n/t';
import { toIsoDate } from '../src/lib/format-date-vi';
import { dataDirs, loadGroups, loadRules } from '../src/lib/results/load-data';
import { importSheet } from '../src/lib/results/import-sheet';
import { ruleForYear } from '../src/lib/results/rule-for-year';
import { formatErrors, headerFor } from '../src/lib/results/validate-sheet';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    template: { type: 'boolean', default: false },
    k: { type: 'string' },
    published: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const year = Number(values.year);
if (!Number.isInteger(year) || year < 2020 || year > 2100) fail(t('results.cli.usage'));
const dirs = dataDirs(process.cwd());
const rules = loadRules(dirs.rules);

try {
  if (values.template) {
    console.log(headerFor(ruleForYear(rules, year)).join(','));
    process.exit(0);
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) fail(t('results.cli.usage'));
  const k = values.k === undefined ? undefined : Number(values.k);
  const result = await importSheet({
    year,
    fileName: path.basename(file),
    bytes: readFileSync(file),
    rules,
    groups: loadGroups(dirs.groups),
    outDir: dirs.results,
    published: values.published ?? toIsoDate(new Date()),
    ...(k !== undefined ? { k } : {}),
  });
  if (!result.ok) {
    fail(`${t('results.cli.refused', { n: result.errors.length })}\n${formatErrors(result.errors)}`);
  }
  const suppressed = result.results.groups.filter((g) => g.status === 'suppressed').length;
  console.log(t('results.cli.done', { file: path.relative(process.cwd(), result.file), units: result.results.units.length, suppressed }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
