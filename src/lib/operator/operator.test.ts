import { describe, expect, it } from 'vitest';
import { feedbackHref, isOperatorKnown } from './operator';
import { parseOperator, readOperator } from './read-operator-fs';

const empty = parseOperator({}, 't.yaml');

describe('operator', () => {
  it('shipped file parses and names nobody yet (unknown stays null)', () => {
    const op = readOperator();
    expect(Object.keys(op).sort()).toEqual([
      'address',
      'email',
      'feedback',
      'operator',
      'owner',
      'phone',
      'responsible',
    ]);
  });

  it.each([
    [{}, false],
    [{ operator: 'Sở Nội vụ' }, false],
    [{ email: 'a@b.vn' }, false],
    [{ operator: 'Sở Nội vụ', email: 'a@b.vn' }, true],
    [{ owner: 'UBND tỉnh', phone: '0221 000' }, true],
  ])('isOperatorKnown(%j) = %s', (raw, known) => {
    expect(isOperatorKnown(parseOperator(raw, 't.yaml'))).toBe(known);
  });

  it('refuses unknown keys and bad channels in Vietnamese, naming the file', () => {
    expect(() => parseOperator({ ten: 'x' }, 'van-hanh.yaml')).toThrow(/van-hanh\.yaml[\s\S]*Không có trường "ten"/);
    expect(() => parseOperator({ feedback: 'javascript:alert(1)' }, 'van-hanh.yaml')).toThrow(/feedback/);
  });

  it('fills the page title and address into a mailto or a URL template', () => {
    const page = { title: 'Điểm 3', url: 'https://x.vn/a/?b=1' };
    expect(feedbackHref(empty, page)).toBeNull();
    expect(feedbackHref({ ...empty, feedback: 'gop-y@x.vn' }, page)).toBe(
      `mailto:gop-y@x.vn?subject=${encodeURIComponent('Góp ý: Điểm 3')}&body=${encodeURIComponent(page.url)}`,
    );
    expect(feedbackHref({ ...empty, feedback: 'https://pa.x.vn/?t={title}&u={url}' }, page)).toBe(
      `https://pa.x.vn/?t=${encodeURIComponent('Điểm 3')}&u=${encodeURIComponent(page.url)}`,
    );
  });
});
