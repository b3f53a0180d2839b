import { describe, expect, it } from 'vitest';
import { filterIndex, readFilterState, writeFilterState, type StoryIndex } from './filter-index';
import { shareLinks } from './share-links';
import { toFieldId } from '../../vocab/fields';

const index: StoryIndex = {
  fields: {},
  places: {},
  stories: [
    { slug: 'a', title: 'A', fields: ['kinh-te'], place: 'p1', year: 2022, illustrative: true, img: '' },
    { slug: 'b', title: 'B', fields: ['kinh-te', 'an-ninh'], place: 'p2', year: 2023, illustrative: true, img: '' },
    { slug: 'c', title: 'C', fields: ['van-hoa'], place: 'p1', year: 2023, illustrative: true, img: '' },
  ],
};

describe('filterIndex', () => {
  it.each([
    [{}, ['a', 'b', 'c']],
    [{ 'linh-vuc': 'kinh-te' }, ['a', 'b']],
    [{ 'linh-vuc': 'kinh-te', nam: '2023' }, ['b']],
    [{ 'dia-ban': 'p1', nam: '2023' }, ['c']],
    [{ 'dia-ban': 'p3' }, []],
  ])('%j → %j', (state, slugs) => expect(filterIndex(index, state).map((s) => s.slug)).toEqual(slugs));
});

describe('filter state in the URL', () => {
  it.each([
    ['linh-vuc=kinh-te&nam=2023', { 'linh-vuc': 'kinh-te', nam: '2023' }],
    ['nam=%3Cscript%3E&dia-ban=huyen-an-thi&x=1', { 'dia-ban': 'huyen-an-thi' }],
    ['', {}],
  ])('%s', (query, state) => {
    expect(readFilterState(new URLSearchParams(query))).toEqual(state);
  });
  it('writes in a fixed order and leaves empties out', () => {
    expect(writeFilterState({ nam: '2024', 'dia-ban': '', 'linh-vuc': 'an-ninh' }).toString()).toBe(
      'linh-vuc=an-ninh&nam=2024',
    );
  });
});

describe('shareLinks', () => {
  it('encodes the URL and needs an absolute one', () => {
    expect(shareLinks('https://a.vn/dan-van/x/?a=1').zalo).toBe(
      'https://sp.zalo.me/share_inline?url=https%3A%2F%2Fa.vn%2Fdan-van%2Fx%2F%3Fa%3D1',
    );
    expect(() => shareLinks('/x/')).toThrow(/absolute/);
  });
});

describe('toFieldId', () => {
  it.each([
    ['Kinh tế', 'kinh-te'],
    ['VĂN HÓA', 'van-hoa'],
    ['quoc phong', 'quoc-phong'],
    ['thể thao', undefined],
  ])('%s → %s', (input, id) => expect(toFieldId(input)).toBe(id));
});
