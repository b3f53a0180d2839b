/**
 * Bundle the editor's script (src/components/editor/cms-entry.ts with Decap CMS, React and the
 * Vietnamese locale, all from node_modules) into one file with esbuild: no CDN, nothing fetched
 * at run time but the page's own files. About 6 MB minified; takes about a second.
 */
import { build } from 'esbuild';
import path from 'node:path';

/** The entry, relative to the project root (import.meta.url is not the source file once built). */
export const CMS_ENTRY = 'src/components/editor/cms-entry.ts';

/**
 * The bundled editor script.
 *
 * @example
 * const js = await bundleCms('.'); js.length > 1e6 // true
 */
export async function bundleCms(root: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, CMS_ENTRY)],
    absWorkingDir: path.resolve(root),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    // Decap starts itself on load unless told otherwise; the entry registers first, then calls init().
    banner: { js: 'window.CMS_MANUAL_INIT=true;' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
