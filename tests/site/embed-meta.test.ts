/**
 * The embed widgets (/nhung/…/) stay out of search engines (noindex: they are fragments of full
 * pages) but carry everything else a page's head needs: lang, a title, a meta description of
 * their own (Lighthouse's SEO audit and link previews read it), viewport, canonical to the full
 * page — each unique, and illustrative content marked in the description too.
 */
import { describe, expect, it } from 'vitest';
import { BUILDS, isEmbedPage, listHtmlFiles, readBuilt, type BuildName } from '../helpers/built-site';

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface Head {
  file: string;
  html: string;
  title: string;
  description: string;
  descriptions: number;
  robots: string[];
  body: string;
}

async function heads(build: BuildName): Promise<Head[]> {
  const files = (await listHtmlFiles(build)).filter(isEmbedPage);
  return Promise.all(
    files.map(async (file) => {
      const html = await readBuilt(build, file);
      const head = html.slice(0, html.indexOf('</head>'));
      const descriptions = [...head.matchAll(/<meta name="description" content="([^"]*)">/g)].map((m) => decode(m[1]!));
      return {
        file,
        html,
        title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''),
        description: descriptions[0] ?? '',
        descriptions: descriptions.length,
        robots: [...head.matchAll(/<meta name="robots" content="([^"]*)">/g)].map((m) => m[1]!),
        body: decode(html.slice(html.indexOf('<body')).replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' '),
      };
    }),
  );
}

describe.each<BuildName>(['root', 'sub'])('embed widgets of the %s build', async (build) => {
  const pages = await heads(build);

  it('there are widgets of every kind: points, latest stories, search, charts', () => {
    const kinds = new Set(pages.map((p) => p.file.split('/')[1]));
    expect([...kinds].sort()).toEqual(['bieu-do', 'diem', 'mo-hinh-moi', 'tim-kiem']);
  });

  it.each(pages.map((p) => [p.file, p] as const))(
    '%s: lang, charset, viewport, title, one real description, noindex only',
    (_file, p) => {
      expect(p.html).toMatch(/^<!DOCTYPE html><html lang="vi"/i);
      expect(p.html).toContain('<meta charset="utf-8">');
      expect(p.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(p.title.length).toBeGreaterThan(10);
      expect(p.descriptions).toBe(1);
      // A description of its own: long enough to say something, short enough for a preview, NFC.
      expect(p.description.length).toBeGreaterThanOrEqual(50);
      expect(p.description.length).toBeLessThanOrEqual(220);
      expect(p.description).toBe(p.description.normalize('NFC'));
      expect(p.description).not.toMatch(/\{\w+\}|undefined|null/);
      // Kept out of search engines, but not out of link following (Lighthouse's is-crawlable is the one expected failure).
      expect(p.robots).toEqual(['noindex']);
      expect(p.html).toMatch(
        new RegExp(`<link rel="canonical" href="http://localhost:4321${BUILDS[build].base}[^"]*">`),
      );
    },
  );

  it('no two widgets share a description or a title', () => {
    const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(pages.map((p) => p.description))).toEqual([]);
    expect(dup(pages.map((p) => p.title))).toEqual([]);
  });

  it('each description speaks of what its widget shows', () => {
    for (const p of pages) {
      const [, kind, id] = p.file.split('/');
      if (kind === 'diem') expect(p.description, p.file).toMatch(new RegExp(`^Điểm ${id} của `));
      if (kind === 'tim-kiem') expect(p.description, p.file).toMatch(/tìm/i);
      // The widget's own heading (first story's title, chart title) appears in its description.
      if (kind === 'mo-hinh-moi') {
        const first = decode(/<li[^>]*>[\s\S]*?<a [^>]*>([^<]+)<\/a>/.exec(p.html)?.[1] ?? '');
        expect(first.length).toBeGreaterThan(0);
        expect(p.description, p.file).toContain(first);
      }
      if (kind === 'bieu-do') {
        const heading = decode(/<h1[^>]*>([^<]+)<\/h1>/.exec(p.html)?.[1] ?? '').replace(/ \(minh họa\)$/, '');
        expect(p.description, p.file).toContain(`“${heading}”`);
      }
    }
  });

  it('illustrative content keeps its mark in the description (first, where a cut cannot drop it)', () => {
    const marked = pages.filter((p) => /minh họa/.test(p.body));
    expect(marked.length).toBeGreaterThan(0);
    for (const p of marked) {
      if (p.file.startsWith('nhung/diem/')) continue; // the directive is real; "minh họa" there is the demo banner only
      expect(p.description.slice(0, 60), p.file).toMatch(/minh họa/);
    }
  });
});
