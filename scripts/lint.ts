/**
 * The `lint` step of `npm test`: ESLint (type-aware, eslint.config.js) and `prettier --check`.
 * Prints ESLint's report and the files Prettier would change, and writes reports/lint.json in
 * Vitest's shape for the closing line: each file with a lint error and each unformatted file counts
 * as one failed test; each tool that finds nothing counts as one passed test.
 * Exit 0 only when both are clean. Fix with `npm run format` and `npm run lint -- --fix`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';

// Type-aware rules need Astro's generated types (astro:content); `astro check` makes them too.
if (!existsSync('.astro/types.d.ts')) spawnSync('npx', ['astro', 'sync'], { stdio: 'inherit' });

let start = performance.now();
const eslint = new ESLint();
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const lintFailures = results.filter((r) => r.errorCount + r.warningCount + r.fatalErrorCount > 0).length;
process.stdout.write(await formatter.format(results));
console.log(
  `ESLint: ${results.length} files, ${lintFailures} with problems (${Math.round(performance.now() - start) / 1000} s)`,
);

start = performance.now();
const prettier = spawnSync('npx', ['prettier', '--list-different', '.'], { encoding: 'utf8' });
const unformatted = prettier.stdout.split('\n').filter(Boolean);
if (prettier.stderr) process.stderr.write(prettier.stderr);
// --list-different exits 1 when files differ, 2 when Prettier itself failed (a syntax error, a bad config).
const prettierBroken = prettier.status !== 0 && (prettier.status !== 1 || unformatted.length === 0);
if (unformatted.length) console.log(`Not formatted (run \`npm run format\`):\n  ${unformatted.join('\n  ')}`);
console.log(
  `Prettier: ${unformatted.length} files not formatted${prettierBroken ? `, Prettier failed (exit ${prettier.status ?? prettier.signal})` : ''} (${Math.round(performance.now() - start) / 1000} s)`,
);

const failed = lintFailures + unformatted.length + (prettierBroken ? 1 : 0);
const passed = (lintFailures === 0 ? 1 : 0) + (unformatted.length === 0 && !prettierBroken ? 1 : 0);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lint.json', JSON.stringify({ numPassedTests: passed, numFailedTests: failed }, null, 2));
process.exit(failed > 0 ? 1 : 0);
