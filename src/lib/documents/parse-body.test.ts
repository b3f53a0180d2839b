import { describe, expect, it } from 'vitest';
import { parseSections, sectionNumber } from './parse-body';

describe('parseSections', () => {
  it('splits headings and paragraphs, collapsing whitespace', () => {
    expect(parseSections('## Mở đầu\n\nCâu   một\ntiếp.\n\nCâu hai.\n\n## Điểm 1\n\n1. Ba.\n')).toEqual([
      { id: 'mo-dau', heading: 'Mở đầu', paragraphs: ['Câu một tiếp.', 'Câu hai.'] },
      { id: 'diem-1', heading: 'Điểm 1', paragraphs: ['1. Ba.'] },
    ]);
  });

  it.each([
    ['Văn bản không có tiêu đề', /before the first/],
    ['## Điểm 1\n\nA.\n\n## Điểm 1\n\nB.', /Two sections have the id "diem-1"/],
    ['## Mở đầu\n\n## Điểm 1\n\nA.', /"Mở đầu" has no text/],
  ])('rejects %j', (body, message) => {
    expect(() => parseSections(body)).toThrow(message);
  });
});

describe('sectionNumber', () => {
  it.each([
    ['Điểm 3', 3],
    ['Điều 12', 12],
    ['Mở đầu', null],
    ['Tổ chức thực hiện', null],
  ])('%s → %s', (heading, n) => {
    expect(sectionNumber({ id: '', heading, paragraphs: [] })).toBe(n);
  });
});
