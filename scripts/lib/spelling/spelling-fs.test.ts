/** The real dictionary, names and files: what `npm run check` prints for the shipped content. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlaces } from '../../../src/lib/places/load-places-fs';
import { checkSpelling } from './spelling-check';
import { loadSpeller, ownWords, siteNames, spellingFiles, spellingWarnings } from './spelling-fs';
import { spellingReport } from './spelling-report';

const speller = loadSpeller(ownWords());
const names = siteNames();

describe('spelling with dictionary-vi', () => {
  it.each([
    ['Dân vận khéo: dân biết, dân bàn, dân làm, dân kiểm tra.', []],
    ['Tổ hòa giải và tổ hoà giải ở Ủy ban.', ['tone-style']],
    ['Người dân ngiêng về cách làm mới.', ['unknown-word']],
    ['Mô hình dân vận kheó.', ['misplaced-tone']],
  ])('%s → %j', (text, kinds) =>
    expect(checkSpelling([{ file: 'a.md', text }], speller, { names }).map((w) => w.kind)).toEqual(kinds),
  );

  it('no place name of data/dia-ban.yaml is flagged, with or without its kind', () => {
    const text = readPlaces()
      .places.map((p) => p.name.charAt(0).toLocaleUpperCase('vi') + p.name.slice(1))
      .join('.\n');
    expect(checkSpelling([{ file: 'a.md', text }], speller, { names })).toEqual([]);
  });

  it('the signer of the directive (a person named in the site data) is not flagged', () => {
    expect(checkSpelling([{ file: 'a.md', text: 'Ông Trần Quốc Văn ký.' }], speller, { names })).toEqual([]);
  });

  it('would catch the signed directive’s own slips, which is why the directive is exempt', () => {
    const directive = readFileSync('content/van-ban/chi-thi-2022-02-21.md', 'utf8');
    const found = checkSpelling([{ file: 'd.md', text: directive }], speller, { names })
      .filter((w) => w.kind === 'confused-phrase')
      .map((w) => w.word);
    expect(found).toEqual(['Chủ trọng', 'sáp xếp']);
    expect(spellingFiles().map((f) => f.file)).not.toContain('content/van-ban/chi-thi-2022-02-21.md');
  });

  it('checks every story and the editor guide; the shipped ones have nothing to report', () => {
    const files = spellingFiles().map((f) => f.file);
    expect(files).toContain('docs/huong-dan-bien-tap.md');
    expect(files.filter((f) => f.startsWith('content/stories/')).length).toBeGreaterThanOrEqual(15);
    const warnings = spellingWarnings();
    expect(warnings.map((w) => `${w.file}:${w.line} ${w.word}`)).toEqual([]);
    expect(spellingReport(warnings, files.length)[0]).toMatch(/^✓ Chính tả/);
  });
});

describe('spellingReport', () => {
  it.each([
    [0, /^✓ Chính tả: không thấy chữ nào cần xem lại trong 3 tệp/],
    [2, /^⚠ Chính tả: 2 chỗ nên xem lại trong 1\/3 tệp \(chỉ là cảnh báo, không chặn việc đăng bài\):/],
  ])('%i warnings', (n, first) => {
    const warnings = Array.from({ length: n }, (_, i) => ({
      file: 'a.md',
      line: i + 1,
      kind: 'unknown-word' as const,
      word: 'x',
      message: '"x" không có',
      suggestions: [],
    }));
    const lines = spellingReport(warnings, 3);
    expect(lines[0]).toMatch(first);
    expect(lines.filter((l) => l.startsWith('  • a.md, dòng ')).length).toBe(n);
  });
});
