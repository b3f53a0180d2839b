import { describe, expect, it } from 'vitest';
import { DOCUMENT_NUMBER, linkCitations } from './citations';

const refs = [
  { id: 'ct-16', number: '16/CT-TTg', aliases: [] },
  { id: 'qd-23', number: '23-QĐ/TW', aliases: [] },
  { id: 'ctr-03', number: '03-CTr/BDVTW-BCSDCP', aliases: [] },
  { id: 'qd-02', number: '02/2020/QĐ-UBND', aliases: [] },
  { id: 'luat-tctt', number: null, aliases: ['Luật Tiếp cận thông tin'] },
];

describe('DOCUMENT_NUMBER', () => {
  it.each([
    ['Chỉ thị số 16/CT-TTg ngày', ['16/CT-TTg']],
    ['Quyết định số 23-QĐ/TW', ['23-QĐ/TW']],
    ['số 03-CTr/BDVTW-BCSDCP ngày', ['03-CTr/BDVTW-BCSDCP']],
    ['Quyết định số 02/2020/QĐ-UBND ngày 08/01/2020', ['02/2020/QĐ-UBND']],
    ['ngày 16/5/2016, giai đoạn 2021-2030, Covid-19', []],
    ['217-QĐ/TW và Quyết định số 218-QĐ/TW', ['217-QĐ/TW', '218-QĐ/TW']],
  ])('%j → %j', (text, expected) => {
    expect([...text.matchAll(DOCUMENT_NUMBER)].map((m) => m[0])).toEqual(expected);
  });
});

describe('linkCitations', () => {
  it('links known numbers and aliases, keeping every character of the text', () => {
    const text = 'theo Chỉ thị số 16/CT-TTg ngày 16/5/2016 và Luật Tiếp cận thông tin; Quyết định số 02/2020/QĐ-UBND.';
    const { segments, unknown } = linkCitations(text, refs);
    expect(unknown).toEqual([]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.refId).map((s) => [s.text, s.refId])).toEqual([
      ['16/CT-TTg', 'ct-16'],
      ['Luật Tiếp cận thông tin', 'luat-tctt'],
      ['02/2020/QĐ-UBND', 'qd-02'],
    ]);
  });

  it('reports a citation the references do not know', () => {
    const { unknown, segments } = linkCitations('Kết luận số 114-KL/TW và 16/CT-TTg', refs);
    expect(unknown).toEqual(['114-KL/TW']);
    expect(segments.filter((s) => s.refId)).toHaveLength(1);
  });

  it('returns one plain segment for text without citations', () => {
    expect(linkCitations('Dân biết, dân bàn.', refs).segments).toEqual([{ text: 'Dân biết, dân bàn.' }]);
  });
});
