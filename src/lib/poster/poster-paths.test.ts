import { describe, expect, it } from 'vitest';
import { onlinePath, posterPath, publicUrl, shortAddress, type PosterTarget } from './poster-paths';

describe('poster paths', () => {
  it.each<[PosterTarget, string, string]>([
    [{ kind: 'point', n: 3 }, '/in/diem-3/', '/van-ban/chi-thi-2022-02-21/#diem-3'],
    [
      { kind: 'story', slug: 'cho-que-noi-khong-voi-tui-ni-long' },
      '/in/dan-van-kheo/cho-que-noi-khong-voi-tui-ni-long/',
      '/dan-van-kheo/cho-que-noi-khong-voi-tui-ni-long/',
    ],
    [{ kind: 'year', year: 2025 }, '/in/ket-qua/2025/', '/ket-qua/2025/'],
  ])('%j: poster %s opens %s', (target, poster, online) => {
    expect(posterPath(target)).toBe(poster);
    expect(onlinePath(target)).toBe(online);
  });

  it.each<[string, string, string, string]>([
    ['http://localhost:4321', '/', '/ket-qua/2025/', 'http://localhost:4321/ket-qua/2025/'],
    [
      'http://localhost:4321',
      '/dan-van/',
      '/van-ban/chi-thi-2022-02-21/#diem-3',
      'http://localhost:4321/dan-van/van-ban/chi-thi-2022-02-21/#diem-3',
    ],
    ['https://hungyen.gov.vn/', 'dan-van', '/dan-van-kheo/a/', 'https://hungyen.gov.vn/dan-van/dan-van-kheo/a/'],
  ])('publicUrl(%s, %s, %s)', (site, base, path, url) => {
    expect(publicUrl(site, base, path)).toBe(url);
  });

  it('prints the address without the scheme', () => {
    expect(shortAddress('https://hungyen.gov.vn/dan-van/ket-qua/2025/')).toBe('hungyen.gov.vn/dan-van/ket-qua/2025/');
    expect(shortAddress('http://localhost:4321/#a')).toBe('localhost:4321/#a');
  });

  it.each<PosterTarget>([
    { kind: 'point', n: 0 },
    { kind: 'story', slug: '../x' },
    { kind: 'story', slug: 'Chợ' },
    { kind: 'year', year: 25 },
  ])('refuses %j', (target) => {
    expect(() => posterPath(target)).toThrow(/point number, a story slug or a 4-digit year/);
  });
});
