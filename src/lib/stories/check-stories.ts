/**
 * Check story files the way staff need: every problem in every file at once, each in Vietnamese
 * naming the file, the line and the field, and saying how to fix it. Used by `npm run check` and,
 * before anything else, by the stories loader during `astro build` / `astro dev`, so a broken story
 * stops the build with the same words. Pure: the walk over the folders on disk is check-stories-fs.ts.
 */
import { RESERVED_SLUGS, ROUTES } from '../routes';
import { t } from '../../i18n/t';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { createStorySchema } from '../../schemas/story';
import { slugifyVi } from '../../vocab/fold-vi';
import type { Place } from '../../vocab/places';
import { invalidMessage, missingMessage, unknownKeyMessage, STORY_KEYS, type StoryKey } from '../../vocab/story-keys';
import { checkStoryBody, IMAGE_FILE, parseStoryBody } from './mdx-safety';
import { imageFileProblem, type ImageSize } from './story-images';

export const STORIES_DIR = 'content/stories';
/** The file name a new story gets (npm run new:story). */
export const STORY_FILE = 'index.mdx';
/** The file names a story may have inside its folder: MDX by hand, Markdown from the editor (/quan-tri/). */
export const STORY_FILES = [STORY_FILE, 'index.md'] as const;
/** Slugs taken by the gallery's own listing pages. */
export { RESERVED_SLUGS };
/** Placeholder text of the new-story template; refused once a story is no longer a draft. */
export const TODO_MARK = 'CẦN SỬA';
/** Pictures the build can resize (SVG is refused everywhere: see mdx-safety.ts). */
const IMAGE_EXTENSIONS = IMAGE_FILE;

export interface StoryProblem {
  /** Path as staff see it, relative to the project: content/stories/cho-que/index.mdx. */
  file: string;
  line?: number | undefined;
  /** Front-matter key, when the problem is about one. */
  field?: string | undefined;
  message: string;
}

export interface CheckedStory {
  file: string;
  slug: string;
  draft: boolean;
  /** The text that was checked, so a later reader can tell whether it changed since. */
  text?: string;
}

/** Same rule as Astro's front-matter reader (@astrojs/internal-helpers/frontmatter). */
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/**
 * Split a story file's front matter and parse it as YAML. Dates stay text (CORE schema) so that
 * "2024-02-30" is reported instead of quietly becoming 1 March.
 *
 * @example
 * parseFrontMatter('---\ntitle: Chợ quê\n---\nBài viết').data // { title: 'Chợ quê' }
 * parseFrontMatter('Bài viết').error?.reason // 'missing'
 */
export function parseFrontMatter(text: string): {
  data?: Record<string, unknown>;
  error?: { reason: 'missing' | 'yaml' | 'not-a-map'; line?: number; detail?: string };
} {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { error: { reason: 'missing', line: 1 } };
  try {
    const data = yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA });
    if (data === undefined || data === null) return { data: {} };
    if (typeof data !== 'object' || Array.isArray(data)) return { error: { reason: 'not-a-map', line: 2 } };
    return { data: data as Record<string, unknown> };
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string };
    // +2: line 1 of the file is the opening ---.
    return { error: { reason: 'yaml', line: (e.mark?.line ?? 0) + 2, detail: e.reason ?? String(error) } };
  }
}

/** The line of the file where a front-matter key is written, if it is. */
function lineOf(text: string, key: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(l));
  return index > 0 ? index + 1 : undefined;
}

/** The checker's stand-in for Astro's `image()`: a file name; existence is checked separately. */
const coverName = () =>
  z
    .string({
      error: (iss) =>
        iss.input === undefined ? missingMessage('cover') : invalidMessage('cover', t('checker.cover.notText')),
    })
    .trim()
    .refine((name) => !/\.svg$/i.test(name), { error: invalidMessage('cover', t('checker.cover.svg')) })
    .regex(IMAGE_EXTENSIONS, { error: invalidMessage('cover', t('checker.cover.notImage')) });

/** Building the schema costs more than using it: one per places list, reused for every file. */
const schemas = new WeakMap<readonly Place[], ReturnType<typeof createStorySchema<ReturnType<typeof coverName>>>>();
function schemaFor(places: readonly Place[]) {
  let schema = schemas.get(places);
  if (!schema) {
    schema = createStorySchema({ image: coverName, places });
    schemas.set(places, schema);
  }
  return schema;
}

export interface ValidateInput {
  /** Path shown to staff. */
  file: string;
  text: string;
  places: readonly Place[];
  /** Whether a path relative to the story's folder exists (injected so tests need no disk). */
  exists: (relative: string) => boolean;
  /** Size of a picture in the story's folder, read from its header; omitted: sizes not checked. */
  imageSize?: ((relative: string) => ImageSize) | undefined;
  /** Today as YYYY-MM-DD (Hưng Yên time); a later `published` is refused. */
  today?: string | undefined;
}

/**
 * Today's date where the site's readers are (UTC+7), as YYYY-MM-DD.
 *
 * @example
 * todayInVietnam(new Date('2026-11-27T18:00:00Z')) // '2026-11-28'
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Every problem of one story file. Empty when the story is fine.
 *
 * @example
 * validateStory({ file: 'a/index.mdx', text: '---\nsummary: x\n---', places: [], exists: () => true })
 *   .some((p) => p.field === 'title') // true
 */
