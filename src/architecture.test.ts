/**
 * The house's import rules (docs/kien-truc.md, "What may import what"), read from the code:
 * every import of every source file under src/ (tests aside) is resolved to the folder it lands
 * in, and a folder may import only the folders its row allows. The rooms stack one way, lowest
 * first: i18n → vocab → schemas → lib → content.config, collections, integrations → components →
 * layouts → pages; nothing imports a room above its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Room =
  | 'i18n'
  | 'vocab'
  | 'schemas'
  | 'lib'
  | 'content.config'
  | 'collections'
  | 'integrations'
  | 'components'
  | 'layouts'
  | 'pages'
  | 'styles';

/** What each room may import besides itself and npm packages. */
const MAY_IMPORT: Record<Room, readonly Room[]> = {
  i18n: [],
  vocab: ['i18n'],
  schemas: ['vocab', 'i18n'],
  lib: ['schemas', 'vocab', 'i18n'],
  'content.config': ['lib', 'schemas', 'vocab'],
  collections: ['lib', 'schemas', 'vocab', 'i18n'],
  integrations: ['lib', 'schemas', 'vocab', 'i18n'],
  components: ['collections', 'lib', 'schemas', 'vocab', 'i18n', 'styles'],
  layouts: ['components', 'lib', 'vocab', 'i18n', 'styles'],
  pages: ['collections', 'components', 'layouts', 'lib', 'schemas', 'vocab', 'i18n', 'styles'],
  styles: [],
};

/** Rooms that run in any context (the build, a script, a test): no Astro virtual modules. */
const NO_ASTRO_MODULES: readonly Room[] = ['i18n', 'vocab', 'schemas', 'lib'];
/** Rooms of plain data and words: no Node built-ins at all. */
const NO_NODE: readonly Room[] = ['i18n', 'vocab', 'schemas'];

/**
 * Single imports that break a row, each with its reason. None today: add one only with the reason
 * and the room it is waiting to move to (a test fails on a stale one).
 */
const EXCEPTIONS: ReadonlyArray<{ file: string; to: string; why: string }> = [];

/**
 * A module that touches the disk: `node:fs` (or `fs/promises`), or sharp, which writes its
 * pictures with `toFile` (cover-art-fs.ts). Under src/lib such a module is named `*-fs.ts`.
 */
const DISK = /^(node:)?fs(\/promises)?$|^sharp$/;

/**
 * The room a path of the tree belongs to, or undefined outside src/ rooms.
 *
 * @example
 * roomOf('src/lib/places/places.ts') // 'lib'
 * roomOf('src/content.config.ts') // 'content.config'
 */
function roomOf(file: string): Room | 'outside' {
  const parts = file.split('/');
  if (parts[0] !== 'src') return 'outside';
  if (parts.length === 2) return parts[1]!.replace(/\.[^.]+$/, '') as Room;
  return parts[1] as Room;
}

/**
 * Every module a source text names: static imports, re-exports, side-effect and dynamic imports.
 *
 * @example
 * importsOf("import a from './a';\nexport { b } from '../b';\nawait import('./c')") // ['./a', '../b', './c']
 */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm,
  )) {
    found.push((m[1] ?? m[2])!);
  }
  return found;
}

interface Violation {
  file: string;
  spec: string;
  rule: string;
}

/**
 * What a file's imports break, by the rows above.
 *
 * @example
 * check('src/schemas/story.ts', ["../lib/places/places"]) // [{ rule: 'schemas may not import lib', … }]
 */
function check(file: string, specs: readonly string[]): Violation[] {
  const from = roomOf(file);
  if (from === 'outside') return [];
  const out: Violation[] = [];
  for (const spec of specs) {
    if (spec.startsWith('.')) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const to = roomOf(target);
      if (to === from) continue;
      if (EXCEPTIONS.some((e) => e.file === file && e.to === target)) continue;
      if (to === 'outside')
        out.push({
          file,
          spec,
          rule: `src/ may not import ${target.split('/')[0]}/ (tools and tests stand outside the site)`,
        });
      else if (!MAY_IMPORT[from]?.includes(to)) out.push({ file, spec, rule: `${from} may not import ${to}` });
    } else if (spec.startsWith('astro:') && NO_ASTRO_MODULES.includes(from)) {
      out.push({ file, spec, rule: `${from} may not import Astro virtual modules` });
    } else if (/^(node:|fs$|fs\/|path$|child_process$)/.test(spec) && NO_NODE.includes(from)) {
      out.push({ file, spec, rule: `${from} may not import Node built-ins` });
    } else if (DISK.test(spec) && from === 'lib' && !file.endsWith('-fs.ts')) {
      out.push({ file, spec, rule: 'a src/lib module that reads the file system is named *-fs.ts' });
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(full);
    return /\.(ts|mts|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')
      ? [full]
      : [];
  });
}

