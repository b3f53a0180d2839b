import { describe, expect, it } from 'vitest';
import {
  buildMode,
  deployProblems,
  isLocalOrigin,
  publicationSummary,
  refusalMessage,
  siteUrlProblem,
  type PublicationFacts,
} from './publication';

const ready: PublicationFacts = {
  siteUrl: 'https://danvan.hungyen.gov.vn',
  illustrativeStories: [],
  sampleYears: [],
  operatorKnown: true,
};

describe('buildMode', () => {
  it.each([
    [{}, { deploy: false, allowSamples: false, demo: false }],
    [{ ALLOW_SAMPLES: '1' }, { deploy: false, allowSamples: true, demo: false }],
    [{ DV_DEPLOY: '1' }, { deploy: true, allowSamples: false, demo: false }],
    [
      { DV_DEPLOY: '1', ALLOW_SAMPLES: '1' },
      { deploy: true, allowSamples: true, demo: true },
    ],
    // Only the exact value: "true" or "yes" must not publish samples by accident.
    [
      { DV_DEPLOY: '1', ALLOW_SAMPLES: 'true' },
      { deploy: true, allowSamples: false, demo: false },
    ],
    [
      { DV_DEPLOY: '1', ALLOW_SAMPLES: ' 1' },
      { deploy: true, allowSamples: false, demo: false },
    ],
  ])('%j → %j', (env, mode) => {
    expect(buildMode(env)).toEqual(mode);
  });
});

describe('siteUrlProblem', () => {
  it.each([
    ['https://danvan.hungyen.gov.vn', false],
    ['https://danvan.hungyen.gov.vn/', false],
    ['http://127.0.0.1:8080', false],
    ['http://localhost:4321', false],
    [undefined, true],
    ['', true],
    ['   ', true],
    ['danvan.hungyen.gov.vn', true],
    ['ftp://x.gov.vn', true],
    ['https://x.gov.vn/dan-van/', true],
  ])('%j refused: %s', (url, refused) => {
    const problem = siteUrlProblem(url);
    expect(problem !== null).toBe(refused);
    if (problem) expect(problem).toMatch(/SITE_URL/);
  });

  it.each([
    ['http://127.0.0.1:8080', true],
    ['http://localhost:4321', true],
    ['https://danvan.hungyen.gov.vn', false],
    ['not a url', false],
  ])('isLocalOrigin(%j) = %s', (url, local) => {
    expect(isLocalOrigin(url)).toBe(local);
  });
});

describe('deployProblems', () => {
  it('a ready site has none', () => {
    expect(deployProblems(ready)).toEqual([]);
  });

  it.each<[string, Partial<PublicationFacts>, RegExp]>([
    ['no SITE_URL', { siteUrl: undefined }, /Chưa đặt SITE_URL.*localhost:4321/],
    [
      'an illustrative story',
      { illustrativeStories: ['content/stories/a/index.mdx'] },
      /1 bài “Dân vận khéo” là bài minh họa.*content\/stories\/a\/index\.mdx/,
    ],
    ['sample results', { sampleYears: [2023, 2024] }, /Kết quả năm 2023, 2024 là dữ liệu minh họa/],
    ['no operator', { operatorKnown: false }, /data\/van-hanh\.yaml/],
  ])('%s: exactly one Vietnamese reason, saying what to fix', (_name, change, message) => {
    const problems = deployProblems({ ...ready, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('lists at most five story files, then how many more', () => {
    const files = Array.from({ length: 8 }, (_, i) => `content/stories/s${i}/index.mdx`);
    const [problem] = deployProblems({ ...ready, illustrativeStories: files });
    expect(problem).toContain('s4/index.mdx và 3 bài khác');
    expect(problem).not.toContain('s5/');
  });

  it('the refusal names every problem, the output folder and the way out', () => {
    const message = refusalMessage(
      deployProblems({ siteUrl: undefined, illustrativeStories: ['x'], sampleYears: [2025], operatorKnown: false }),
      'dist',
    );
    expect(message.split('\n').filter((l) => l.startsWith('  • '))).toHaveLength(4);
    expect(message).toContain('Chưa ghi gì vào dist/.');
    expect(message).toContain('ALLOW_SAMPLES=1');
  });
});

describe('publicationSummary', () => {
  const base = {
    site: 'https://x.gov.vn',
    base: '/dan-van/',
    outDir: 'dist',
    pages: 75,
    stories: { published: 15, drafts: 1, illustrative: 2 },
    datasets: 9,
    allowed: [],
  };
  it.each([
    [buildMode({}), 'Bản xem trước (không dùng để đăng)'],
    [buildMode({ DV_DEPLOY: '1' }), 'Bản để đăng'],
    [buildMode({ DV_DEPLOY: '1', ALLOW_SAMPLES: '1' }), 'Bản trình diễn'],
  ])('names the kind of build (%j)', (mode, kind) => {
    const lines = publicationSummary({
      ...base,
      mode,
      years: [
        { year: 2024, sample: false },
        { year: 2025, sample: true },
      ],
    });
    expect(lines[0]).toContain(kind);
    expect(lines).toContain('  Địa chỉ: https://x.gov.vn, đường dẫn gốc /dan-van/');
    expect(lines).toContain('  Trang: 75');
    expect(lines).toContain('  Bài “Dân vận khéo”: 15 bài đăng (2 bài minh họa), 1 bản nháp không đăng');
    expect(lines).toContain('  Kết quả các năm: 2024, 2025 (dữ liệu minh họa: 2025)');
    expect(lines).toContain('  Bộ dữ liệu mở: 9');
  });
});
