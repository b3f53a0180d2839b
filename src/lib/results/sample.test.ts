import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anonymize } from './anonymize';
import { publishedGroups, summarize } from './aggregate';
import { loadGroups, loadRules, loadYears } from './load-data-fs';
import { parseCsv } from './read-sheet';
import { ruleForYear } from './rule-for-year';
import { seededRandom } from '../seeded-random';
import { sampleGroupSizes, sampleSheet } from './sample';
import { validateSheet } from './validate-sheet';

const rules = loadRules('data/rules');
const groups = loadGroups('data/unit-groups.json');
const YEARS = [2022, 2023, 2024, 2025];
/** scripts/generate-sample-results.ts: seed 2022 → seed * 10000 + year. */
const seedOf = (year: number) => 2022 * 10_000 + year;

describe('sample sheets', () => {
  it.each(YEARS)('%i validates, and imports with exactly one suppressed group', (year) => {
    const rule = ruleForYear(rules, year);
    const sheet = sampleSheet(year, rule, seedOf(year));
    const checked = validateSheet(parseCsv(sheet.csv), { year, rule, groups });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const result = anonymize(checked.units, { year, rule, groups, published: `${year}-12-26`, sample: true });
    expect(result.groups.filter((g) => g.status === 'suppressed').map((g) => g.group)).toEqual(['doanh-nghiep']);
    const shown = publishedGroups(result);
    const units = shown.reduce((n, g) => n + g.units, 0);
    const late = units - shown.reduce((n, g) => n + g.onTime, 0);
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(units / 3);
    // Units tend to score themselves higher than the appraisal.
    expect(summarize(shown, rule).meanGap).toBeGreaterThan(0.5);
  });

  it('has the 10 pre-2025 district-level units, and the commune level from 2025', () => {
    expect(sampleGroupSizes(2024, seededRandom(1))['cap-huyen']).toBe(10);
    expect(sampleGroupSizes(2025, seededRandom(1))['cap-huyen']).toBeUndefined();
    expect(sampleGroupSizes(2025, seededRandom(1))['cap-xa']).toBeGreaterThan(50);
  });

  it('is reproducible from its seed', () => {
    const rule = ruleForYear(rules, 2024);
    expect(sampleSheet(2024, rule, 42).csv).toBe(sampleSheet(2024, rule, 42).csv);
  });
});

describe('committed data/', () => {
  it('holds no name or code of the sample sheets, and says it is sample data', () => {
    const committed = readdirSync('data/results')
      .map((f) => readFileSync(`data/results/${f}`, 'utf8'))
      .join('\n');
    for (const year of YEARS) {
      const sheet = sampleSheet(year, ruleForYear(rules, year), seedOf(year));
      for (const s of [...sheet.names, ...sheet.codes]) expect(committed).not.toContain(s);
    }
    expect(committed).not.toMatch(/Cơ quan giả định|GD-[A-Z]{2}-/);
    expect(loadYears('data/results').map((y) => [y.year, y.sample])).toEqual(YEARS.map((y) => [y, true]));
  });

  it('is NFC Vietnamese', () => {
    for (const f of readdirSync('data/results')) {
      const text = readFileSync(`data/results/${f}`, 'utf8');
      expect(text.normalize('NFC')).toBe(text);
    }
  });
});
