/**
 * Serve the built site (dist/) at http://localhost:4321, under BASE_PATH when set.
 * Usage: npm start (builds first) or `tsx scripts/serve.ts [dir]`.
 */
import { normalizeBase } from '../src/lib/paths.ts';
import { startStaticServer } from './lib/static-server.ts';

const root = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const server = await startStaticServer({ root, base: normalizeBase(process.env.BASE_PATH), port, host: '127.0.0.1' });
console.log(`Trang đang chạy tại ${server.url.replace('127.0.0.1', 'localhost')} (Ctrl+C để dừng)`);
