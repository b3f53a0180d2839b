import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../schemas/document';
import { referenceSchema } from '../../schemas/reference';
import { cleanExtraction, splitDirective } from './clean-extraction';
import { documentCitationName, placeAndDate, structureDocument, UnknownCitationError } from './structure';

const root = new URL('../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const [, front = '', body = ''] =
  /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(read('content/van-ban/chi-thi-2022-02-21.md')) ?? [];
const meta = documentSchema.parse(yaml.load(front));
const references = referenceSchema.array().parse(yaml.load(read('data/van-ban-vien-dan.yaml')));
const URL_ = 'https://example.test/van-ban/chi-thi-2022-02-21/';
const doc = structureDocument({ slug: 'chi-thi-2022-02-21', url: URL_, meta, body, references });
const source = splitDirective(cleanExtraction(read(meta.source.file)));

describe('the directive content entry', () => {
  it('has the preamble, 8 points and the closing, in order', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([
      'mo-dau',
      ...Array.from({ length: 8 }, (_, i) => `diem-${i + 1}`),
      'to-chuc-thuc-hien',
    ]);
  });

  it.each(source.points.map((p, i) => [i + 1, p.join('\n\n')] as const))(
    'point %i equals the cleaned source text',
    (n, text) => {
      expect(doc.sections.find((s) => s.number === n)!.text).toBe(text);
    },
  );

  it('preamble, closing and recipients equal the source', () => {
    expect(doc.sections[0]!.text).toBe(source.preamble.join('\n\n'));
    expect(doc.sections.at(-1)!.text).toBe(source.closing.join('\n\n'));
    expect(meta.recipients).toEqual(source.recipients);
  });

  it('has a plain reading of 2–4 sentences for each of the 8 points', () => {
    for (const s of doc.sections.filter((x) => x.number !== null)) {
      expect(s.plain, s.id).toBeTruthy();
      const sentences = s.plain!.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
      expect(sentences, s.id).toBeGreaterThanOrEqual(2);
      expect(sentences, s.id).toBeLessThanOrEqual(4);
    }
  });

  it('keeps the number unknown rather than inventing one', () => {
    expect(meta.number).toBeNull();
  });

  it('links every document number in the text to a reference', () => {
    const linked = doc.sections
      .flatMap((s) => s.paragraphs.flat())
      .filter((r) => r.refId)
      .map((r) => r.text);
    const numbers = [...body.matchAll(/\b\d{1,4}(?:\/\d{4})?[/-][A-ZĐ][\p{L}]*(?:[/-][A-ZĐ][\p{L}]*)*/gu)].map(
      (m) => m[0],
    );
    for (const n of numbers) expect(linked).toContain(n);
    expect(new Set(doc.refIds).size).toBe(16 - 1); // every reference but 04/2025, issued after the directive
  });

  it('marks both kept typos with their editorial note', () => {
    const noted = doc.sections
      .flatMap((s) => s.paragraphs.flat())
      .filter((r) => r.noteId)
      .map((r) => r.text);
    expect(noted).toEqual(['Chủ trọng', 'sáp xếp']);
  });
});

describe('citations', () => {
  it('cites a point with the document name and its deep link', () => {
    expect(doc.sections.find((s) => s.id === 'diem-3')!.citation).toBe(
      'Điểm 3, Chỉ thị ngày 21/02/2022 của Chủ tịch UBND tỉnh Hưng Yên về việc tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới (https://example.test/van-ban/chi-thi-2022-02-21/#diem-3)',
    );
  });

  it.each([
    [
      {
        kind: 'Quyết định',
        number: '02/2020/QĐ-UBND',
        date: '2020-01-08',
        issuer: 'UBND tỉnh Hưng Yên',
        subject: 'Ban hành Quy định',
      },
      'Quyết định số 02/2020/QĐ-UBND ngày 08/01/2020 của UBND tỉnh Hưng Yên ban hành Quy định',
    ],
  ])('documentCitationName(%j)', (m, expected) => {
    expect(documentCitationName(m)).toBe(expected);
  });

  it('formats the header date line', () => {
    expect(placeAndDate(meta)).toBe('Hưng Yên, ngày 21 tháng 02 năm 2022');
  });

  it('fails, naming it, when the text cites a document the references lack', () => {
    const fewer = references.filter((r) => r.number !== '114-KL/TW');
    expect(() => structureDocument({ slug: 'x', url: URL_, meta, body, references: fewer })).toThrow(
      UnknownCitationError,
    );
    expect(() => structureDocument({ slug: 'x', url: URL_, meta, body, references: fewer })).toThrow(
      /“114-KL\/TW” \(mục Mở đầu\)/,
    );
  });
});
