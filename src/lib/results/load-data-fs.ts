/**
 * Read the data files the import needs (rules, unit groups, published years) from disk, validated by
 * the same schemas the site's collections use. For the CLI and tests; pages use astro:content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ruleSchema, type Rule } from '../../schemas/rule';
import { unitGroupSchema, type UnitGroup } from '../../schemas/unit-group';
import { yearResultsSchema, type YearResults } from '../../schemas/results';
import { toResultsContext, type ResultsContext } from './results-context';

/** Where the data lives; RESULTS_DATA_DIR lets tests publish into a temporary folder. */
export interface DataDirs {
  rules: string;
  groups: string;
  results: string;
}

/**
 * The default data folders under a project root.
 *
 * @example
 * dataDirs('/work/main').rules // '/work/main/data/rules'
 */
export function dataDirs(root: string, env: Record<string, string | undefined> = process.env): DataDirs {
  return {
    rules: path.join(root, 'data/rules'),
    groups: path.join(root, 'data/unit-groups.json'),
    results: path.resolve(root, env.RESULTS_DATA_DIR ?? 'data/results'),
  };
}

/**
 * Every rule file, with its id (file name without extension).
 *
 * @example
 * loadRules('data/rules').map((r) => r.id) // ['qd-02-2020', 'qd-04-2025']
 */
export function loadRules(dir: string): Rule[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.json$/, ''),
      ...ruleSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))),
    }));
}

/**
 * The unit groups file.
 *
 * @example
 * loadGroups('data/unit-groups.json').length // 5
 */
export function loadGroups(file: string): UnitGroup[] {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return unitGroupSchema.array().parse(raw);
}

/**
 * Every published year in a results folder, oldest first (empty when the folder is missing).
 *
 * @example
 * loadYears('data/results').map((y) => y.year) // [2022, 2023, 2024, 2025]
 */
export function loadYears(dir: string): YearResults[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .map((f) => yearResultsSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))))
    .sort((a, b) => a.year - b.year);
}

/**
 * The whole ResultsContext from the data files, in the same order the pages get it.
 *
 * @example
 * readResultsContext(dataDirs('.')).years.at(-1)?.year // 2025
 */
export function readResultsContext(dirs: DataDirs): ResultsContext {
  return toResultsContext({
    years: loadYears(dirs.results),
    rules: loadRules(dirs.rules),
    groups: loadGroups(dirs.groups),
  });
}
