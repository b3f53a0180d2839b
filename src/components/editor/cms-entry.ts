/**
 * The editor's script (bundled into /quan-tri/cms.js by src/lib/editor/bundle-cms-fs.ts): Decap
 * CMS in Vietnamese, the story preview with the site's styles, and cover paths written the way
 * staff write them by hand (`./anh-bia.jpg`). The configuration is /quan-tri/config.yml.
 */
import CMS from 'decap-cms-app';
import { vi } from 'decap-cms-locales';
import { createElement } from 'react';
import { EDITOR_FILES, PREVIEW_DATA_ID } from '../../lib/editor/editor-page';
import type { PreviewData } from '../../lib/editor/preview-data';
import { StoryPreview, type PreviewProps } from './story-preview';

const data = JSON.parse(document.getElementById(PREVIEW_DATA_ID)?.textContent ?? '{}') as PreviewData;

// decap-cms-locales 3.8.2 has no Vietnamese for the newer Forgejo login button, and its "new"
// button is "＋ bài" with a full-width plus many office fonts lack: say "Tạo bài mới".
CMS.registerLocale('vi', {
  ...vi,
  auth: { ...vi.auth, loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    ...vi.collection,
    collectionTop: {
      ...vi.collection.collectionTop,
      newButton: 'Tạo %{collectionLabel} mới',
      newButtonAriaLabel: 'Tạo %{collectionLabel} mới',
    },
  },
});
CMS.registerPreviewStyle(new URL(EDITOR_FILES.previewCss, document.baseURI).href);
CMS.registerPreviewTemplate('stories', ((props: Omit<PreviewProps, 'data'>) =>
  createElement(StoryPreview, { ...props, data })) as never);

/** Bare file names ("anh.jpg") become "./anh.jpg": the form the site's image loader and staff use. */
CMS.registerEventListener({
  name: 'preSave',
  handler: ({
    entry,
  }: {
    entry: { get(key: 'data'): { get(key: string): unknown; set(key: string, value: unknown): unknown } };
  }) => {
    const entryData = entry.get('data');
    const cover = entryData.get('cover');
    if (typeof cover === 'string' && cover && !/^(\.{1,2}\/|\/|[a-z]+:)/i.test(cover))
      return entryData.set('cover', `./${cover}`);
    return entryData;
  },
} as never);

CMS.init();