export function validateStory({
  file,
  text,
  places,
  exists,
  imageSize,
  today = todayInVietnam(),
}: ValidateInput): StoryProblem[] {
  const parsed = parseFrontMatter(text);
  if (parsed.error) {
    const { reason, line, detail } = parsed.error;
    const message =
      reason === 'missing'
        ? t('checker.frontMatter.missing')
        : reason === 'not-a-map'
          ? t('checker.frontMatter.notMap')
          : t('checker.frontMatter.yaml', { detail: String(detail) });
    return [{ file, line, message }];
  }
  const problems: StoryProblem[] = [];
  const schema = schemaFor(places);
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          problems.push({ file, line: lineOf(text, key), field: key, message: unknownKeyMessage(key) });
        continue;
      }
      const field = issue.path[0] === undefined ? undefined : String(issue.path[0]);
      problems.push({ file, line: field ? lineOf(text, field) : undefined, field, message: issue.message });
    }
  }
  const cover = parsed.data?.cover;
  if (typeof cover === 'string' && IMAGE_EXTENSIONS.test(cover.trim())) {
    if (!exists(cover.trim())) {
      problems.push({
        file,
        line: lineOf(text, 'cover'),
        field: 'cover',
        message: invalidMessage('cover', t('checker.cover.noFile', { file: cover })),
      });
    } else if (imageSize) {
      const problem = imageFileProblem(cover.trim(), imageSize);
      if (problem) problems.push({ file, line: lineOf(text, 'cover'), field: 'cover', message: problem });
    }
  }
  // A story dated in the future would be pinned first in the gallery and the feeds before its day.
  const published = result.success ? result.data.published : undefined;
  if (published && parsed.data?.draft !== true && published.toISOString().slice(0, 10) > today) {
    const day = published.toISOString().slice(0, 10);
    problems.push({
      file,
      line: lineOf(text, 'published'),
      field: 'published',
      message: invalidMessage(
        'published',
        t('checker.published.future', {
          day: day.split('-').reverse().join('/'),
          today: today.split('-').reverse().join('/'),
        }),
      ),
    });
  }
  problems.push(...bodyProblems(file, text, exists, imageSize));
  if (parsed.data?.draft !== true && text.includes(TODO_MARK)) {
    const line = text.split('\n').findIndex((l) => l.includes(TODO_MARK)) + 1;
    problems.push({ file, line, message: t('checker.todoLeft', { mark: TODO_MARK }) });
  }
  return problems;
}

/** The body as the build reads it: MDX syntax, the story rules, and every picture it uses. */
function bodyProblems(
  file: string,
  text: string,
  exists: (relative: string) => boolean,
  imageSize?: (relative: string) => ImageSize,
): StoryProblem[] {
  const parsed = parseStoryBody(text);
  if (!parsed.tree) return [{ file, line: parsed.error?.line, message: parsed.error?.message ?? '' }];
  const { problems, images } = checkStoryBody(parsed.tree);
  const all: StoryProblem[] = problems.map((p) => ({ file, line: p.line, message: p.message }));
  for (const image of images) {
    if (!exists(image.src)) {
      all.push({ file, line: image.line, message: t('checker.body.imageMissing', { src: image.src }) });
      continue;
    }
    const problem = imageSize && imageFileProblem(image.src, imageSize);
    if (problem) all.push({ file, line: image.line, message: problem });
  }
  return all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Two story folders whose names fold to the same slug: both files named.
 *
 * @example
 * duplicateSlugs([{ file: 'a/cho-que/index.mdx', slug: 'cho-que', draft: false }, { file: 'a/Chợ quê/index.mdx', slug: 'cho-que', draft: false }]).length // 1
 */
export function duplicateSlugs(stories: readonly CheckedStory[]): StoryProblem[] {
  const bySlug = new Map<string, CheckedStory[]>();
  for (const story of stories) bySlug.set(story.slug, [...(bySlug.get(story.slug) ?? []), story]);
  return [...bySlug.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([slug, list]) => ({
      file: list[0]!.file,
      message: t('checker.duplicateSlug', {
        path: `${ROUTES.gallery}${slug}/`,
        files: list.map((s) => s.file).join(t('checker.list.and')),
      }),
    }));
}

/**
 * The slug (URL segment) of a story folder, from its name.
 *
 * @example
 * storySlug('Chợ quê không rác') // 'cho-que-khong-rac'
 */
export function storySlug(folder: string): string {
  return slugifyVi(folder);
}

/**
 * Whether a story's front matter says `draft: true` (read as text, before any schema).
 *
 * @example
 * draftFlag('---\ntitle: A\ndraft: true\n---\n') // true
 */
export function draftFlag(text: string): boolean {
  return /^draft\s*:\s*true\s*$/m.test(FRONT_MATTER.exec(text)?.[1] ?? '');
}

/**
 * One problem as a line staff can act on.
 *
 * @example
 * formatProblem({ file: 'content/stories/a/index.mdx', line: 2, field: 'title', message: 'Thiếu tiêu đề.' })
 * // 'content/stories/a/index.mdx, dòng 2, trường "title" (tiêu đề): Thiếu tiêu đề.'
 */
export function formatProblem({ file, line, field, message }: StoryProblem): string {
  const label = field && field in STORY_KEYS ? ` (${STORY_KEYS[field as StoryKey].label})` : '';
  return `${file}${line ? t('checker.problem.line', { line }) : ''}${field ? t('checker.problem.field', { field, label }) : ''}: ${message}`;
}
