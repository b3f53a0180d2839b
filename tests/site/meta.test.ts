import { describe, expect, it } from 'vitest';
import {
  BUILDS,
  isEmbedPage,
  isPosterPage,
  listHtmlFiles,
  pagePath,
  readBuilt,
  type BuildName,
} from '../helpers/built-site';

/** `npm test` builds both with SITE_URL unset, so the default origin applies. */
const SITE = 'http://localhost:4321';

describe.each<BuildName>(['root', 'sub'])('metadata of the %s build', async (build) => {
  const base = BUILDS[build].base;
  const all = (await listHtmlFiles(build)).filter((f) => f !== '404.html');
  const files = all.filter((f) => !isEmbedPage(f) && !isPosterPage(f));
  const embeds = all.filter(isEmbedPage);

  it.each(files)('%s has lang="vi", a title, canonical and Open Graph tags under the base path', async (file) => {
    const html = await readBuilt(build, file);
    const expected = `${SITE}${base}${pagePath(file)}`;
    expect(html).toMatch(/<html lang="vi"/);
    expect(html).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(html).toContain(`<link rel="canonical" href="${expected}">`);
    expect(html).toContain(`<meta property="og:url" content="${expected}">`);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}">/);
    // Every root-relative URL in the page stays under the base path.
    const escaping = [...html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)]
      .map((m) => m[1]!)
      .filter((u) => !u.startsWith(base));
    expect(escaping).toEqual([]);
  });

  it('the sitemap lists every page but 404, with absolute URLs under the base', async () => {
    const index = await readBuilt(build, 'sitemap-index.xml');
    expect(index).toContain(`${SITE}${base}sitemap-0.xml`);
    const sitemap = await readBuilt(build, 'sitemap-0.xml');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    expect(urls).toEqual(files.map((f) => `${SITE}${base}${pagePath(f)}`).sort());
  });

  it.each(embeds)('embed %s points to its full page as canonical and stays out of search engines', async (file) => {
    const html = await readBuilt(build, file);
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(canonical.startsWith(`${SITE}${base}`)).toBe(true);
    expect(canonical).not.toContain('/nhung/');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(
      /<link rel="alternate" type="application\/json\+oembed" href="[^"]+\/nhung\/oembed\/[a-z0-9-]+\.json"/,
    );
  });

  it('robots.txt points at the sitemap', async () => {
    expect(await readBuilt(build, 'robots.txt')).toContain(`Sitemap: ${SITE}${base}sitemap-index.xml`);
  });

  it('no page loads a third-party font, script or stylesheet', async () => {
    for (const file of files) {
      const html = await readBuilt(build, file);
      const loads = [...html.matchAll(/<(script|link|img|iframe|source)\b[^>]*>/g)]
        .map((m) => m[0])
        // canonical, alternate and og:url name this site's public address; they load nothing.
        .filter((tag) => !/rel="(?:canonical|alternate)"/.test(tag))
        .filter((tag) => /(?:src|href|srcset)="https?:\/\//.test(tag));
      expect(loads, file).toEqual([]);
      expect(html, file).not.toMatch(/fonts\.googleapis|gstatic|jsdelivr|unpkg|cdnjs/);
    }
  });
});
