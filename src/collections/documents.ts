/**
 * Glue between the content collections and src/lib/documents: load a document entry with the
 * references it cites and return its structure. Pages and endpoints call this, so the page and
 * the JSON are built from one structure and cannot disagree.
 */
import {} from '../lib/routes';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { structureDocument, type StructuredDocument } from '../lib/documents/structure';
import { href } from '../lib/paths';
import { documentPath as documentPathOf, referencePath as referencePathOf } from '../lib/routes';
import { DIRECTIVE_PATH } from '../lib/site-nav';

export type DocumentEntry = CollectionEntry<'documents'>;
export type ReferenceEntry = CollectionEntry<'references'>;

/** The page path of a document: /van-ban/<slug>/. */
export function documentPath(slug: string): string {
  return href(documentPathOf(slug));
}

/** The anchor of a reference on /van-ban/vien-dan/. */
export function referencePath(id: string): string {
  return href(referencePathOf(id));
}

/** Every published document, newest first. */
export async function allDocuments(): Promise<DocumentEntry[]> {
  return (await getCollection('documents')).sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
}

/** The directive's content entry (its id is the last segment of DIRECTIVE_PATH). */
export async function directiveEntry(): Promise<DocumentEntry> {
  const id = DIRECTIVE_PATH.split('/').filter(Boolean).at(-1)!;
  const entry = await getEntry('documents', id);
  if (!entry) throw new Error(`No document ${id} in content/van-ban/ (DIRECTIVE_PATH is ${DIRECTIVE_PATH})`);
  return entry;
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
