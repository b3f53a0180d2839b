import { describe, expect, it } from 'vitest';
import { countWords, spellAddressVi, speakTextVi } from './speak-text-vi';

describe('speakTextVi', () => {
  it.each([
    ['Báo cáo trước ngày 15/11.', 'Báo cáo trước ngày mười lăm tháng mười một.'],
    ['trước 15/11', 'trước ngày mười lăm tháng mười một'],
    ['Từ ngày 01/7/2025 cấp huyện', 'Từ ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm cấp huyện'],
    ['trước ngày 15 tháng 11', 'trước ngày mười lăm tháng mười một'],
    ['tháng 4 năm 2024', 'tháng tư năm hai nghìn không trăm hai mươi tư'],
    ['72,5% đơn vị', 'bảy mươi hai phẩy năm phần trăm đơn vị'],
    ['đạt 100 %', 'đạt một trăm phần trăm'],
    ['điểm trung bình 84,25', 'điểm trung bình tám mươi tư phẩy hai mươi lăm'],
    ['1.250 hộ dân', 'một nghìn hai trăm năm mươi hộ dân'],
    ['giai đoạn 2022–2025', 'giai đoạn hai nghìn không trăm hai mươi hai đến hai nghìn không trăm hai mươi lăm'],
    ['Quyết định 04/2025/QĐ-UBND', 'Quyết định số bốn, năm hai nghìn không trăm hai mươi lăm, của Ủy ban nhân dân'],
    ['Quyết định số 02/2020/QĐ-UBND.', 'Quyết định số hai, năm hai nghìn không trăm hai mươi, của Ủy ban nhân dân.'],
    ['Thông tư 01/2021/TT', 'Thông tư số một, năm hai nghìn không trăm hai mươi mốt'],
    ['Chủ tịch UBND tỉnh và HĐND', 'Chủ tịch Ủy ban nhân dân tỉnh và Hội đồng nhân dân'],
    ['Điểm 3', 'Điểm ba'],
  ])('%s', (written, said) => {
    expect(speakTextVi(written)).toBe(said);
  });

  it('leaves no digit in text that has numbers, dates and percentages', () => {
    const said = speakTextVi('Năm 2025 có 136 đơn vị; 72,5% xếp loại Tốt; hạn nộp 15/11; điểm 82,75; từ 01/7/2025.');
    expect(said).not.toMatch(/\d/);
  });

  it('keeps impossible dates as numbers rather than inventing a date', () => {
    expect(speakTextVi('tỉ lệ 45/60')).toBe('tỉ lệ bốn mươi lăm/sáu mươi');
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Dân biết, dân bàn – dân làm.', 6],
    ['  một   hai\nba ', 3],
    ['“Dân vận khéo”', 3],
  ])('%j has %d words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('spellAddressVi', () => {
  it.each([
    [
      'https://hungyen.gov.vn/dan-van/ket-qua/2025/',
      'hungyen chấm gov chấm vn, gạch chéo, dan gạch ngang van, gạch chéo, ket gạch ngang qua, gạch chéo, hai không hai năm, gạch chéo',
    ],
    ['http://localhost:4321/in/', 'localhost hai chấm bốn ba hai một, gạch chéo, in, gạch chéo'],
    [
      'https://x.vn/van-ban/chi-thi-2022-02-21/#diem-3',
      'x chấm vn, gạch chéo, van gạch ngang ban, gạch chéo, chi gạch ngang thi gạch ngang hai không hai hai gạch ngang không hai gạch ngang hai một, gạch chéo, dấu thăng diem gạch ngang ba',
    ],
  ])('%s', (url, said) => {
    expect(spellAddressVi(url)).toBe(said);
  });

  it('says no scheme and no digit', () => {
    const said = spellAddressVi('https://dan-van.hungyen.gov.vn:8443/a1/');
    expect(said).not.toMatch(/https|\d|\//);
    expect(said).toContain('dan gạch ngang van chấm hungyen');
  });
});
