import { describe, expect, it } from 'vitest';
import { joinBase, normalizeBase } from './paths';

describe('joinBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/chi-thi/', '/chi-thi/'],
    ['/', 'tim-kiem/?q=dan', '/tim-kiem/?q=dan'],
    ['/dan-van/', '/chi-thi/#diem-3', '/dan-van/chi-thi/#diem-3'],
    ['/dan-van', '/ket-qua/', '/dan-van/ket-qua/'],
    ['/dan-van/', '', '/dan-van/'],
  ])('joinBase(%j, %j) = %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['dan-van', '/dan-van/'],
    ['/dan-van', '/dan-van/'],
    ['//dan-van//', '/dan-van/'],
    ['/a/b/', '/a/b/'],
  ])('normalizeBase(%j) = %j', (raw, expected) => {
    expect(normalizeBase(raw)).toBe(expected);
  });
});
