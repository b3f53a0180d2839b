import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequestPath, startStaticServer, type RunningServer } from './static-server';

describe('resolveRequestPath', () => {
  it.each([
    ['/', '/', '/r/index.html'],
    ['/', '/chi-thi/', '/r/chi-thi/index.html'],
    ['/', '/a.css?v=1', '/r/a.css'],
    ['/dan-van/', '/dan-van/', '/r/index.html'],
    ['/dan-van/', '/dan-van', '/r/index.html'],
    ['/dan-van/', '/dan-van/ket-qua/#x', '/r/ket-qua/index.html'],
    ['/dan-van/', '/ket-qua/', null],
    ['/', '/../etc/passwd', null],
    ['/', '/%2e%2e/etc/passwd', null],
    ['/', '/%E0%A4%A', null],
  ])('base %j, %j → %j', (base, url, expected) => {
    expect(resolveRequestPath('/r', base, url)).toBe(expected);
  });
});

describe('startStaticServer', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'dv-serve-'));
    await mkdir(path.join(root, 'chi-thi'));
    await writeFile(path.join(root, 'index.html'), '<p>home</p>');
    await writeFile(path.join(root, 'chi-thi', 'index.html'), '<p>chỉ thị</p>');
    await writeFile(path.join(root, '404.html'), '<p>404</p>');
    server = await startStaticServer({ root, base: '/dan-van/', headers: { 'X-Test': '1' } });
  });
  afterAll(() => server.close());

  it.each([
    ['', 200, 'home'],
    ['chi-thi/', 200, 'chỉ thị'],
    ['khong-co/', 404, '404'],
  ])('GET base + %j → %i', async (rel, status, body) => {
    const res = await fetch(server.url + rel);
    expect(res.status).toBe(status);
    expect(res.headers.get('x-test')).toBe('1');
    expect(await res.text()).toContain(body);
  });

  it('serves nothing outside the base path', async () => {
    const res = await fetch(new URL('/chi-thi/', server.url));
    expect(res.status).toBe(404);
  });

  it('redirects a directory without its slash', async () => {
    const res = await fetch(server.url + 'chi-thi', { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/dan-van/chi-thi/');
  });
});
