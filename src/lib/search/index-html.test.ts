import { describe, expect, it } from 'vitest';
import { dWordsOf, htmlForIndex, prefixFree } from './index-html';

describe('htmlForIndex', () => {
  it.each([
    ['<dt>Số</dt><dd>chưa</dd>', '<dt>Số</dt> <dd>chưa</dd> '],
    ['<tr><th>Năm</th><td>2023</td></tr>', '<tr><th>Năm</th> <td>2023</td> </tr>'],
    ['<li>a</li><li>b</li>', '<li>a</li> <li>b</li> '],
    ['a<br>b', 'a<br> b'],
    // Inline markup inside a word stays as it is.
    ['<b>Dân</b> <i>vận</i>', '<b>Dân</b> <i>vận</i>'],
    ['<a href="#">Đ</a>ảng', '<a href="#">Đ</a>ảng'],
    // The description becomes Pagefind's "summary" meta.
    [
      '<meta name="description" content="Tóm tắt">',
      '<meta name="description" data-pagefind-meta="summary[content]" content="Tóm tắt">',
    ],
    [
      '<meta name="description" data-pagefind-meta="x[content]" content="T">',
      '<meta name="description" data-pagefind-meta="x[content]" content="T">',
    ],
  ])('%j → %j', (html, expected) => {
    expect(htmlForIndex(html)).toBe(expected);
  });
});

describe('dWordsOf', () => {
  it('lists the d- and đ-words Pagefind may index, as it keys them', () => {
    const html =
      '<head><title>Đạo đức</title><meta name="description" content="Dịch vụ" data-pagefind-meta="summary[content]"><style>.dv{display:block}</style></head>' +
      '<body><nav>Danh mục</nav><main data-pagefind-body><p class="dv-x">Đường <b>d</b>ân, đảng-ủy 21/02</p><img alt="Dòng sông"><script>document.x</script></main></body>';
    const words = dWordsOf(html);
    for (const w of ['đao', 'đuc', 'dich', 'đuong', 'd', 'dan', 'đang', 'đanguy', 'dong']) expect(words).toContain(w);
    // Not indexed: the navigation before the body, class names, scripts and styles.
    for (const w of ['danh', 'dv', 'dvx', 'display', 'document']) expect(words).not.toContain(w);
  });
});

describe('prefixFree', () => {
  it.each([
    [
      ['danh', 'dan', 'đao'],
      ['danh', 'đao'],
    ],
    [['đang03082023', 'đang05122022', 'đang'], ['đang0']],
    [['duong', 'duongx', 'duo'], ['duong']],
    [[], []],
  ])('%j → %j', (words, expected) => expect(prefixFree(words)).toEqual(expected));
});
