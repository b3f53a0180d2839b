/** The staff editor page (/quan-tri/): a shell for Decap CMS; noindex, outside sitemap, search and feeds. */
import type { APIRoute } from 'astro';
import { backendFromEnv } from '../../lib/editor/cms-config';
import { editorPage } from '../../lib/editor/editor-files-fs';

const NOT_CONFIGURED =
  'Trình biên tập chưa được nối với kho git dùng chung của tỉnh (biến EDITOR_BACKEND khi dựng trang). Trên máy một cơ quan, dùng lệnh <code>npm run editor</code>; cách cấu hình chế độ dùng chung có trong docs/huong-dan-bien-tap.md.';

export const GET: APIRoute = () => {
  const backend = backendFromEnv(process.env);
  return new Response(editorPage(process.cwd(), backend, backend.configured ? undefined : NOT_CONFIGURED), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
};
