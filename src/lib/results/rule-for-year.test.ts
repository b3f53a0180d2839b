import { describe, expect, it } from 'vitest';
import { loadGroups, loadRules } from './load-data-fs';
import { deadlineOf, groupsForYear, maxTotal, ratingFor, ruleForYear } from './rule-for-year';

const rules = loadRules('data/rules');
const groups = loadGroups('data/unit-groups.json');

describe('ruleForYear: the rule in force on 15 November of the year', () => {
  it.each([
    [2020, '02/2020/QĐ-UBND'],
    [2022, '02/2020/QĐ-UBND'],
    [2024, '02/2020/QĐ-UBND'],
    [2025, '04/2025/QĐ-UBND'],
    [2026, '04/2025/QĐ-UBND'],
  ])('%i → %s', (year, number) => {
    expect(ruleForYear(rules, year).number).toBe(number);
  });

  it('refuses a year no rule covers', () => {
    expect(() => ruleForYear(rules, 2019)).toThrow(/2019/);
  });

  it('the two shipped rules do not overlap and are marked illustrative', () => {
    const [a, b] = rules;
    expect(a!.validTo! < b!.validFrom).toBe(true);
    expect(rules.every((r) => r.illustrative)).toBe(true);
    expect(rules.map(maxTotal)).toEqual([100, 100]);
  });
});

describe('groupsForYear: the 2025 reorganisation', () => {
  it.each([
    [2024, ['so-nganh', 'cap-huyen', 'su-nghiep', 'doanh-nghiep']],
    [2025, ['so-nganh', 'cap-xa', 'su-nghiep', 'doanh-nghiep']],
  ])('%i', (year, ids) => {
    expect(groupsForYear(groups, year).map((g) => g.id)).toEqual(ids);
  });
  it('deadline is 15 November', () => expect(deadlineOf(2023)).toBe('2023-11-15'));
});

describe('ratingFor', () => {
  const rule = rules[1]!;
  it.each([
    [100, 'Xuất sắc'],
    [90, 'Xuất sắc'],
    [89.99, 'Tốt'],
    [75, 'Tốt'],
    [50, 'Đạt'],
    [0, 'Không đạt'],
  ])('%d → %s', (score, label) => expect(ratingFor(rule, score)).toBe(label));
});
