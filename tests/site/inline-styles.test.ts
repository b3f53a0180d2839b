import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEPLOY_CONFIGS } from '../../src/integrations/csp-styles';
import {
  compareHashes,
  hashMismatchMessage,
  pageStyleHashes,
  scanHtml,
  STYLE_HASHES_FILE,
  withStyleHashes,
} from '../../src/lib/deploy/inline-styles';
import { STYLE_HASHES } from '../../src/lib/deploy/security-headers';
import { BUILDS, listHtmlFiles, readBuilt, type BuildName } from '../helpers/built-site';

/**
 * The first paint waits for no stylesheet: every page of both builds carries its CSS in `<style>`
 * blocks in its head, links no stylesheet and has no `style` attribute (the CSP would block it);
 * and the hashes of those blocks are exactly the ones the build listed, the checked-in policy
 * (security-headers.ts) allows and deploy/nginx.conf and deploy/.htaccess send.
 */
const builds = Object.keys(BUILDS) as BuildName[];

async function pages(name: BuildName): Promise<Array<{ file: string; html: string }>> {
  const files = await listHtmlFiles(name);
  return Promise.all(files.map(async (file) => ({ file, html: await readBuilt(name, file) })));
}

describe.each(builds)('build %s', (name) => {
  it('every page has its CSS inline in the head, no stylesheet link, no style attribute', async () => {
    const all = await pages(name);
    expect(all.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const { file, html } of all) {
      const whole = scanHtml(html);
      const head = scanHtml(html.slice(0, html.search(/<body[\s>]/i)));
      if (whole.stylesheetLinks.length) problems.push(`${file}: links ${whole.stylesheetLinks.join(', ')}`);
      if (whole.styleAttributes.length)
        problems.push(`${file}: style attribute on <${whole.styleAttributes.join('>, <')}>`);
      if (!head.styles.length) problems.push(`${file}: no <style> in the head`);
      if (head.styles.length !== whole.styles.length) problems.push(`${file}: a <style> outside the head`);
    }
    expect(problems).toEqual([]);
  });

  it(`${STYLE_HASHES_FILE} lists the hashes of the pages' <style> blocks`, async () => {
    const listed = JSON.parse(await readBuilt(name, STYLE_HASHES_FILE)) as { hashes: string[] };
    expect(listed.hashes).toEqual(pageStyleHashes((await pages(name)).map((p) => p.html)));
  });

  it('the checked-in policy allows exactly these hashes', async () => {
    const needed = pageStyleHashes((await pages(name)).map((p) => p.html));
    // The message says which styles would be blocked and how to update the lists.
    expect(hashMismatchMessage(compareHashes(needed, STYLE_HASHES))).toBe('');
  });
});

describe('deploy/ configurations', () => {
  it.each(DEPLOY_CONFIGS)('%s sends the hashes the build needs in every strict style-src', async (config) => {
    const needed = pageStyleHashes((await pages('sub')).map((p) => p.html));
    const text = readFileSync(config, 'utf8');
    expect(withStyleHashes(text, needed) === text, `${config} is out of date: run \`npm run csp:update\``).toBe(true);
    // No public policy relaxes style-src instead (the editor's own policy is the one exception).
    const strict = text.match(/style-src [^;"]*/g) ?? [];
    expect(strict.filter((d) => d.includes("'unsafe-inline'"))).toHaveLength(1);
    expect(strict.length).toBeGreaterThan(1);
  });

  it('both base paths need the same hashes (the CSS names no path)', async () => {
    const [root, sub] = await Promise.all(
      builds.map(async (b) => pageStyleHashes((await pages(b)).map((p) => p.html))),
    );
    expect(root).toEqual(sub);
  });
});
