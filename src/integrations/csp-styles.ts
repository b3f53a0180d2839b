import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMode } from '../lib/deploy/publication';
import {
  hashMismatchMessage,
  inlineStyleReport,
  STYLE_HASHES_FILE,
  withStyleHashes,
} from '../lib/deploy/inline-styles';
import { STYLE_HASHES } from '../lib/deploy/security-headers';

/** The shipped server configurations, which carry the style hashes in their CSP header. */
export const DEPLOY_CONFIGS = ['deploy/nginx.conf', 'deploy/.htaccess'] as const;

/**
 * Every page carries its CSS inline (`build.inlineStylesheets: 'always'`: no stylesheet request
 * before the first paint), and the strict CSP allows those `<style>` blocks by hash. This step
 * reads the built pages, writes the hashes they need to `csp-style-hashes.json` at the top of the
 * output folder (what `npm run csp:update` carries into the checked-in list and deploy/), and
 * compares them with the checked-in policy (src/lib/deploy/security-headers.ts, deploy/).
 *
 * A difference, a `style="…"` attribute or a stylesheet link stops a deploy build (the server
 * would block the new CSS and the pages would lose their look) and is a warning in a preview
 * build; `npm test` fails on it either way (tests/site/inline-styles.test.ts).
 * Register it after the Pagefind step (which edits the search page) and before publication().
 */
export function cspStyles(): AstroIntegration {
  let root = '';
  return {
    name: 'dan-van:csp-styles',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (await readdir(out, { recursive: true }))
          .map((f) => String(f).split(path.sep).join('/'))
          // The staff editor has its own policy (the CMS styles itself inline) and Pagefind's
          // own UI files are not pages.
          .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('quan-tri/'))
          .sort();
        const pages = await Promise.all(
          files.map(async (file) => ({ file, html: await readFile(path.join(out, file), 'utf8') })),
        );
        const report = inlineStyleReport(pages, STYLE_HASHES);
        await writeFile(path.join(out, STYLE_HASHES_FILE), `${JSON.stringify({ hashes: report.hashes }, null, 2)}\n`);
        const problems = [...report.problems];
        const mismatch = hashMismatchMessage(report.difference);
        if (mismatch) problems.push(mismatch);
        for (const config of DEPLOY_CONFIGS) {
          const text = await readFile(path.join(root, config), 'utf8').catch(() => '');
          if (text && withStyleHashes(text, report.hashes) !== text) {
            problems.push(
              `${config}: style-src không khớp với các khối <style> của bản dựng này (chạy \`npm run csp:update\`).`,
            );
          }
        }
        if (!problems.length) {
          logger.info(`CSS trong trang: ${report.hashes.length} khối <style>, mã băm khớp với CSP của deploy/.`);
          return;
        }
        if (buildMode(process.env).deploy) throw new Error(`\n${problems.join('\n')}`);
        for (const problem of problems) logger.warn(problem);
      },
    },
  };
}
