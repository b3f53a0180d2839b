import { describe, expect, it } from 'vitest';
import { foldVi, slugifyVi } from './fold-vi';

describe('foldVi', () => {
  it.each([
    ['Dân vận khéo', 'dan van kheo'],
    ['ĐẢNG ỦY', 'dang uy'],
    ['đánh giá xếp loại', 'danh gia xep loai'],
    ['Hưng Yên', 'hung yen'],
    ['Nghị quyết', 'nghi quyet'],
    ['thụ hưởng', 'thu huong'],
    // NFD input (as some keyboards and PDFs produce) folds the same as NFC.
    ['Dân vận khéo'.normalize('NFD'), 'dan van kheo'],
    ['already ascii 123', 'already ascii 123'],
    ['', ''],
  ])('foldVi(%j) = %j', (input, expected) => {
    expect(foldVi(input)).toBe(expected);
  });
});

describe('slugifyVi', () => {
  it.each([
    ['Mô hình "Dân vận khéo" ở Đông Kết, 2023', 'mo-hinh-dan-van-kheo-o-dong-ket-2023'],
    ['  Đường làng   sáng đèn  ', 'duong-lang-sang-den'],
    ['Chỉ thị 16/CT-TTg', 'chi-thi-16-ct-ttg'],
    ['---', ''],
  ])('slugifyVi(%j) = %j', (input, expected) => {
    expect(slugifyVi(input)).toBe(expected);
  });

  it('yields only ASCII slug characters for any Vietnamese letter', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const all = letters + letters.toUpperCase();
    for (const ch of all) expect(slugifyVi(ch)).toMatch(/^[a-z]$/);
  });
});
