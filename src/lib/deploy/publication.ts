/**
 * What a build may publish. `npm run build` is the deploy build (DV_DEPLOY=1): it refuses to
 * publish illustrative content, a missing public address or an unnamed operator, unless the
 * operator asks for a demonstration with ALLOW_SAMPLES=1 — then every page carries a banner.
 * `astro build` alone (npm start, npm test) is a preview build and checks nothing.
 * Messages are for the staff who deploy, in Vietnamese. Pure: the integration
 * (src/integrations/publication.ts) gathers the inputs and prints.
 */

/** The build settings that matter here, from the environment. */
export interface BuildEnv {
  DV_DEPLOY?: string | undefined;
  ALLOW_SAMPLES?: string | undefined;
  SITE_URL?: string | undefined;
}

export interface BuildMode {
  /** `npm run build`: the publication checks run. */
  deploy: boolean;
  /** ALLOW_SAMPLES=1 (exactly): a deploy build goes on despite the checks. */
  allowSamples: boolean;
  /** A deploy build made with ALLOW_SAMPLES=1: every page shows the demonstration banner. */
  demo: boolean;
}

/**
 * @example
 * buildMode({ DV_DEPLOY: '1', ALLOW_SAMPLES: '1' }) // { deploy: true, allowSamples: true, demo: true }
 * buildMode({ ALLOW_SAMPLES: '1' }).demo // false: a preview build shows no banner
 */
export function buildMode(env: BuildEnv): BuildMode {
  const deploy = env.DV_DEPLOY === '1';
  // The exact name and value: deploy scripts rely on it, and "true" or "yes" must not pass by accident.
  const allowSamples = env.ALLOW_SAMPLES === '1';
  return { deploy, allowSamples, demo: deploy && allowSamples };
}

/**
 * Whether this process is a deploy build made with ALLOW_SAMPLES=1 (layouts show the banner).
 *
 * @example
 * isDemoBuild({ DV_DEPLOY: '1', ALLOW_SAMPLES: '1' }) // true
 */
export function isDemoBuild(env: BuildEnv = process.env): boolean {
  return buildMode(env).demo;
}

/**
 * A problem with SITE_URL for a deploy build, or null when it is usable. A local address
 * (http://127.0.0.1:8080) is fine when set on purpose, e.g. to try a deploy build locally.
 *
 * @example
 * siteUrlProblem(undefined) // 'Chưa đặt SITE_URL …'
 * siteUrlProblem('https://danvan.hungyen.gov.vn') // null
 */
export function siteUrlProblem(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) {
    return 'Chưa đặt SITE_URL (địa chỉ công khai của trang, ví dụ SITE_URL=https://ten-mien-cua-tinh.gov.vn). Thiếu nó, mọi liên kết chia sẻ, trích dẫn, RSS, sơ đồ trang và mã nhúng sẽ trỏ về http://localhost:4321.';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL="${value}" không phải một địa chỉ trang; ghi đầy đủ, ví dụ https://ten-mien-cua-tinh.gov.vn.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL="${value}" phải bắt đầu bằng https:// (hoặc http://).`;
  if (url.pathname !== '/' || url.search || url.hash) {
    return `SITE_URL="${value}" chỉ ghi tên miền (ví dụ https://ten-mien-cua-tinh.gov.vn); đường dẫn con như /dan-van/ đặt ở BASE_PATH.`;
  }
  return null;
}

/**
 * Whether an origin is this machine's own (allowed only when set explicitly).
 *
 * @example
 * isLocalOrigin('http://127.0.0.1:8080') // true
 * isLocalOrigin('https://hungyen.gov.vn') // false
 */
export function isLocalOrigin(raw: string): boolean {
  try {
    const host = new URL(raw).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
  } catch {
    return false;
  }
}

/** What a deploy build would publish, as far as the checks need. */
export interface PublicationFacts {
  siteUrl: string | undefined;
  /** Files of published (non-draft) stories marked `illustrative: true`. */
  illustrativeStories: readonly string[];
  /** Published result years whose data is generated sample data. */
  sampleYears: readonly number[];
  /** Whether data/van-hanh.yaml names the operator and a way to reach them. */
  operatorKnown: boolean;
}

/**
 * Every reason a deploy build must not publish as is (empty: good to publish).
 *
 * @example
 * deployProblems({ siteUrl: 'https://x.gov.vn', illustrativeStories: [], sampleYears: [2024], operatorKnown: true })
 * // ['Kết quả năm 2024 là dữ liệu minh họa …']
 */
