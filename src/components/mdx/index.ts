/**
 * The components story writers may use in content/stories/<thư-mục>/index.mdx, without importing
 * them: the story page hands this map to the MDX content.
 */
import Figure from './Figure.astro';
import KeyFacts from './KeyFacts.astro';
import PhotoSeries from './PhotoSeries.astro';
import ResidentQuote from './ResidentQuote.astro';
import VideoLink from './VideoLink.astro';

export const mdxComponents = { Figure, KeyFacts, PhotoSeries, ResidentQuote, VideoLink };
