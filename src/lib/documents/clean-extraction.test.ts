import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanExtraction, splitDirective } from './clean-extraction';

const raw = readFileSync(
  new URL('../../../content/van-ban/nguon/chi-thi-2022-02-21-cong-tac-dan-van.txt', import.meta.url),
  'utf8',
);

describe('cleanExtraction', () => {
  it.each([
    ['Ủy ban\n\nnhân dân các huyện', 'Ủy ban nhân dân các huyện'],
    ['“Làm dân tin”,\n\nkhắc phục bệnh thành tích', '“Làm dân tin”, khắc phục bệnh thành tích'],
    ['theo quy định./HV', 'theo quy định./'],
    ['Nơi nhận: HV', 'Nơi nhận:'],
    ['- CV: HCTC^{Điều};', '- CV: HCTC;'],
    ['- Lưu: VT, CVNC^{NH}.', '- Lưu: VT, CVNC.'],
    // A finished sentence followed by a new paragraph stays apart.
    ['Câu một.\n\nhai', 'Câu một.\n\nhai'],
    // Typos of the signed text are kept.
    ['Chủ trọng đổi mới', 'Chủ trọng đổi mới'],
    ['Dân'.normalize('NFD'), 'Dân'],
  ])('%j → %j', (input, expected) => {
    expect(cleanExtraction(input)).toBe(expected);
  });
});

describe('splitDirective on the source text', () => {
  const parts = splitDirective(cleanExtraction(raw));

  it('finds 3 preamble paragraphs, 8 points, one closing paragraph and 11 recipients', () => {
    expect(parts.preamble).toHaveLength(3);
    expect(parts.points).toHaveLength(8);
    expect(parts.closing).toHaveLength(1);
    expect(parts.recipients).toHaveLength(11);
  });

  it.each(parts.points.map((p, i) => [i + 1, p] as const))('point %i starts with its number', (n, paragraphs) => {
    expect(paragraphs[0]).toMatch(new RegExp(`^${n}\\. `));
  });

  it('repairs both page breaks and leaves no stray mark', () => {
    expect(parts.preamble[2]).toContain('Ủy ban nhân dân các huyện');
    expect(parts.points[4]!.join(' ')).toContain('“Làm dân tin”, khắc phục');
    expect(cleanExtraction(raw)).not.toMatch(/HV\b|\^\{/);
    expect(parts.closing[0]).toMatch(/theo quy định\.\/$/);
    expect(parts.recipients.at(-1)).toBe('Lưu: VT, CVNC');
  });

  it('point 4 has its second paragraph with the six principles', () => {
    expect(parts.points[3]).toHaveLength(2);
    expect(parts.points[3]![1]).toContain('“Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”');
  });
});
