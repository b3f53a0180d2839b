/**
 * What on the site relates to one numbered point of a document (built by
 * src/collections/related.ts, shown by DocumentSection.astro).
 */
export interface RelatedItems {
  /** Stories tagged with this point (already limited for display); illustrative ones carry their mark. */
  stories: Array<{ title: string; url: string; illustrative?: boolean }>;
  /** How many stories are tagged with it in all. */
  storyCount: number;
  /** Gallery listing of all of them, when there are any. */
  storiesUrl: string | null;
  /** Other pages about this point (e.g. the results for point 8). */
  links: Array<{ label: string; url: string; countLabel?: string }>;
}
