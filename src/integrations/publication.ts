import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildMode, deployProblems, publicationSummary, refusalMessage } from '../lib/deploy/publication';
import { isOperatorKnown } from '../lib/operator/operator';
import { readOperator } from '../lib/operator/read-operator-fs';
import { dataDirs, loadYears } from '../lib/results/load-data-fs';
import { parseFrontMatter, STORIES_DIR, STORY_FILE } from '../lib/stories/check-stories';

/**
 * What a build publishes, and that it publishes all of it or nothing:
 * - a deploy build (`npm run build`, DV_DEPLOY=1) stops before writing anything when it would
 *   publish illustrative content, localhost addresses or an unnamed operator, unless ALLOW_SAMPLES=1
 *   (src/lib/deploy/publication.ts says why, in Vietnamese);
 * - every build writes into a hidden sibling folder and moves it into place only when the whole
 *   build, search index included, has succeeded; a failed build leaves neither a half-written
 *   output folder (Astro empties it first, then writes page by page, with `.prerender/` holding every
 *   story's compiled text, drafts included) nor the previous one, which might be a preview build;
 * - the build ends with a short publication summary.
 * Register it last: its `astro:build:done` must run after the sitemap and the Pagefind index.
 */
export function publication(): AstroIntegration {
  let target = '';
  let staging = '';
  let finished = false;
  let base = '/';
  let site = '';
  const cleanUp = () => {
    if (finished || !staging) return;
    rmSync(staging, { recursive: true, force: true });
    rmSync(target, { recursive: true, force: true });
  };
  return {
    name: 'dan-van:publication',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        base = config.base;
        site = config.site ?? '';
        target = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        staging = path.join(path.dirname(target), `.${path.basename(target)}.dang-dung`);
        rmSync(staging, { recursive: true, force: true });
        const mode = buildMode(process.env);
        if (mode.deploy) {
          const problems = deployProblems(publicationFacts(fileURLToPath(config.root)));
          if (problems.length && !mode.allowSamples) {
            rmSync(target, { recursive: true, force: true });
            // An Error would bury the message under a stack trace; staff need just the message.
            console.error(`\n${refusalMessage(problems, shown(target))}\n`);
            process.exit(1);
          }
        }
        // A URL, as Astro has resolved outDir by now (it reads `.href` from it).
        updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
        process.once('exit', cleanUp);
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
          process.once(signal, () => {
            cleanUp();
            process.exit(130);
          });
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        const root = process.cwd();
        const mode = buildMode(process.env);
        const facts = publicationFacts(root);
        const files = readdirSync(built, { recursive: true }).map(String);
        const stories = storyFacts(root);
        rmSync(target, { recursive: true, force: true });
        renameSync(built, target);
        finished = true;
        const summary = publicationSummary({
          mode,
          site,
          base,
          outDir: shown(target),
          pages: files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length,
          stories: {
            published: stories.filter((s) => !s.draft).length,
            drafts: stories.filter((s) => s.draft).length,
            illustrative: facts.illustrativeStories.length,
          },
          years: loadYears(dataDirs(root).results).map((y) => ({ year: y.year, sample: y.sample })),
          datasets: files.filter((f) => /^du-lieu[\\/][^\\/]+\.csv$/.test(f)).length,
          allowed: mode.deploy ? deployProblems(facts) : [],
        });
        logger.info(`\n${summary.join('\n')}`);
      },
    },
  };
}

/** A folder as staff would type it: relative when under the project, absolute otherwise. */
function shown(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : dir;
}

interface StoryFact {
  file: string;
  draft: boolean;
  illustrative: boolean;
}

/** Every story file with its draft and illustrative flags (the full check is the stories loader's job). */
function storyFacts(root: string): StoryFact[] {
  const dir = path.join(root, STORIES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((folder) => path.join(STORIES_DIR, folder, STORY_FILE))
    .filter((file) => existsSync(path.join(root, file)))
    .map((file) => {
      const { data } = parseFrontMatter(readFileSync(path.join(root, file), 'utf8'));
      return {
        file: file.split(path.sep).join('/'),
        draft: data?.draft === true,
        illustrative: data?.illustrative === true,
      };
    });
}

function publicationFacts(root: string) {
  return {
    siteUrl: process.env.SITE_URL,
    illustrativeStories: storyFacts(root)
      .filter((s) => !s.draft && s.illustrative)
      .map((s) => s.file),
    sampleYears: loadYears(dataDirs(root).results)
      .filter((y) => y.sample)
      .map((y) => y.year),
    operatorKnown: isOperatorKnown(readOperator(path.join(root, 'data/van-hanh.yaml'))),
  };
}
