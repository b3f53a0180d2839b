import type { APIRoute, GetStaticPaths } from 'astro';
import {
  allDocuments,
  loadDocument,
  loadReferences,
  referencePath,
  type DocumentEntry,
} from '../../collections/documents';
import { documentToJson } from '../../lib/documents/to-json';

/** /van-ban/<slug>.json — the structured document, for anyone who wants to check or reuse it. */
export const getStaticPaths = (async () =>
  (await allDocuments()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: DocumentEntry }> = async ({ props, site }) => {
  const doc = await loadDocument(props.entry, site);
  const json = documentToJson(doc, await loadReferences(), (id) => new URL(referencePath(id), site).href);
  return new Response(`${JSON.stringify(json, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
