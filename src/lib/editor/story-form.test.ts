import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlaces } from '../places/load-places-fs';
import { checkStoryFiles } from '../stories/check-stories-fs';
import { FIELDS } from '../../vocab/fields';
import { PRINCIPLES } from '../../vocab/principles';
import { backendFromEnv, cmsConfig, cmsConfigYaml } from './cms-config';
import { readDirectivePoints } from './directive-points-fs';
import { storyFormFields, storySchemaFor, type CmsField } from './story-form';

/**
 * The form cannot drift from the checker: every expectation below is asked of the story schema
 * (the same factory `npm run check` and the build use), never written down here.
 */
const { places } = readPlaces('data/dia-ban.yaml');
const points = readDirectivePoints('.');
const schema = storySchemaFor(places);
const form = storyFormFields({ places, points });
const byName = new Map(form.map((f) => [f.name, f]));
const field = (name: string): CmsField => {
  const found = byName.get(name);
  if (!found) throw new Error(`no form field ${name}`);
  return found;
};

/** A story the schema accepts; each probe changes one key. */
const valid: Record<string, unknown> = {
  title: 'Chợ quê nói không với túi ni lông',
  summary: 'Người dân cùng bàn cách bỏ túi ni lông ở chợ quê.',
  fields: ['kinh-te'],
  place: 'tinh-hung-yen',
  year: 2024,
  published: '2024-05-02',
  cover: './anh-bia.jpg',
  coverAlt: 'Tranh minh họa cánh đồng',
  points: [3],
};
const accepts = (over: Record<string, unknown>) => {
  const story = { ...valid, ...over };
  for (const [k, v] of Object.entries(story)) if (v === undefined) delete story[k];
  return schema.safeParse(story);
};

describe('story form generated from the schema', () => {
  it('starts from a story the schema accepts', () => {
    expect(accepts({}).success).toBe(true);
  });

  it('has exactly the schema keys, then the body', () => {
    expect(form.map((f) => f.name)).toEqual([...Object.keys(schema.shape), 'body']);
  });

  it.each(Object.keys(schema.shape))(
    '%s: required in the form exactly when the schema refuses a story without it',
    (key) => {
      expect(field(key).required).toBe(!accepts({ [key]: undefined }).success);
    },
  );

  it('every field has a Vietnamese label and a hint', () => {
    for (const f of form) {
      expect(f.label.length, f.name).toBeGreaterThan(2);
      expect(f.hint?.length ?? 0, f.name).toBeGreaterThan(10);
      expect(f.hint!.normalize('NFC')).toBe(f.hint);
    }
  });

  it.each(['title', 'summary', 'coverAlt', 'agency'])(
    '%s: the length rule agrees with the schema at every length around its limits',
    (key) => {
      const pattern = new RegExp(field(key).pattern![0]);
      const lengths = new Set<number>();
      for (let n = 0; n <= 320; n++) lengths.add(n);
      for (const n of lengths) {
        const text = 'a'.repeat(n);
        expect(pattern.test(text), `${key} length ${n}`).toBe(accepts({ [key]: text }).success);
      }
    },
  );

  it('year: the number bounds are the years the schema accepts', () => {
    const { min, max } = field('year');
    for (let year = 1990; year <= 2110; year++) {
      expect(year >= min! && year <= max!, String(year)).toBe(accepts({ year }).success);
    }
  });

  it('points: the options are the numbers the schema accepts, each labelled with its topic', () => {
    const accepted = Array.from({ length: 30 }, (_, i) => i - 5).filter((n) => accepts({ points: [n] }).success);
    expect(field('points').options!.map((o) => o.value)).toEqual(accepted);
    expect(accepted).toHaveLength(8);
    for (const o of field('points').options!) expect(o.label).toContain(points.find((p) => p.n === o.value)!.topic);
  });

  it('fields: the options are the canonical values the schema produces, nothing more or less', () => {
    const candidates = [...FIELDS.flatMap((f) => [f.id, f.label]), 'the-thao', 'y-te'];
    const produced = new Set(
      candidates.flatMap((value) => {
        const parsed = accepts({ fields: [value] });
        return parsed.success ? parsed.data.fields : [];
      }),
    );
    expect(field('fields').options!.map((o) => o.value)).toEqual([...produced]);
  });

  it('principles: the options are the canonical values the schema produces', () => {
    const candidates = [...PRINCIPLES.map((p) => p.id), 'Dân biết', 'dan-hieu'];
    const produced = new Set(
      candidates.flatMap((value) => {
        const parsed = accepts({ principles: [value] });
        return parsed.success ? parsed.data.principles : [];
      }),
    );
    expect(field('principles').options!.map((o) => o.value)).toEqual([...produced]);
  });

  it('place: the options are the places the schema accepts for some year, with their period', () => {
    const accepted = places
      .filter((p) =>
        Array.from({ length: 101 }, (_, i) => 2000 + i).some((year) => accepts({ place: p.id, year }).success),
      )
      .map((p) => p.id);
    expect(field('place').options!.map((o) => o.value)).toEqual(accepted);
    const anThi = field('place').options!.find((o) => o.value === 'huyen-an-thi');
    expect(anThi?.label).toBe('huyện Ân Thi (đến 30/6/2025)');
  });

  it('new stories start as drafts; illustrative is off', () => {
    expect(field('draft').default).toBe(true);
    expect(field('illustrative').default).toBe(false);
  });

  it('a story with every option the form offers passes the schema', () => {
    const all = accepts({
      fields: field('fields').options!.map((o) => o.value),
      points: field('points').options!.map((o) => o.value),
      principles: field('principles').options!.map((o) => o.value),
      agency: 'Ủy ban nhân dân tỉnh',
      draft: true,
      illustrative: false,
    });
    expect(all.success).toBe(true);
  });
});

