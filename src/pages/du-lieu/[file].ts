/**
 * Every open dataset file (/du-lieu/<name>.csv|.json) and the SHA-256 manifest, from the same
 * datasetFiles() the /du-lieu/ page lists, so the manifest hashes exactly the bytes served.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadResultsContext } from '../../collections/results';
import { datasetFiles, type DatasetFile } from '../../lib/results/datasets';
import { openDataLicence } from '../../lib/results/licence';

export const getStaticPaths = (async () => {
  const files = datasetFiles(await loadResultsContext(), openDataLicence());
  return files.map((file) => ({ params: { file: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DatasetFile }> = ({ props }) =>
  new Response(props.file.bytes, { headers: { 'Content-Type': props.file.mediaType } });
