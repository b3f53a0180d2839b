import { describe, expect, it } from 'vitest';
import vi from './vi.json';
import { t } from './t';

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('search.count', { n: 3, q: 'dân vận' })).toBe('3 kết quả cho “dân vận”.');
  });

  it('throws when a placeholder has no value', () => {
    expect(() => t('search.count', { n: 3 })).toThrow(/\{q\}/);
  });

  it.each(Object.entries(vi))('%s is NFC Vietnamese text, not empty', (_key, value) => {
    expect(value.trim()).not.toBe('');
    expect(value).toBe(value.normalize('NFC'));
  });
});
