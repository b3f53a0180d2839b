/**
 * `npm run build`: the deploy build. The same `astro build`, with DV_DEPLOY=1 so the publication
 * checks run (src/integrations/publication.ts): it stops when SITE_URL is missing, when
 * illustrative stories or sample results would be published, or when data/van-hanh.yaml names no
 * operator — unless ALLOW_SAMPLES=1, which builds a demonstration with a banner on every page.
 * `npm start` and `npm test` build without it (preview builds).
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['astro', 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DV_DEPLOY: '1' },
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
