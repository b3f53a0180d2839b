/**
 * Every file of the staff editor, from the project's sources: the page, the generated Decap
 * configuration, the preview stylesheet and the bundled script. The build writes them to
 * dist/quan-tri/ (src/pages/quan-tri/); `npm run editor` serves them with the local backend.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPlaces } from '../places/load-places-fs';
import { cmsConfigYaml, backendOrigins, type EditorBackend } from './cms-config';
import { readDirectivePoints } from './directive-points-fs';
import { editorCsp, editorHtml } from './editor-page';
import { previewCss } from './preview-css';
import { previewData } from './preview-data';
import type { DirectivePoint } from './story-form';
import type { Place } from '../../vocab/places';

/** Site CSS, in order, and the components whose styles the preview borrows. */
const GLOBAL_CSS = ['src/styles/global.css', 'src/styles/tokens.css'];
const COMPONENTS = ['StoryCard', 'StoryArticle', 'StoryMeta', 'IllustrativeNotice'].map(
  (c) => `src/components/gallery/${c}.astro`,
);

export interface EditorSources {
  places: Place[];
  points: DirectivePoint[];
}

/**
 * The places and the directive's points; a broken places file stops with its Vietnamese messages.
 *
 * @example
 * readEditorSources('.').points.length // 8
 */
export function readEditorSources(root: string): EditorSources {
  const { places, problems } = readPlaces(path.join(root, 'data/dia-ban.yaml'));
  if (problems.length) throw new Error(`Lỗi trong data/dia-ban.yaml:\n${problems.map((p) => `  • ${p}`).join('\n')}`);
  return { places, points: readDirectivePoints(root) };
}

/**
 * @example
 * editorConfigFile('.', { kind: 'local', proxyUrl: '/api/v1' }, 'http://localhost:4321/').includes('name: stories') // true
 */
export function editorConfigFile(root: string, backend: EditorBackend, siteUrl: string): string {
  return cmsConfigYaml({ ...readEditorSources(root), backend, siteUrl });
}

/**
 * @example
 * editorPage('.', { kind: 'local', proxyUrl: '/api/v1' }).startsWith('<!doctype html>') // true
 */
export function editorPage(root: string, backend: EditorBackend, notice?: string): string {
  return editorHtml({
    csp: editorCsp(backendOrigins(backend)),
    preview: previewData(readEditorSources(root)),
    ...(notice ? { notice } : {}),
  });
}

/**
 * @example
 * editorPreviewCss('.').includes('.dv-card') // true
 */
export function editorPreviewCss(root: string): string {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  return previewCss({ globals: GLOBAL_CSS.map(read), components: COMPONENTS.map(read) });
}
