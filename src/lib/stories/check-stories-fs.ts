/**
 * Walks the story folders on disk (Node only) and checks each with `validateStory()`
 * (check-stories.ts): used by `npm run check` and, before anything else, by the stories loader.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { t } from '../../i18n/t';
import type { Place } from '../../vocab/places';
import {
  draftFlag,
  duplicateSlugs,
  RESERVED_SLUGS,
  STORIES_DIR,
  STORY_FILE,
  STORY_FILES,
  storySlug,
  validateStory,
  type CheckedStory,
  type StoryProblem,
} from './check-stories';
import { readImageSize } from './story-images-fs';

/**
 * Check every story under a project root: files in the wrong place, each story, duplicate slugs.
 *
 * @example
 * checkStoryFiles('.', places).problems // [] when all is well
 */
export function checkStoryFiles(
  root: string,
  places: readonly Place[],
  dir: string = STORIES_DIR,
): { stories: CheckedStory[]; problems: StoryProblem[] } {
  const base = path.join(root, dir);
  const stories: CheckedStory[] = [];
  const problems: StoryProblem[] = [];
  if (!existsSync(base)) return { stories, problems };
  for (const name of readdirSync(base).sort()) {
    const full = path.join(base, name);
    const shown = `${dir}/${name}`;
    const isDirectory = statSync(full).isDirectory();
    if (name.startsWith('.') || name.startsWith('_')) {
      // Astro's glob() skips these: a story put there would vanish without a word, so say so.
      const story = isDirectory
        ? readdirSync(full).find((f) => /\.(mdx?|markdown)$/i.test(f))
        : /\.(mdx?|markdown)$/i.test(name)
          ? name
          : undefined;
      if (story) {
        problems.push({
          file: isDirectory ? `${shown}/${story}` : shown,
          message: t('checker.folder.hidden', {
            name,
            mark: name[0]!,
            example: storySlug(name) || 'cho-que-khong-rac',
          }),
        });
      }
      continue;
    }
    if (!isDirectory) {
      if (/\.(mdx?|markdown)$/i.test(name)) {
        problems.push({
          file: shown,
          message: t('checker.folder.looseFile', {
            dir: `${dir}/${storySlug(name.replace(/\.\w+$/, ''))}`,
            file: STORY_FILE,
          }),
        });
      }
      continue;
    }
    const present = STORY_FILES.filter((f) => existsSync(path.join(full, f)));
    const storyFile = present[0] ?? STORY_FILE;
    const file = `${shown}/${storyFile}`;
    if (present.length > 1)
      problems.push({ file, message: t('checker.folder.twoFiles', { files: present.join(t('checker.list.and')) }) });
    if (!present.length) {
      const other = readdirSync(full).find((f) => /\.(mdx?|markdown)$/i.test(f));
      problems.push({
        file: other ? `${shown}/${other}` : shown,
        message: other
          ? t('checker.folder.noFile.rename', { file: STORY_FILE, other })
          : t('checker.folder.noFile.create', { file: STORY_FILE }),
      });
      continue;
    }
    const slug = storySlug(name);
    if (!slug) problems.push({ file, message: t('checker.folder.noSlug') });
    if ((RESERVED_SLUGS as readonly string[]).includes(slug))
      problems.push({ file, message: t('checker.folder.reserved', { name }) });
    const text = readFileSync(path.join(full, storyFile), 'utf8');
    problems.push(
      ...validateStory({
        file,
        text,
        places,
        exists: (rel) => existsSync(path.resolve(full, rel)),
        imageSize: (rel) => readImageSize(path.resolve(full, rel)),
      }),
    );
    stories.push({ file, slug, text, draft: draftFlag(text) });
  }
  problems.push(...duplicateSlugs(stories));
  return { stories, problems };
}
