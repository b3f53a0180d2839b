/**
 * A story's `place` through the real story schema and the shipped places list: what staff see from
 * `npm run check` and from the build (both call validateStory).
 */
import { describe, expect, it } from 'vitest';
import { validateStory } from '../stories/check-stories';
import { readPlaces } from './load-places-fs';

const { places } = readPlaces();
const story = (place: string, year: number) =>
  `---\ntitle: "Một mô hình"\nsummary: "Một tóm tắt đủ dài cho bài viết thử nghiệm."\nfields: [kinh-te]\nplace: ${place}\nyear: ${year}\npublished: ${year}-08-01\ncover: ./anh-bia.jpg\ncoverAlt: "Ảnh minh họa"\npoints: [3]\n---\nNội dung.\n`;
const check = (place: string, year: number) =>
  validateStory({ file: 'content/stories/thu/index.mdx', text: story(place, year), places, exists: () => true });

describe('a story names its place as it was in its year', () => {
  it.each([
    ['Phường Phố Hiến', 2026],
    ['phuong pho hien', 2026],
    ['phuong-pho-hien', 2026],
    ['"xã Nghĩa Trụ"', 2025],
    ['huyện Khoái Châu', 2024],
    ['huyen-khoai-chau', 2025],
    ['tỉnh Hưng Yên', 2022],
  ])('%s in %i is accepted', (place, year) => expect(check(place, year)).toEqual([]));

  it('a 2024 story naming a post-2025 commune is refused with the valid choices, on the line of the field', () => {
    const [problem, ...rest] = check('phuong pho hien', 2024);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'place', line: 5 });
    expect(problem!.message).toMatch(
      /phường Phố Hiến, đơn vị này chỉ có từ ngày 01\/07\/2025 nên không khớp với năm 2024/,
    );
    for (const name of ['tỉnh Hưng Yên', 'thành phố Hưng Yên', 'thị xã Mỹ Hào', 'huyện Khoái Châu', 'huyện Phù Cừ'])
      expect(problem!.message).toContain(name);
  });

  it('a 2026 story naming a former district is told the province and the 104 units', () => {
    const [problem] = check('huyện Văn Giang', 2026);
    expect(problem!.message).toContain('năm 2026 ghi được: tỉnh Hưng Yên hoặc một trong 104 xã, phường');
  });

  it.each([
    ['phuong pho hein', 'phường Phố Hiến (mã phuong-pho-hien, từ 01/07/2025)'],
    ['Yên Mỹ', 'huyện Yên Mỹ (mã huyen-yen-my, đến 30/06/2025); xã Yên Mỹ (mã xa-yen-my, từ 01/07/2025)'],
  ])('%s gets a suggestion: %s', (place, suggestion) => expect(check(place, 2026)[0]!.message).toContain(suggestion));
});
