/**
 * npm run generate:sample-results [-- --seed 2022]
 *
 * Makes the illustrative raw sheets for 2022–2025 in a temporary folder, imports each through the
 * same path as real data (src/lib/results/import-sheet-fs.ts, marked as sample), and deletes the
 * sheets. Only the anonymized data/results/YYYY.json files remain, with k-anonymous rows (each line
 * printed says, per group, how many rows are published and how much information the rows lost).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirs, loadGroups, loadRules } from '../src/lib/results/load-data-fs';
import { importSheet } from '../src/lib/results/import-sheet-fs';
import { formatErrors } from '../src/lib/results/validate-sheet';
import { ruleForYear } from '../src/lib/results/rule-for-year';
import { sampleSheet } from '../src/lib/results/sample';

const SAMPLE_YEARS = [2022, 2023, 2024, 2025];

const { values } = parseArgs({ options: { seed: { type: 'string', default: '2022' } } });
const seed = Number(values.seed);
const dirs = dataDirs(process.cwd());
const rules = loadRules(dirs.rules);
const groups = loadGroups(dirs.groups);
const tmp = mkdtempSync(path.join(tmpdir(), 'sample-results-'));
try {
  for (const year of SAMPLE_YEARS) {
    const sheet = sampleSheet(year, ruleForYear(rules, year), seed * 10_000 + year);
    const fileName = `ket-qua-${year}.csv`;
    writeFileSync(path.join(tmp, fileName), sheet.csv);
    const result = await importSheet({
      year,
      fileName,
      bytes: new TextEncoder().encode(sheet.csv),
      rules,
      groups,
      outDir: dirs.results,
      published: `${year}-12-26`,
      sample: true,
      replace: true,
    });
    if (!result.ok) throw new Error(formatErrors(result.errors));
    const suppressed = result.results.groups.filter((g) => g.status === 'suppressed').map((g) => g.group);
    const shown = result.results.groups.flatMap((g) =>
      g.status === 'published'
        ? [`${g.group} ${g.units - g.loss.hiddenRows}/${g.units} dòng, mất ${Math.round(g.loss.ratio * 100)}%`]
        : [],
    );
    console.log(`${year}: ${shown.join('; ')}; nhóm ẩn: ${suppressed.join(', ') || 'không'}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
