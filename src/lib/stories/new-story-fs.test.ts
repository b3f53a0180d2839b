import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Place } from '../../vocab/places';
import { formatProblem } from './check-stories';
import { checkStoryFiles } from './check-stories-fs';
import { createStory } from './new-story-fs';
import { STORY_KEYS } from '../../vocab/story-keys';

const places: Place[] = [{ id: 'tinh-hung-yen', name: 'tỉnh Hưng Yên', kind: 'tinh' }];
const root = mkdtempSync(path.join(tmpdir(), 'new-story-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createStory', () => {
  it('writes a draft that passes the checker, with every field explained', async () => {
    const { file } = await createStory(root, 'Chợ quê nói không với túi ni lông', '2026-11-25');
    expect(file).toBe('content/stories/cho-que-noi-khong-voi-tui-ni-long/index.mdx');
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const doc of Object.values(STORY_KEYS)) expect(text).toContain(doc.help);
    expect(checkStoryFiles(root, places).problems.map(formatProblem)).toEqual([]);
  });

  it('refuses to publish the template text unchanged', async () => {
    const { file } = await createStory(root, 'Tổ hòa giải', '2026-11-25');
    const full = path.join(root, file);
    const text = readFileSync(full, 'utf8').replace('draft: true', 'draft: false');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(full, text);
    expect(
      checkStoryFiles(root, places)
        .problems.map((p) => p.message)
        .join('\n'),
    ).toMatch(/còn chữ "CẦN SỬA"/);
  });

  it.each([
    ['', /quá ngắn/],
    ['Trang', /trùng tên một trang/],
    ['Chợ quê nói không với túi ni lông', /Đã có thư mục/],
  ])('refuses %j', async (title, message) => {
    await expect(createStory(root, title, '2026-11-25')).rejects.toThrow(message);
  });
});