export function deployProblems(facts: PublicationFacts): string[] {
  const problems: string[] = [];
  const site = siteUrlProblem(facts.siteUrl);
  if (site) problems.push(site);
  const n = facts.illustrativeStories.length;
  if (n > 0) {
    const shown = facts.illustrativeStories.slice(0, 5).join(', ');
    problems.push(
      `${n} bài “Dân vận khéo” là bài minh họa (illustrative: true), không phải mô hình có thật: ${shown}${n > 5 ? ` và ${n - 5} bài khác` : ''}. Xóa các bài này hoặc thay bằng bài thật trước khi đăng.`,
    );
  }
  if (facts.sampleYears.length > 0) {
    problems.push(
      `Kết quả năm ${facts.sampleYears.join(', ')} là dữ liệu minh họa do máy tạo (sample: true trong data/results/NĂM.json). Xóa các tệp đó và nhập bảng điểm thật (xem docs/nhap-ket-qua.md).`,
    );
  }
  if (!facts.operatorKnown) {
    problems.push(
      'Trang chưa nói ai chịu trách nhiệm: data/van-hanh.yaml cần tên cơ quan chủ quản (owner) hoặc đơn vị vận hành (operator), và ít nhất một cách liên hệ (email, phone, address hoặc feedback). Chỉ ghi thông tin đã được xác nhận.',
    );
  }
  return problems;
}

/**
 * The message a refused deploy build stops with.
 *
 * @example
 * refusalMessage(['Chưa đặt SITE_URL …'], 'dist').startsWith('Không dựng bản để đăng') // true
 */
export function refusalMessage(problems: readonly string[], outDir: string): string {
  return [
    'Không dựng bản để đăng (npm run build): trang chưa sẵn sàng để công bố.',
    ...problems.map((p) => `  • ${p}`),
    `Chưa ghi gì vào ${outDir}/.`,
    'Muốn dựng một bản trình diễn (mọi trang có dòng “Bản trình diễn — nội dung minh họa”), chạy lại với ALLOW_SAMPLES=1.',
    'Xem docs/trien-khai.md. Xem trước trên máy mình thì dùng npm start.',
  ].join('\n');
}

/** What a finished build contains, for the closing summary. */
export interface BuildFacts {
  mode: BuildMode;
  site: string;
  base: string;
  outDir: string;
  pages: number;
  stories: { published: number; drafts: number; illustrative: number };
  years: ReadonlyArray<{ year: number; sample: boolean }>;
  datasets: number;
  /** Problems a deploy build went on with because of ALLOW_SAMPLES=1. */
  allowed: readonly string[];
}

/**
 * The short publication summary printed at the end of every build.
 *
 * @example
 * publicationSummary({ mode: buildMode({}), site: 'http://localhost:4321', base: '/', outDir: 'dist', pages: 75,
 *   stories: { published: 15, drafts: 1, illustrative: 15 }, years: [{ year: 2025, sample: true }], datasets: 9, allowed: [] })[0]
 * // 'Bản xem trước (không dùng để đăng) đã dựng xong vào dist/:'
 */
export function publicationSummary(f: BuildFacts): string[] {
  const kind = f.mode.demo
    ? 'Bản trình diễn (ALLOW_SAMPLES=1, mọi trang có dòng báo nội dung minh họa)'
    : f.mode.deploy
      ? 'Bản để đăng'
      : 'Bản xem trước (không dùng để đăng)';
  const samples = f.years.filter((y) => y.sample).map((y) => y.year);
  const years = f.years.length ? f.years.map((y) => y.year).join(', ') : 'chưa có';
  return [
    `${kind} đã dựng xong vào ${f.outDir}/:`,
    `  Địa chỉ: ${f.site}, đường dẫn gốc ${f.base}`,
    `  Trang: ${f.pages}`,
    `  Bài “Dân vận khéo”: ${f.stories.published} bài đăng (${f.stories.illustrative} bài minh họa), ${f.stories.drafts} bản nháp không đăng`,
    `  Kết quả các năm: ${years}${samples.length ? ` (dữ liệu minh họa: ${samples.join(', ')})` : ''}`,
    `  Bộ dữ liệu mở: ${f.datasets}`,
    ...f.allowed.map((p) => `  Lưu ý (cho phép vì ALLOW_SAMPLES=1): ${p}`),
  ];
}
