/**
 * Print the closing line `N passed, N failed` from reports/: each Vitest test counts, and so does
 * each non-test step of `npm test` (type check, builds); the lint step's reports/lint.json counts each
 * file with a lint error or not formatted as one failure. A step that never ran counts as failed
 * when an earlier one failed, so a broken build cannot look like a green run.
 */
import { existsSync, readFileSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
}
interface StepResult {
  name: string;
  ok: boolean;
}

let passed = 0;
let failed = 0;
const steps: StepResult[] = existsSync('reports/steps.json')
  ? (JSON.parse(readFileSync('reports/steps.json', 'utf8')) as StepResult[])
  : [];
for (const step of steps) {
  const report = `reports/${step.name}.json`;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (!step.ok && json.numFailedTests === 0) failed += 1;
  } else if (step.ok) passed += 1;
  else failed += 1;
}
if (steps.length === 0) failed += 1; // npm test never got to write its steps
console.log(`${passed} passed, ${failed} failed`);