describe('the rule checker', () => {
  it.each([
    ['a schema importing lib', 'src/schemas/story.ts', '../lib/places/places', 'schemas may not import lib'],
    [
      'lib importing a collection',
      'src/lib/stories/listings.ts',
      '../../collections/stories',
      'lib may not import collections',
    ],
    [
      'lib importing a component',
      'src/lib/editor/preview-data.ts',
      '../../components/gallery/StoryCard.astro',
      'lib may not import components',
    ],
    ['a vocabulary importing a schema', 'src/vocab/places.ts', '../schemas/place', 'vocab may not import schemas'],
    [
      'a collection importing a page',
      'src/collections/stories.ts',
      '../pages/index.astro',
      'collections may not import pages',
    ],
    [
      'the site importing a tool',
      'src/lib/paths.ts',
      '../../scripts/lib/static-server',
      'src/ may not import scripts/ (tools and tests stand outside the site)',
    ],
    [
      'lib importing astro:content',
      'src/lib/stories/listings.ts',
      'astro:content',
      'lib may not import Astro virtual modules',
    ],
    ['a schema reading files', 'src/schemas/place.ts', 'node:fs', 'schemas may not import Node built-ins'],
    [
      'an unmarked file reader in lib',
      'src/lib/places/places-reader.ts',
      'node:fs',
      'a src/lib module that reads the file system is named *-fs.ts',
    ],
    [
      'an unmarked picture writer in lib',
      'src/lib/stories/cover-art.ts',
      'sharp',
      'a src/lib module that reads the file system is named *-fs.ts',
    ],
  ])('refuses %s', (_name, file, spec, rule) => {
    expect(check(file, [spec])).toEqual([{ file, spec, rule }]);
  });

  it.each([
    ['lib importing a schema', 'src/lib/results/anonymize.ts', '../../schemas/rule'],
    ['a schema importing a vocabulary', 'src/schemas/story.ts', '../vocab/places'],
    ['a page importing a collection', 'src/pages/index.astro', '../collections/stories'],
    ['a marked file reader', 'src/lib/places/load-places-fs.ts', 'node:fs'],
    ['a package', 'src/schemas/story.ts', 'astro/zod'],
  ])('allows %s', (_name, file, spec) => {
    expect(check(file, [spec])).toEqual([]);
  });

  it('reads every kind of import', () => {
    const text =
      "---\nimport A from '../a.astro';\nimport type { B } from './b';\nimport './c.css';\nexport { d } from '../d';\nexport * from './e';\nconst f = await import('./f');\n---";
    expect(importsOf(text)).toEqual(['../a.astro', './b', './c.css', '../d', './e', './f']);
  });
});

describe('the house as built', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const files = sourceFiles(path.join(root, 'src')).map((f) => path.relative(root, f).split(path.sep).join('/'));
  const imports = new Map(files.map((file) => [file, importsOf(readFileSync(path.join(root, file), 'utf8'))]));

  it('reads the whole tree', () => {
    expect(files.length).toBeGreaterThan(150);
    for (const room of ['vocab', 'schemas', 'lib', 'collections', 'components', 'pages'] as const) {
      expect(
        files.some((f) => roomOf(f) === room),
        room,
      ).toBe(true);
    }
  });

  it('keeps every arrow one way: no folder imports a folder its row does not allow', () => {
    const violations = [...imports].flatMap(([file, specs]) => check(file, specs));
    expect(violations.map((v) => `${v.file}: ${v.spec} (${v.rule})`)).toEqual([]);
  });

  it('every exception is still needed', () => {
    for (const { file, to } of EXCEPTIONS) {
      const specs = imports.get(file) ?? [];
      expect(
        specs.some((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)) === to),
        `${file} → ${to}`,
      ).toBe(true);
    }
  });
});

describe('names that fit', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const files = sourceFiles(path.join(root, 'src')).map((f) => path.relative(root, f).split(path.sep).join('/'));

  it('every custom element the site defines carries the dv- prefix', () => {
    const defined = files.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/customElements\.define\(\s*['"]([^'"]+)['"]/g)].map(
        (m) => `${file}: ${m[1]}`,
      ),
    );
    expect(defined.length).toBeGreaterThanOrEqual(4);
    expect(defined.filter((d) => !/: dv-[a-z-]+$/.test(d))).toEqual([]);
  });

  it('no vi.json key family stands beside its own plural (embed. and embeds. were one family in two)', () => {
    const families = new Set(
      Object.keys(JSON.parse(readFileSync(path.join(root, 'src/i18n/vi.json'), 'utf8')) as object).map(
        (k) => k.split('.')[0]!,
      ),
    );
    expect(families.size).toBeGreaterThan(10);
    expect([...families].filter((f) => families.has(`${f}s`))).toEqual([]);
  });
});

describe('browser tests', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const testFiles = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : testFiles(rel);
      return entry.name.endsWith('.test.ts') ? [rel] : [];
    });
  const all = [...testFiles('src'), ...testFiles('scripts'), ...testFiles('tests')].filter(
    (f) => f !== 'src/architecture.test.ts',
  );
  /** A test that starts Chromium: through the shared helpers, or (refused below) on its own. */
  const launches = (text: string) =>
    /\b(launchBrowser|useBuildInBrowser)\s*\(|\bchromium\s*\.\s*launch|from ['"]puppeteer|chrome-launcher/.test(text);

  it('finds the browser tests', () => {
    expect(all.filter((f) => f.endsWith('.browser.test.ts')).length).toBeGreaterThanOrEqual(8);
  });

  it('every test that starts a browser carries the .browser.test.ts suffix and starts it through tests/helpers/browser.ts', () => {
    const wrong: string[] = [];
    for (const file of all) {
      const text = readFileSync(path.join(root, file), 'utf8');
      if (launches(text) && !file.endsWith('.browser.test.ts'))
        wrong.push(`${file}: starts a browser without the .browser.test.ts suffix`);
      if (/\bchromium\s*\.\s*launch|executablePath/.test(text))
        wrong.push(`${file}: launches Chromium itself instead of launchBrowser() / useBuildInBrowser()`);
    }
    expect(wrong).toEqual([]);
  });
});
