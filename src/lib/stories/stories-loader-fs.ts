/**
 * The stories collection's loader: Astro's glob() over content/stories/<thư-mục>/index.mdx (or
 * index.md, as the editor writes it), with
 * the staff checker run first. A broken story then stops `astro build` (and `astro dev`) with the
 * same Vietnamese messages as `npm run check`, every problem of every file at once, instead of
 * Astro's English message about the first one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import type { Place } from '../../vocab/places';
import { t } from '../../i18n/t';
import { formatProblem, STORIES_DIR, STORY_FILES, storySlug, validateStory, type StoryProblem } from './check-stories';
import { checkStoryFiles } from './check-stories-fs';
import { readImageSize } from './story-images-fs';

/**
 * The error a build stops with: a heading, then one line per problem.
 *
 * @example
 * storiesError([{ file: 'content/stories/a/index.mdx', field: 'title', message: 'Thiếu tiêu đề.' }]).message
 */
export function storiesError(problems: readonly StoryProblem[]): Error {
  const lines = problems.map((p) => `  • ${formatProblem(p)}`);
  const error = new Error(t('checker.build.stories', { n: problems.length, lines: lines.join('\n') }));
  error.name = 'LoiBaiViet';
  return error;
}

/**
 * @example
 * defineCollection({ loader: storiesLoader(places), schema: ({ image }) => createStorySchema({ image, places }) })
 */
export function storiesLoader(places: readonly Place[]): Loader {
  const inner = glob({
    pattern: `*/{${STORY_FILES.join(',')}}`,
    base: `./${STORIES_DIR}`,
    // The folder name is the slug; folded so that a folder named with tone marks still gives ASCII.
    generateId: ({ entry }) => storySlug(entry.split('/')[0]!),
  });
  return {
    name: 'stories-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const { stories, problems } = checkStoryFiles(root, places);
      if (problems.length) throw storiesError(problems);
      // What was just checked, by absolute path: parseData skips those files unless they changed.
      const checked = new Map(stories.map((s) => [path.resolve(root, s.file), s.text]));
      return inner.load({
        ...context,
        // Also runs on each edit under `astro dev`, where glob() re-reads one file without load().
        parseData: async (props) => {
          if (props.filePath) {
            const full = path.resolve(root, props.filePath);
            const text = readFileSync(full, 'utf8');
            if (checked.get(full) !== text) {
              const file = path.relative(root, full).split(path.sep).join('/');
              const dir = path.dirname(full);
              const fileProblems = validateStory({
                file,
                text,
                places,
                exists: (rel) => existsSync(path.resolve(dir, rel)),
                imageSize: (rel) => readImageSize(path.resolve(dir, rel)),
              });
              if (fileProblems.length) throw storiesError(fileProblems);
              checked.set(full, text);
            }
          }
          return context.parseData(props);
        },
      });
    },
  };
}
