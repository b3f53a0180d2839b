import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Content types for what the build emits. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticServerOptions {
  /** The built site folder (dist/). */
  root: string;
  /** The URL prefix the site lives under; requests outside it get 404. */
  base?: string;
  port?: number;
  host?: string;
  /** Extra response headers: the same for every response, or per request path (e.g. a CSP under test). */
  headers?: Record<string, string> | ((path: string) => Record<string, string>);
}

export interface RunningServer {
  /** The site's root URL, base included, e.g. http://127.0.0.1:4321/dan-van/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Map a request path to a file under `root`, or null when it is outside `base` or escapes `root`.
 *
 * @example
 * resolveRequestPath('/dist', '/dan-van/', '/dan-van/chi-thi/') // '/dist/chi-thi/index.html'
 * resolveRequestPath('/dist', '/dan-van/', '/chi-thi/') // null
 */
export function resolveRequestPath(root: string, base: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (!decoded.startsWith(base) && `${decoded}/` !== base) return null;
  let rel = decoded === base.slice(0, -1) ? '' : decoded.slice(base.length);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/**
 * Serve a built site the way a plain static host does: directory → index.html, 404 page with
 * status 404, nothing outside the base path. Used by `npm start`, tests and the benchmark.
 *
 * @example
 * const server = await startStaticServer({ root: 'dist', base: '/dan-van/', port: 0 });
 * await fetch(server.url); await server.close();
 */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = path.resolve(options.root);
  const base = options.base ?? '/';
  const server = http.createServer(async (req, res) => {
    const h = options.headers ?? {};
    const extra = typeof h === 'function' ? h((req.url ?? '/').split('?')[0]!) : h;
    const send = (file: string, status: number): void => {
      res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...extra });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file).pipe(res);
    };
    const file = resolveRequestPath(root, base, req.url ?? '/');
    const isFile = file
      ? await stat(file).then(
          (s) => s.isFile(),
          () => false,
        )
      : false;
    if (file && isFile) return send(file, 200);
    // A directory asked for without its slash: redirect as static hosts do.
    if (
      file &&
      !req.url?.endsWith('/') &&
      (await stat(file).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    ) {
      res.writeHead(301, { Location: `${req.url}/`, ...extra });
      return void res.end();
    }
    const notFound = path.join(root, '404.html');
    if (
      await stat(notFound).then(
        () => true,
        () => false,
      )
    )
      return send(notFound, 404);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
    res.end('404');
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}${base}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
