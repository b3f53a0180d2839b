import { describe, expect, it } from 'vitest';
import { spellingCandidates } from './spelling';

describe('spellingCandidates', () => {
  it.each([
    ['khiếu lại', 'khiếu nại'],
    ['nắng nghe', 'lắng nghe'],
    ['đan vận', 'dan vận'],
    ['xáng kiến', 'sáng kiến'],
    ['chuyền thống', 'truyền thống'],
    ['dải quyết', 'giải quyết'],
  ])('%j offers %j', (q, meant) => {
    expect(spellingCandidates(q)).toContain(meant);
  });

  it('offers the query without marks first', () => {
    expect(spellingCandidates('Khiếu lại')[0]).toBe('khieu lai');
  });

  it('never offers the query itself, never repeats, stays short', () => {
    for (const q of ['dan van', 'lễ hội làng', 'nguoi cao tuoi hoc dung dien thoai thong minh']) {
      const c = spellingCandidates(q);
      expect(c).not.toContain(q);
      expect(new Set(c).size).toBe(c.length);
      expect(c.length).toBeLessThanOrEqual(12);
    }
  });

  it('has nothing for an empty query', () => {
    expect(spellingCandidates('  ')).toEqual([]);
  });
});
