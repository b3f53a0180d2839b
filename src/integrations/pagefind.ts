import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../lib/search/index-html';

/**
 * Build the Pagefind index into `dist/pagefind/` as the last step of `astro build`, so a built
 * site always has its index. Pages are handed to Pagefind one by one through htmlForIndex (no
 * glued words); Pagefind indexes only `data-pagefind-body` (each page's <main>). Any indexing
 * error fails the build: Pagefind's API returns errors instead of throwing, so each step is checked.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dan-van:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (step: string, errors: string[]): never => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index || createErrors.length) fail('createIndex', createErrors);
        const files = (await readdir(outDir, { recursive: true }))
          .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`))
          .sort();
        let indexed = 0;
        for (const file of files) {
          const content = htmlForIndex(await readFile(path.join(outDir, file), 'utf8'));
          // Only pages with data-pagefind-body are indexed; others (404, search page) are skipped.
          if (!content.includes('data-pagefind-body')) continue;
          const added = await index!.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content });
          if (added.errors.length) fail(`addHTMLFile ${file}`, added.errors);
          indexed++;
        }
        if (indexed === 0) fail('indexing', ['no page has data-pagefind-body']);
        const written = await index!.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) fail('writeFiles', written.errors);
        await pagefind.close();
        logger.info(`indexed ${indexed} pages into ${path.relative(process.cwd(), path.join(outDir, 'pagefind'))}/`);
      },
    },
  };
}
