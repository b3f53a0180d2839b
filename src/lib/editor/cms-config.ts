/**
 * The whole Decap CMS configuration of the staff editor at /quan-tri/: where stories live, how a
 * new one is named and stored, which git host it saves to, and the story form generated from the
 * schema (story-form.ts). Written to /quan-tri/config.yml at build time, and served by
 * `npm run editor` with the local backend.
 */
import yaml from 'js-yaml';
import { STORIES_DIR, STORY_FILES } from '../stories/check-stories';
import { storyFormFields, type CmsField, type StoryFormInput } from './story-form';

/** Where the editor saves. */
export type EditorBackend =
  /** One office PC: decap-server writes to the working copy (npm run editor). */
  | { kind: 'local'; proxyUrl: string }
  /** GitLab (self-hosted or gitlab.com), login with an OAuth application (PKCE, no server secret). */
  | { kind: 'gitlab'; repo: string; branch: string; baseUrl: string; appId: string }
  /** Gitea or Forgejo (self-hosted), login with an OAuth2 application (PKCE). */
  | { kind: 'gitea' | 'forgejo'; repo: string; branch: string; baseUrl: string; appId: string }
  /** GitHub: needs a small OAuth server of the province's own (GitHub requires a secret). */
  | { kind: 'github'; repo: string; branch: string; authUrl: string };

/** The file the editor writes in each story folder: Markdown, never MDX (MDX is code). */
export const EDITOR_STORY_FILE = STORY_FILES[1];
/** Pictures not tied to one story (required by Decap; the checker skips `_` folders). */
export const SHARED_MEDIA_FOLDER = `${STORIES_DIR}/_anh-chung`;

/**
 * The `backend` block Decap reads.
 *
 * @example
 * backendConfig({ kind: 'gitlab', repo: 'so-tttt/dan-van', branch: 'main', baseUrl: 'https://git.hungyen.gov.vn', appId: 'abc' }).api_root
 * // 'https://git.hungyen.gov.vn/api/v4'
 */
export function backendConfig(backend: EditorBackend): Record<string, unknown> {
  switch (backend.kind) {
    case 'local':
      return { name: 'proxy', proxy_url: backend.proxyUrl, branch: 'main' };
    case 'gitlab':
      return {
        name: 'gitlab',
        repo: backend.repo,
        branch: backend.branch,
        base_url: backend.baseUrl,
        api_root: `${backend.baseUrl}/api/v4`,
        auth_type: 'pkce',
        app_id: backend.appId,
        squash_merges: true,
      };
    case 'gitea':
    case 'forgejo':
      return {
        name: backend.kind,
        repo: backend.repo,
        branch: backend.branch,
        base_url: backend.baseUrl,
        api_root: `${backend.baseUrl}/api/v1`,
        app_id: backend.appId,
      };
    case 'github':
      return {
        name: 'github',
        repo: backend.repo,
        branch: backend.branch,
        base_url: backend.authUrl,
        auth_endpoint: 'auth',
      };
  }
}

/**
 * The origins the editor talks to besides its own (for its CSP): the git host's API and login.
 *
 * @example
 * backendOrigins({ kind: 'local', proxyUrl: '/api/v1' }) // []
 */
export function backendOrigins(backend: EditorBackend): string[] {
  switch (backend.kind) {
    case 'local':
      return [];
    case 'github':
      return ['https://api.github.com', new URL(backend.authUrl).origin];
    default:
      return [new URL(backend.baseUrl).origin];
  }
}

/**
 * Read the shared-mode backend from build-time variables (docs/huong-dan-bien-tap.md):
 * EDITOR_BACKEND (gitlab | gitea | forgejo | github), EDITOR_REPO, EDITOR_BRANCH, EDITOR_BASE_URL,
 * EDITOR_APP_ID, EDITOR_AUTH_URL. Without EDITOR_BACKEND the editor is built for GitLab with
 * placeholders and says so on its login page; a half-set configuration stops the build.
 *
 * @example
 * backendFromEnv({}).kind // 'gitlab'
 */
