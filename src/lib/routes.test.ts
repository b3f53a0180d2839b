import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FACET_SEGMENT,
  FILTER_PARAMS,
  facetPath,
  galleryPath,
  PAGE_SEGMENT,
  pointPath,
  RESERVED_SLUGS,
  ROUTES,
  storyPath,
  yearPath,
} from './routes';

describe('the URL vocabulary', () => {
  it.each([
    [storyPath('cho-que'), '/dan-van-kheo/cho-que/'],
    [galleryPath('trang/2/'), '/dan-van-kheo/trang/2/'],
    [facetPath('field', 'kinh-te'), '/dan-van-kheo/linh-vuc/kinh-te/'],
    [facetPath('year', 2024), '/dan-van-kheo/nam/2024/'],
    [pointPath(8), '/van-ban/chi-thi-2022-02-21/#diem-8'],
    [yearPath(2025), '/ket-qua/2025/'],
  ])('%s', (got, expected) => expect(got).toBe(expected));

  it('a facet means the same on the gallery and on search; listing segments are reserved', () => {
    for (const kind of ['field', 'place', 'year'] as const) expect(FILTER_PARAMS[kind]).toBe(FACET_SEGMENT[kind]);
    expect([...RESERVED_SLUGS].sort()).toEqual([PAGE_SEGMENT, ...Object.values(FACET_SEGMENT)].sort());
  });

  it('every section path is a site path with slashes at both ends (or a file)', () => {
    for (const p of Object.values(ROUTES)) expect(p).toMatch(/^\/([a-z0-9-]+\/)*([a-z0-9-]+\.[a-z]+)?$/);
  });

  it('no code outside this module writes a section path or the directive slug literally', () => {
    const literal = /['"`]\/(dan-van-kheo|ket-qua|tim-kiem|du-lieu|van-ban)\/|chi-thi-2022-02-21/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (
          /\.(ts|astro)$/.test(entry.name) &&
          !/\.test\.ts$/.test(entry.name) &&
          full !== path.join('src', 'lib', 'routes.ts')
        ) {
          readFileSync(full, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              // Comments and JSDoc examples may show a path.
              if (/^\s*(\*|\/\/|\/\*\*)/.test(line)) return;
              if (literal.test(line)) offenders.push(`${full}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk('src');
    expect(offenders).toEqual([]);
  });
});
