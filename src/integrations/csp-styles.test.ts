import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { styleHash, withStyleHashes } from '../lib/deploy/inline-styles';
import { STYLE_HASHES } from '../lib/deploy/security-headers';
import { cspStyles } from './csp-styles';

/** The integration's hooks run on a fake build: a project root with deploy/ and an output folder. */
type Hook = (options: unknown) => Promise<void> | void;

describe('cspStyles()', () => {
  let root: string;
  let out: string;
  const logger = { info: vi.fn(), warn: vi.fn() };
  const allowedCss = 'a{}';

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'csp-styles-'));
    out = path.join(root, 'dist');
    mkdirSync(path.join(root, 'deploy'));
    mkdirSync(path.join(out, 'quan-tri'), { recursive: true });
    logger.info.mockClear();
    logger.warn.mockClear();
    vi.unstubAllEnvs();
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  /** Run the hooks over pages whose only style block is `css`, with deploy/ allowing `deployHashes`. */
  async function build(css: string, deployHashes: readonly string[]): Promise<void> {
    const policy = (hashes: readonly string[]) =>
      withStyleHashes(
        `add_header Content-Security-Policy "default-src 'self'; style-src 'self'; img-src 'self'" always;\n`,
        hashes,
      );
    writeFileSync(path.join(root, 'deploy/nginx.conf'), policy(deployHashes));
    writeFileSync(path.join(root, 'deploy/.htaccess'), policy(deployHashes));
    writeFileSync(
      path.join(out, 'index.html'),
      `<!doctype html><html><head><style>${css}</style></head><body></body></html>`,
    );
    // The editor styles itself inline under its own policy: not counted.
    writeFileSync(path.join(out, 'quan-tri/index.html'), '<style>.cms{}</style>');
    const hooks = cspStyles().hooks as Record<string, Hook>;
    await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`) } });
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
  }

  const written = () =>
    JSON.parse(readFileSync(path.join(out, 'csp-style-hashes.json'), 'utf8')) as { hashes: string[] };

  it('writes the hashes the pages need, the editor left out', async () => {
    await build(allowedCss, STYLE_HASHES);
    expect(written().hashes).toEqual([styleHash(allowedCss)]);
  });

  it('a preview build warns, naming the blocked style and the deploy files, and still finishes', async () => {
    await build('b{color:red}', [styleHash('b{color:red}')]);
    const warnings = logger.warn.mock.calls.map((c) => String(c[0]));
    // The checked-in list (security-headers.ts) does not have this CSS's hash.
    expect(
      warnings.some((w) => w.includes(`Thiếu 1 (máy chủ sẽ chặn các khối CSS này): ${styleHash('b{color:red}')}`)),
    ).toBe(true);
    expect(warnings.some((w) => w.startsWith('deploy/'))).toBe(false);
  });

  it('a deploy build stops when deploy/ lacks a hash the pages need', async () => {
    vi.stubEnv('DV_DEPLOY', '1');
    await expect(build('c{}', [])).rejects.toThrow(
      /deploy\/nginx\.conf: style-src không khớp[\s\S]*deploy\/\.htaccess: style-src không khớp/,
    );
  });

  it('a page with a style attribute or a stylesheet link is reported', async () => {
    await build(allowedCss, STYLE_HASHES);
    writeFileSync(path.join(out, 'a.html'), '<link rel="stylesheet" href="/x.css"><p style="color:red">x</p>');
    const hooks = cspStyles().hooks as Record<string, Hook>;
    await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`) } });
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
    const warnings = logger.warn.mock.calls.map((c) => String(c[0]));
    expect(warnings).toContain(
      'a.html: <link rel="stylesheet" href="/x.css"> chặn lần hiển thị đầu (CSS phải nằm trong trang)',
    );
    expect(warnings).toContain('a.html: thuộc tính style="…" trên <p> (CSP chặn nó; dùng một class)');
  });
});
