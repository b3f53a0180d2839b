import { describe, expect, it } from 'vitest';
import { rerank, type Candidate } from './rerank';

const c = (id: string, score: number, { exact = false, phrase = false, item = id } = {}): Candidate<string> => ({
  id,
  score,
  exact,
  phrase,
  item,
});

describe('rerank', () => {
  it.each<[string, Candidate<string>[], string[]]>([
    ['by score alone', [c('a', 1), c('b', 3)], ['b', 'a']],
    ['a phrase match beats a higher score', [c('a', 9), c('b', 1, { phrase: true })], ['b', 'a']],
    ['exact marks beat a phrase match', [c('a', 9, { phrase: true }), c('b', 1, { exact: true })], ['b', 'a']],
    ['one entry per page, best of its copies', [c('a', 1), c('a', 5), c('b', 2)], ['a', 'b']],
    ['a phrase copy marks the page', [c('a', 1), c('b', 2), c('a', 1, { phrase: true })], ['a', 'b']],
    [
      'within a tier, the score of that tier counts',
      [c('a', 9), c('a', 1, { phrase: true }), c('b', 2, { phrase: true })],
      ['b', 'a'],
    ],
    [
      'an exact copy gives its own item, even with a lower score',
      [c('a', 9), c('a', 1, { exact: true, item: 'a-exact' })],
      ['a-exact'],
    ],
    ['ties keep first-seen order', [c('a', 1), c('b', 1)], ['a', 'b']],
    ['nothing in, nothing out', [], []],
  ])('%s', (_name, candidates, expected) => {
    expect(rerank(candidates)).toEqual(expected);
  });
});

describe('rerank with intent boosts', () => {
  it('a boosted page comes first, whatever its tier or score', () => {
    expect(rerank([c('a', 9, { exact: true, phrase: true }), c('b', 1)], new Map([['b', 1]]))).toEqual(['b', 'a']);
  });
  it('among boosted pages the usual order holds', () => {
    expect(
      rerank(
        [c('a', 1), c('b', 2), c('x', 9, { phrase: true }), c('c', 3, { phrase: true })],
        new Map([
          ['a', 1],
          ['b', 1],
          ['c', 1],
        ]),
      ),
    ).toEqual(['c', 'b', 'a', 'x']);
  });
  it('a stronger boost beats a weaker one', () => {
    expect(
      rerank(
        [c('a', 1), c('b', 1)],
        new Map([
          ['a', 1],
          ['b', 2],
        ]),
      ),
    ).toEqual(['b', 'a']);
  });
});
