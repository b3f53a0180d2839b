import { describe, expect, it } from 'vitest';
import { htmlForIndex } from './index-html';

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
