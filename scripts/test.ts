/**
 * `npm test`: every check, in order, stopping at the first failure (except lint, see below).
 *   1. type check (astro check: .astro and .ts, strictest)
 *   2. lint and format (scripts/lint.ts: ESLint + prettier --check); a failure here is counted and
 *      fails the run, but the tests after it still run so one badly formatted file hides nothing
 *   3. unit tests (Vitest, beside the code)
 *   4. build dist/ at the root and dist-sub/ under BASE_PATH=/dan-van/
 *   5. checks of the built sites and browser tests (Vitest + Chromium)
 * Reports go to reports/ (Vitest JSON, plus steps.json) for .ci/run's closing line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

interface Step {
  name: string;
  cmd: string[];
  env?: Record<string, string>;
  keepGoing?: boolean;
}

const only = process.argv[2];
const steps: Step[] = [
  { name: 'types', cmd: ['npx', 'astro', 'check', '--minimumSeverity', 'warning'] },
  { name: 'lint', cmd: ['npx', 'tsx', 'scripts/lint.ts'], keepGoing: true },
  {
    name: 'unit',
    cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/unit.json'],
  },
  { name: 'build', cmd: ['npx', 'astro', 'build'], env: { BASE_PATH: '/', OUT_DIR: 'dist' } },
  { name: 'build-sub', cmd: ['npx', 'astro', 'build'], env: { BASE_PATH: '/dan-van/', OUT_DIR: 'dist-sub' } },
  {
    name: 'site',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--config',
      'tests/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=reports/site.json',
    ],
  },
];

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const results: Array<{ name: string; ok: boolean; seconds: number }> = [];
let failed = false;
for (const step of steps.filter((s) => !only || s.name === only)) {
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const start = performance.now();
  const run = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds: Math.round((performance.now() - start) / 100) / 10 });
  if (!ok) {
    console.error(`✗ ${step.name} failed (exit ${run.status ?? run.signal})`);
    failed = true;
    if (!step.keepGoing) break;
  }
}
writeFileSync('reports/steps.json', JSON.stringify(results, null, 2));
console.log('\n' + results.map((r) => `${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds} s)`).join('\n'));
process.exit(failed ? 1 : 0);
