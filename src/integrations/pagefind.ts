import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Build the Pagefind index into `dist/pagefind/` as the last step of `astro build`, so a built
 * site always has its index. Any indexing error fails the build (Pagefind's API returns errors
 * instead of throwing, so each step is checked).
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
        const added = await index!.addDirectory({ path: outDir });
        if (added.errors.length) fail('addDirectory', added.errors);
        if (added.page_count === 0) fail('addDirectory', ['no page was indexed (is data-pagefind-body missing?)']);
        const written = await index!.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) fail('writeFiles', written.errors);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages into ${path.relative(process.cwd(), path.join(outDir, 'pagefind'))}/`);
      },
    },
  };
}