export function backendFromEnv(env: Record<string, string | undefined>): EditorBackend & { configured: boolean } {
  const kind = env.EDITOR_BACKEND?.trim();
  const branch = env.EDITOR_BRANCH?.trim() || 'main';
  if (!kind)
    return {
      kind: 'gitlab',
      repo: 'chua-cau-hinh/dan-van',
      branch,
      baseUrl: 'https://git.example.invalid',
      appId: 'chua-cau-hinh',
      configured: false,
    };
  const need = (name: string): string => {
    const value = env[name]?.trim();
    if (!value)
      throw new Error(
        `Trình biên tập /quan-tri/: EDITOR_BACKEND=${kind} cần biến ${name}. Cách sửa: xem mục “Chế độ dùng chung” trong docs/huong-dan-bien-tap.md.`,
      );
    return value;
  };
  const url = (name: string): string => {
    const value = need(name).replace(/\/+$/, '');
    if (!/^https:\/\/[^/]+/.test(value))
      throw new Error(`Trình biên tập /quan-tri/: ${name} phải là địa chỉ https://…, đang là "${value}".`);
    return value;
  };
  switch (kind) {
    case 'gitlab':
    case 'gitea':
    case 'forgejo':
      return {
        kind,
        repo: need('EDITOR_REPO'),
        branch,
        baseUrl: url('EDITOR_BASE_URL'),
        appId: need('EDITOR_APP_ID'),
        configured: true,
      };
    case 'github':
      return { kind, repo: need('EDITOR_REPO'), branch, authUrl: url('EDITOR_AUTH_URL'), configured: true };
    default:
      throw new Error(
        `Trình biên tập /quan-tri/: EDITOR_BACKEND chỉ nhận gitlab, gitea, forgejo hoặc github, đang là "${kind}".`,
      );
  }
}

export interface CmsConfigInput extends StoryFormInput {
  backend: EditorBackend;
  /** Public address of the site (SITE_URL + base), for "view live" links. */
  siteUrl: string;
}

/**
 * The Decap configuration object.
 *
 * @example
 * cmsConfig({ places, points, backend: { kind: 'local', proxyUrl: '/api/v1' }, siteUrl: 'http://localhost:4321/' }).collections[0].name // 'stories'
 */
export function cmsConfig({ places, points, backend, siteUrl }: CmsConfigInput) {
  const fields: CmsField[] = storyFormFields({ places, points });
  return {
    backend: backendConfig(backend),
    locale: 'vi',
    site_url: siteUrl,
    display_url: siteUrl,
    publish_mode: 'simple',
    // The schema refuses `agency: ""`: an empty optional field is left out, as staff would.
    omit_empty_optional_fields: true,
    media_folder: SHARED_MEDIA_FOLDER,
    // ASCII file and folder names: "Đổi mới" → "doi-moi" (tone marks and đ folded).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'stories',
        label: 'Bài “Dân vận khéo”',
        label_singular: 'bài',
        description:
          'Các mô hình “Dân vận khéo”. Bài mới là bản nháp cho đến khi tắt ô “Bản nháp”. Bài viết bằng MDX (có thành phần như KeyFacts) sửa bằng trình soạn thảo văn bản, không hiện ở đây.',
        folder: STORIES_DIR,
        extension: 'md',
        format: 'frontmatter',
        create: true,
        delete: false,
        // One folder per story, its pictures beside index.md.
        path: `{{slug}}/${EDITOR_STORY_FILE.replace(/\.md$/, '')}`,
        slug: '{{title}}',
        media_folder: '',
        public_folder: '',
        summary: '{{title}} ({{year}})',
        sortable_fields: ['published', 'title', 'year'],
        fields,
      },
    ],
  };
}

/**
 * The configuration as YAML, with a header saying where it comes from.
 *
 * @example
 * cmsConfigYaml(input).startsWith('# ') // true
 */
export function cmsConfigYaml(input: CmsConfigInput): string {
  const header =
    '# Tạo tự động khi dựng trang từ src/schemas/story.ts, data/dia-ban.yaml, các điểm của Chỉ thị và phương châm.\n# Đừng sửa tay: sửa các nguồn đó (xem src/lib/editor/cms-config.ts).\n';
  return header + yaml.dump(cmsConfig(input), { lineWidth: -1, noRefs: true, quotingType: '"' });
}
