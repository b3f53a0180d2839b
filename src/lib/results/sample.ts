/**
 * Illustrative raw sheets for the years the site shows before real results are imported. Seeded,
 * so the same seed gives the same sheets. Unit names and codes are obviously invented ("Cơ quan
 * giả định …", "GD-…"); the sheets are written to a temporary folder, imported, and deleted — they
 * are never committed.
 *
 * Sizes follow the shape of the province, not any real list: about 20 sở, ban, ngành; the 10
 * district-level units before 2025; the commune level after the 2025 merger; a dozen public service
 * units; and a handful of state-owned enterprises — small enough that k-anonymity suppresses them.
 */
import type { Rule } from '../../schemas/rule';
import { seededRandom } from '../seeded-random';
import { headerFor } from './validate-sheet';

/** Normal deviate (Box–Muller) from a uniform source. */
function normal(rand: () => number, mean: number, sd: number): number {
  const u = Math.max(rand(), 1e-12);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
/** Appraisers score in quarter points. */
const quarter = (n: number) => Math.round(n * 4) / 4;

/** How many units of each group a sample year has. */
export function sampleGroupSizes(year: number, rand: () => number): Record<string, number> {
  const sizes: Record<string, number> = {
    'so-nganh': 18 + Math.floor(rand() * 3),
    'su-nghiep': 11 + Math.floor(rand() * 4),
    // Deliberately below k = 5: the site must show this group as suppressed.
    'doanh-nghiep': 3 + Math.floor(rand() * 2),
  };
  if (year < 2025) sizes['cap-huyen'] = 10;
  else sizes['cap-xa'] = 104;
  return sizes;
}

/** Short code prefix of a group, for invented unit codes. */
const PREFIX: Record<string, string> = {
  'so-nganh': 'SN',
  'cap-huyen': 'CH',
  'cap-xa': 'CX',
  'su-nghiep': 'SU',
  'doanh-nghiep': 'DN',
};

export interface SampleSheet {
  year: number;
  /** CSV text; 2023 uses the Vietnamese-locale form (`;` and decimal commas) to exercise both. */
  csv: string;
  /** The invented names and codes, so tests can prove none is published. */
  names: string[];
  codes: string[];
}

/**
 * One illustrative raw sheet for a year under its rule.
 *
 * @example
 * const sheet = sampleSheet(2025, rule, 20251125);
 * sheet.csv.split('\n')[0] // 'ma_don_vi,ten_don_vi,nhom,ngay_nop,tu_cham,tham_dinh,TC1,…'
 */
export function sampleSheet(year: number, rule: Rule, seed: number): SampleSheet {
  const rand = seededRandom(seed);
  const semicolon = year === 2023;
  const sep = semicolon ? ';' : ',';
  const num = (n: number) => (semicolon ? String(n).replace('.', ',') : String(n));
  const lines = [headerFor(rule).join(sep)];
  const names: string[] = [];
  const codes: string[] = [];
  const sizes = sampleGroupSizes(year, rand);
  // Groups differ a little on average, and scores drift up over the years.
  const groupShift: Record<string, number> = {
    'so-nganh': 2,
    'cap-huyen': 1,
    'cap-xa': -3,
    'su-nghiep': -1,
    'doanh-nghiep': -2,
  };
  const total = rule.criteria.reduce((s, c) => s + c.max, 0);
  for (const [group, size] of Object.entries(sizes)) {
    for (let i = 1; i <= size; i++) {
      const code = `GD-${PREFIX[group]}-${year}-${String(i).padStart(3, '0')}`;
      const name = `Cơ quan giả định ${PREFIX[group]} số ${i} năm ${year}`;
      names.push(name);
      codes.push(code);
      const level = clamp(normal(rand, 0.8 + (groupShift[group]! + (year - 2022) * 0.8) / 100, 0.08), 0.35, 1);
      const criteria = rule.criteria.map((c) => quarter(clamp(normal(rand, level * c.max, c.max * 0.07), 0, c.max)));
      const appraised = Math.round(criteria.reduce((s, v) => s + v, 0) * 100) / 100;
      // Units tend to score themselves higher than the appraisal team does.
      const self = quarter(clamp(appraised + Math.abs(normal(rand, 3, 2.5)) - (rand() < 0.1 ? 4 : 0), 0, total));
      const late = rand() < 0.12;
      const day = late ? 16 + Math.floor(rand() * 14) : 1 + Math.floor(rand() * 15);
      const month = late || rand() < 0.7 ? 11 : 10;
      const date = `${String(day).padStart(2, '0')}/${month}/${year}`;
      const cells = [code, name, group, date, num(self), num(appraised), ...criteria.map(num)];
      lines.push(cells.map((c) => (c.includes(sep) ? `"${c}"` : c)).join(sep));
    }
  }
  return { year, csv: `${lines.join('\n')}\n`, names, codes };
}
