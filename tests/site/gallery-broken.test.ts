import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/temp-project';

/**
 * A real `astro build` on a temporary copy with broken stories stops, and says in Vietnamese which
 * file and which field (or line) is wrong and how to fix it. One build shows every problem at once,
 * and `npm run check` refuses exactly the same stories first.
 */
const work = copyProject(process.cwd(), 'broken-stories-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const base = 'content/stories/cho-que-noi-khong-voi-tui-ni-long';
const good = readFileSync(path.join(base, 'index.mdx'), 'utf8');
/** The good story with `body` appended; its first line is then line `bodyLine` of the file. */
const withBody = (body: string) => `${good.trimEnd()}\n\n${body}\n`;
const bodyLine = good.trimEnd().split('\n').length + 2;

/** A PNG header claiming 30000 × 30000 pixels: a few bytes that would make the image step fail. */
function bombPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(30_000, 0);
  ihdr.writeUInt32BE(30_000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    Buffer.from('IHDR'),
    ihdr,
    Buffer.alloc(4),
  ]);
}

const broken: Array<
  [folder: string, text: string, field: string, message: RegExp, extra?: Record<string, string | Buffer>]
> = [
  ['thieu-tieu-de', good.replace(/^title:.*\n/m, ''), 'title', /Thiếu tiêu đề/],
  ['yaml-sai', good.replace(/^title:.*$/m, 'title: "Chợ quê: mở ngoặc mà không đóng'), '', /sai cú pháp YAML/],
  ['ngay-sai', good.replace(/^published:.*$/m, 'published: 2024-02-30'), 'published', /không phải một ngày có thật/],
  ['thieu-anh', good.replace(/^cover:.*$/m, 'cover: ./khong-co-anh.jpg'), 'cover', /không có tệp đó/],
  ['go-sai-ten-truong', good.replace(/^summary:/m, 'sumary:'), 'sumary', /Có phải ý bạn là "summary"/],
  // Content, not code: each of these runs or injects something on today's MDX.
  [
    'ma-lenh-import',
    withBody("import { execSync } from 'node:child_process';\n\nMáy: {execSync('hostname').toString()}"),
    '',
    new RegExp(`dòng ${bodyLine}: Dòng import/export là mã lệnh`),
  ],
  ['bien-moi-truong', withBody('Khóa bí mật: {process.env.HOME}'), '', new RegExp(`dòng ${bodyLine}: Dấu ngoặc nhọn`)],
  [
    'doc-tep',
    withBody("<KeyFacts title={require('node:fs').readFileSync('/etc/hostname', 'utf8')}>\n- x\n</KeyFacts>"),
    '',
    /"title" của <KeyFacts> viết trong ngoặc nhọn/,
  ],
  ['the-script', withBody('<script>alert(document.cookie)</script>'), '', /thẻ <script>/],
  [
    'lien-ket-javascript',
    withBody('[Bấm vào đây](javascript:alert(1))'),
    '',
    /Đường dẫn "javascript:alert\(1\)" không được phép/,
  ],
  ['khoi-khong-co', withBody('<Bang title="x" />'), '', /Không có khối <Bang>/],
  [
    'cu-phap-mdx-sai',
    withBody('<KeyFacts title="Mở mà không đóng">\n- một'),
    '',
    new RegExp(`dòng ${bodyLine}: Nội dung bài viết sai cú pháp`),
  ],
  [
    'bia-svg',
    good.replace(/^cover:.*$/m, 'cover: ./anh-bia.svg'),
    'cover',
    /\.svg, không dùng được/,
    { 'anh-bia.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>' },
  ],
  [
    'anh-qua-lon',
    good.replace(/^cover:.*$/m, 'cover: ./anh-bia.png'),
    'cover',
    /quá lớn: 30\.000 × 30\.000 điểm ảnh/,
    { 'anh-bia.png': bombPng() },
  ],
  ['ngay-chua-toi', good.replace(/^published:.*$/m, 'published: 2999-01-01'), 'published', /chưa tới/],
  ['_bai-an', good, '', /bắt đầu bằng dấu "_" nên bài sẽ không bao giờ được đăng/],
];

describe('a broken story stops the build', () => {
  it('with one Vietnamese message per problem, naming file and field', () => {
    for (const [folder, text, , , extra] of broken) {
      const dir = path.join(work, 'content/stories', folder);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'index.mdx'), text);
      cpSync(path.join(base, 'anh-bia.jpg'), path.join(dir, 'anh-bia.jpg'));
      for (const [name, content] of Object.entries(extra ?? {})) writeFileSync(path.join(dir, name), content);
    }
    const run = spawnSync('npx', ['astro', 'build'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: path.join(work, 'dist') },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('lỗi trong bài “Dân vận khéo”');
    for (const [folder, , field, message] of broken) {
      const lines = output.split('\n').filter((l) => l.includes(`content/stories/${folder}/index.mdx`));
      const match = lines.find((l) => message.test(l) && (!field || l.includes(`trường "${field}"`)));
      expect(match, `${folder}:\n${lines.join('\n')}`).toBeDefined();
    }
    // Nothing ran: the build stopped before any story was compiled.
    expect(output).not.toContain(process.env.HOME ?? '/root');
  });

  it('npm run check refuses the same stories first, with the same words', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/check-content.ts'], { cwd: work, encoding: 'utf8' });
    expect(run.status).toBe(1);
    for (const [folder, , field, message] of broken) {
      const lines = run.stderr.split('\n').filter((l) => l.includes(`content/stories/${folder}/index.mdx`));
      expect(
        lines.find((l) => message.test(l) && (!field || l.includes(`trường "${field}"`))),
        `${folder}:\n${run.stderr}`,
      ).toBeDefined();
    }
  });
});
