/**
 * Glue between the content collections and src/lib/documents: load a document entry with the
 * references it cites and return its structure. Pages and endpoints call this, so the page and
 * the JSON are built from one structure and cannot disagree.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { structureDocument, type StructuredDocument } from '../lib/documents/structure';
import { href } from '../lib/paths';

export type DocumentEntry = CollectionEntry<'documents'>;
export type ReferenceEntry = CollectionEntry<'references'>;

/** The page path of a document: /van-ban/<slug>/. */
export function documentPath(slug: string): string {
  return href(`/van-ban/${slug}/`);
}

/** The anchor of a reference on /van-ban/vien-dan/. */
export function referencePath(id: string): string {
  return href(`/van-ban/vien-dan/#${id}`);
}

/** All references, in the order of the data file. */
export async function loadReferences(): Promise<ReferenceEntry['data'][]> {
  return (await getCollection('references')).map((r) => r.data);
}

/** Structure one document entry (throws with a Vietnamese message on an unknown citation). */
export async function loadDocument(entry: DocumentEntry, site: URL | undefined): Promise<StructuredDocument> {
  const references = await loadReferences();
  return structureDocument({
    slug: entry.id,
    url: new URL(documentPath(entry.id), site).href,
    meta: entry.data,
    body: entry.body ?? '',
    references,
  });
}
