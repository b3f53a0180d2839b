/**
 * `npm run csp:update`: after a CSS change, carry the new inline-style hashes into the policy.
 * Builds the site into a temporary folder (or reads a build: `-- --dist dist`), takes the hashes
 * the build listed in csp-style-hashes.json (src/integrations/csp-styles.ts), and writes them into
 * src/lib/deploy/inline-style-hashes.json, deploy/nginx.conf and deploy/.htaccess. Then commit the
 * three files and copy the new server configuration to the server with the new build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEPLOY_CONFIGS } from '../src/integrations/csp-styles';
import { compareHashes, STYLE_HASHES_FILE, withStyleHashes } from '../src/lib/deploy/inline-styles';
import { STYLE_HASHES } from '../src/lib/deploy/security-headers';

const LIST = 'src/lib/deploy/inline-style-hashes.json';

const distArg = process.argv.indexOf('--dist');
let dist = distArg > 0 ? process.argv[distArg + 1] : undefined;
let temp: string | undefined;
if (!dist) {
  temp = mkdtempSync(path.join(tmpdir(), 'csp-update-'));
  dist = path.join(temp, 'dist');
  console.log('Dựng thử trang vào thư mục tạm để đọc CSS trong trang…');
  const run = spawnSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: dist, DV_DEPLOY: '' },
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) {
    rmSync(temp, { recursive: true, force: true });
    console.error('Dựng trang không thành công: sửa lỗi ở trên rồi chạy lại.');
    process.exit(1);
  }
}
const { hashes } = JSON.parse(readFileSync(path.join(dist, STYLE_HASHES_FILE), 'utf8')) as { hashes: string[] };
if (temp) rmSync(temp, { recursive: true, force: true });

const { missing, stale } = compareHashes(hashes, STYLE_HASHES);
writeFileSync(
  LIST,
  `${JSON.stringify({ about: `Written by npm run csp:update from the build's ${STYLE_HASHES_FILE}; tests compare it with every build.`, hashes }, null, 2)}\n`,
);
for (const config of DEPLOY_CONFIGS) writeFileSync(config, withStyleHashes(readFileSync(config, 'utf8'), hashes));
console.log(
  missing.length || stale.length
    ? `Đã cập nhật ${LIST}, ${DEPLOY_CONFIGS.join(', ')}: ${hashes.length} mã băm (${missing.length} mới, ${stale.length} bỏ đi). Nhớ chép cấu hình mới lên máy chủ cùng bản dựng mới.`
    : `Không có gì đổi: ${hashes.length} mã băm đã khớp.`,
);
