/**
 * Draw the pictures of the illustrative stories (content/stories/*): for every story marked
 * `illustrative: true`, each image file it names (cover and body imports) that does not exist yet is
 * drawn from the story's first field and a seed from its name. Real stories use real photos.
 *
 *   npx tsx scripts/make-story-covers.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { foldVi } from '../src/vocab/fold-vi';
import { parseFrontMatter, STORIES_DIR, STORY_FILE } from '../src/lib/stories/check-stories';
import { writeCoverJpeg } from '../src/lib/stories/cover-art-fs';
import { toFieldId } from '../src/vocab/fields';

const seedOf = (text: string) => [...foldVi(text)].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

for (const folder of readdirSync(STORIES_DIR)) {
  const file = path.join(STORIES_DIR, folder, STORY_FILE);
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const { data } = parseFrontMatter(text);
  if (!data || data.illustrative !== true) continue;
  const field = toFieldId(String([data.fields].flat()[0] ?? '')) ?? 'xa-hoi';
  const names = [
    String(data.cover ?? ''),
    ...[...text.matchAll(/from\s+['"]\.\/([^'"]+\.jpe?g)['"]/g)].map((m) => m[1]!),
  ];
  for (const name of names.filter(Boolean)) {
    const target = path.join(STORIES_DIR, folder, name);
    if (existsSync(target)) continue;
    await writeCoverJpeg(target, field, seedOf(`${folder}/${name}`));
    console.log(`Đã vẽ ${target}`);
  }
}
