import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

const marked = (text: string, q: string, exact = false) =>
  highlightParts(text, q, exact)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('highlightParts', () => {
  it.each<[string, string, boolean, string[]]>([
    ['Tổ hòa giải khu phố', 'hoa giai', false, ['hòa', 'giải']],
    ['Hướng dẫn người dân', 'dẫn', true, ['dẫn']],
    ['Hướng dẫn người dân', 'dẫn', false, ['dẫn', 'dân']],
    ['Đảng ủy và dân', 'dang', false, []],
    ['Đảng ủy và dân', 'đảng', false, ['Đảng']],
    ['camera an ninh', 'cam', false, ['camera']],
    ['không gì', '', false, []],
  ])('%j for %j (exact %s) marks %j', (text, q, exact, expected) => {
    expect(marked(text, q, exact)).toEqual(expected);
  });

  it('keeps the whole text, in order', () => {
    const text = 'Lớp học miễn phí, do đoàn viên hướng dẫn.';
    expect(
      highlightParts(text, 'hoc dan', false)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
