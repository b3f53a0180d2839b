import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../src/lib/stories/temp-project';

/**
 * A real `astro build` on a temporary copy with broken stories stops, and says in Vietnamese which
 * file and which field is wrong and how to fix it. One build shows every problem at once.
 */
const work = copyProject(process.cwd(), 'broken-stories-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const base = 'content/stories/cho-que-noi-khong-voi-tui-ni-long';
const good = readFileSync(path.join(base, 'index.mdx'), 'utf8');
const broken: Array<[folder: string, text: string, field: string, message: RegExp]> = [
  ['thieu-tieu-de', good.replace(/^title:.*\n/m, ''), 'title', /Thiếu tiêu đề/],
  ['yaml-sai', good.replace(/^title:.*$/m, 'title: "Chợ quê: mở ngoặc mà không đóng'), '', /sai cú pháp YAML/],
  ['ngay-sai', good.replace(/^published:.*$/m, 'published: 2024-02-30'), 'published', /không phải một ngày có thật/],
  ['thieu-anh', good.replace(/^cover:.*$/m, 'cover: ./khong-co-anh.jpg'), 'cover', /không có tệp đó/],
  ['go-sai-ten-truong', good.replace(/^summary:/m, 'sumary:'), 'sumary', /Có phải ý bạn là "summary"/],
];

describe('a broken story stops the build', () => {
  it('with one Vietnamese message per problem, naming file and field', () => {
    for (const [folder, text] of broken) {
      const dir = path.join(work, 'content/stories', folder);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'index.mdx'), text);
      cpSync(path.join(base, 'anh-bia.jpg'), path.join(dir, 'anh-bia.jpg'));
    }
    const run = spawnSync('npx', ['astro', 'build'], { cwd: work, encoding: 'utf8', env: { ...process.env, OUT_DIR: path.join(work, 'dist') } });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('lỗi trong bài “Dân vận khéo”');
    for (const [folder, , field, message] of broken) {
      const lines = output.split('\n').filter((l) => l.includes(`content/stories/${folder}/index.mdx`));
      const match = lines.find((l) => message.test(l) && (!field || l.includes(`trường "${field}"`)));
      expect(match, `${folder}:\n${lines.join('\n')}`).toBeDefined();
    }
  });
});