describe('Decap configuration', () => {
  const input = {
    places,
    points,
    backend: { kind: 'local', proxyUrl: '/api/v1' } as const,
    siteUrl: 'http://localhost:4321/',
  };
  const config = cmsConfig(input);
  const stories = config.collections[0]!;

  it('writes a Markdown index.md in a folder named by an ASCII slug, pictures beside it', () => {
    expect(stories).toMatchObject({
      folder: 'content/stories',
      extension: 'md',
      format: 'frontmatter',
      path: '{{slug}}/index',
      media_folder: '',
      public_folder: '',
    });
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(config.locale).toBe('vi');
    expect(config.omit_empty_optional_fields).toBe(true);
  });

  it('the YAML file says the same as the object', () => {
    expect(yaml.load(cmsConfigYaml(input))).toEqual(JSON.parse(JSON.stringify(config)));
  });

  it.each([
    [
      {
        EDITOR_BACKEND: 'gitlab',
        EDITOR_REPO: 'so/dan-van',
        EDITOR_BASE_URL: 'https://git.hungyen.gov.vn/',
        EDITOR_APP_ID: 'x',
      },
      { name: 'gitlab', api_root: 'https://git.hungyen.gov.vn/api/v4', auth_type: 'pkce' },
    ],
    [
      {
        EDITOR_BACKEND: 'forgejo',
        EDITOR_REPO: 'so/dan-van',
        EDITOR_BASE_URL: 'https://git.hungyen.gov.vn',
        EDITOR_APP_ID: 'x',
      },
      { name: 'forgejo', api_root: 'https://git.hungyen.gov.vn/api/v1' },
    ],
    [
      { EDITOR_BACKEND: 'github', EDITOR_REPO: 'so/dan-van', EDITOR_AUTH_URL: 'https://oauth.hungyen.gov.vn' },
      { name: 'github', base_url: 'https://oauth.hungyen.gov.vn' },
    ],
  ])('shared mode from build variables %#', (env, expected) => {
    expect(cmsConfig({ ...input, backend: backendFromEnv(env) }).backend).toMatchObject(expected);
  });

  it.each([
    [{ EDITOR_BACKEND: 'gitlab', EDITOR_REPO: 'so/dan-van' }, /EDITOR_BASE_URL/],
    [{ EDITOR_BACKEND: 'gitea', EDITOR_REPO: 'a/b', EDITOR_BASE_URL: 'http://git.local', EDITOR_APP_ID: 'x' }, /https/],
    [{ EDITOR_BACKEND: 'bitbucket' }, /chỉ nhận/],
  ])('a half-set shared mode stops the build with a Vietnamese message %#', (env, message) => {
    expect(() => backendFromEnv(env)).toThrow(message);
  });
});

describe('stories written by the editor (index.md) are read by the checker', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'editor-md-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const front = `---\ntitle: Chợ quê\nsummary: Người dân cùng bàn cách bỏ túi ni lông ở chợ quê.\nfields:\n  - kinh-te\nplace: tinh-hung-yen\nyear: 2024\npublished: 2024-05-02\ncover: ./anh.jpg\ncoverAlt: Tranh minh họa\npoints:\n  - 3\n---\nNội dung.\n`;

  it('accepts a folder with index.md and its cover, refuses one with both files', () => {
    for (const [folder, files] of [
      ['cho-que', ['index.md']],
      ['ca-hai', ['index.md', 'index.mdx']],
    ] as const) {
      mkdirSync(path.join(root, 'content/stories', folder), { recursive: true });
      // A real picture: the checker reads its header (format and pixel limits).
      copyFileSync(
        'content/stories/to-hoa-giai-khu-pho/anh-bia.jpg',
        path.join(root, 'content/stories', folder, 'anh.jpg'),
      );
      for (const f of files) writeFileSync(path.join(root, 'content/stories', folder, f), front);
    }
    const { stories, problems } = checkStoryFiles(root, places);
    expect(stories.map((s) => s.file)).toEqual([
      'content/stories/ca-hai/index.mdx',
      'content/stories/cho-que/index.md',
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('có cả index.mdx và index.md');
  });
});
