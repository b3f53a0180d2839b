/**
 * The editor on one office PC (`npm run editor`): one local web server gives the editor's files
 * at /quan-tri/ and passes the editor's saves (POST /api/v1) to decap-server, which writes to the
 * content folder on disk. Same origin for both, so the page's CSP stays `connect-src 'self'`. No
 * account, nothing leaves the machine; both servers listen on 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleCms } from '../../src/lib/editor/bundle-cms-fs';
import { editorConfigFile, editorPage, editorPreviewCss } from '../../src/lib/editor/editor-files-fs';
import { EDITOR_FILES } from '../../src/lib/editor/editor-page';

export interface LocalEditorOptions {
  /** The project whose schema, places and styles the editor uses. */
  projectRoot: string;
  /** The folder decap-server writes to (content/stories/… under it); the project itself by default. */
  contentRoot?: string;
  port?: number;
  /** Called with each line decap-server prints (it logs every save). */
  log?: (line: string) => void;
  /** Called after each save with the saved paths. */
  onSave?: (paths: string[]) => void;
}

export interface LocalEditor {
  /** http://127.0.0.1:PORT/quan-tri/ */
  url: string;
  close(): Promise<void>;
}

const API = '/api/v1';

/** Start decap-server on a free port next to ours; resolves when it listens. */
async function startDecapServer(
  contentRoot: string,
  log: (line: string) => void,
): Promise<{ child: ChildProcess; port: number }> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const script = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [script], {
    cwd: contentRoot,
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: contentRoot,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never leave decap-server running after us, whatever way this process ends.
  const stop = () => child.kill();
  process.once('exit', stop);
  child.once('exit', () => process.off('exit', stop));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        log(line);
        if (line.includes('listening')) resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`decap-server stopped (exit ${code})`)));
  });
  return { child, port };
}

/**
 * Start the local editor.
 *
 * @example
 * const editor = await startLocalEditor({ projectRoot: '.' }); // open editor.url, then editor.close()
 */
export async function startLocalEditor({
  projectRoot,
  contentRoot = projectRoot,
  port = 0,
  log = () => {},
  onSave,
}: LocalEditorOptions): Promise<LocalEditor> {
  const root = path.resolve(projectRoot);
  const decap = await startDecapServer(path.resolve(contentRoot), log);
  const backend = { kind: 'local', proxyUrl: API } as const;
  const script = await bundleCms(root);
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'POST' && url === API) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const forward = http.request(
          {
            host: '127.0.0.1',
            port: decap.port,
            path: API,
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
          },
          (answer) => {
            const parts: Buffer[] = [];
            answer.on('data', (c: Buffer) => parts.push(c));
            answer.on('end', () => {
              res.writeHead(answer.statusCode ?? 502, {
                'Content-Type': answer.headers['content-type'] ?? 'application/json',
              });
              res.end(Buffer.concat(parts));
              if (onSave && answer.statusCode === 200) {
                try {
                  const { action, params } = JSON.parse(body.toString()) as {
                    action: string;
                    params?: {
                      entry?: { path: string };
                      dataFiles?: Array<{ path: string }>;
                      assets?: Array<{ path: string }>;
                    };
                  };
                  if (action === 'persistEntry')
                    onSave(
                      [...(params?.dataFiles ?? (params?.entry ? [params.entry] : [])), ...(params?.assets ?? [])].map(
                        (f) => f.path,
                      ),
                    );
                } catch {
                  // Not JSON: decap-server already refused it.
                }
              }
            });
          },
        );
        forward.on('error', () => {
          res.writeHead(502, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: 'decap-server không trả lời' }));
        });
        forward.end(body);
      });
      return;
    }
    const send = (type: string, text: string) => {
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'X-Frame-Options': 'DENY',
        'Content-Security-Policy': "frame-ancestors 'none'",
      });
      res.end(text);
    };
    try {
      // Files are read on each request: a change to the schema or places shows on reload.
      if (url === '/quan-tri/' || url === '/quan-tri/index.html')
        return send('text/html; charset=utf-8', editorPage(root, backend));
      if (url === `/quan-tri/${EDITOR_FILES.config}`)
        return send('text/yaml; charset=utf-8', editorConfigFile(root, backend, 'http://localhost:4321/'));
      if (url === `/quan-tri/${EDITOR_FILES.previewCss}`)
        return send('text/css; charset=utf-8', editorPreviewCss(root));
      if (url === `/quan-tri/${EDITOR_FILES.script}`) return send('text/javascript; charset=utf-8', script);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end(error instanceof Error ? error.message : String(error));
    }
    if (url === '/' || url === '/quan-tri') {
      res.writeHead(302, { Location: '/quan-tri/' });
      return void res.end();
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('404');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/quan-tri/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (decap.child.exitCode === null) {
        const exited = new Promise<void>((resolve) => decap.child.once('exit', () => resolve()));
        decap.child.kill();
        await exited;
      }
    },
  };
}
