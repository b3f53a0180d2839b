import { describe, expect, it } from 'vitest';
import { dataDirs, loadGroups, loadRules, loadYears, readResultsContext } from './load-data-fs';
import { groupName, groupsAcross, illustrativeRuleNumbers, ruleOf, toResultsContext } from './results-context';

const dirs = dataDirs('.');
const parts = { years: loadYears(dirs.results), rules: loadRules(dirs.rules), groups: loadGroups(dirs.groups) };

describe('toResultsContext: the one road for pages, tools and tests', () => {
  it('gives the same context whatever order the parts come in (files by name, collections by id)', () => {
    const reversed = toResultsContext({
      years: [...parts.years].reverse(),
      rules: [...parts.rules].reverse(),
      groups: [...parts.groups].reverse(),
    });
    expect(reversed).toEqual(toResultsContext(parts));
    expect(readResultsContext(dirs)).toEqual(toResultsContext(parts));
  });
  it('orders years oldest first, rules by the date they take effect, groups by display order', () => {
    const ctx = toResultsContext({
      years: [...parts.years].reverse(),
      rules: [...parts.rules].reverse(),
      groups: [...parts.groups].reverse(),
    });
    expect(ctx.years.map((y) => y.year)).toEqual([...ctx.years.map((y) => y.year)].sort((a, b) => a - b));
    expect(ctx.rules.map((r) => r.validFrom)).toEqual([...ctx.rules.map((r) => r.validFrom)].sort());
    expect(ctx.groups.map((g) => g.order)).toEqual([...ctx.groups.map((g) => g.order)].sort((a, b) => a - b));
  });
  it('names every group a year mentions, and finds every year its rule', () => {
    const ctx = toResultsContext(parts);
    for (const y of ctx.years) expect(ruleOf(ctx, y).id).toBe(y.rule);
    for (const id of groupsAcross(ctx)) expect(groupName(ctx, id)).not.toBe(id);
  });
  it('lists each illustrative rule number once, and none when the rules are real', () => {
    const ctx = toResultsContext(parts);
    const expected = ctx.rules
      .filter((r) => r.illustrative && ctx.years.some((y) => y.rule === r.id))
      .map((r) => r.number);
    expect(illustrativeRuleNumbers(ctx)).toEqual([...new Set(expected)]);
    const real = toResultsContext({ ...parts, rules: parts.rules.map((r) => ({ ...r, illustrative: false })) });
    expect(illustrativeRuleNumbers(real)).toEqual([]);
  });
  it('refuses a year whose rule is missing, naming both', () => {
    const ctx = toResultsContext({ ...parts, rules: [] });
    expect(() => ruleOf(ctx, ctx.years[0]!)).toThrow(/Year \d{4} names rule ".+", which is not in data\/rules\//);
  });
});
