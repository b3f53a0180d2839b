/** RSS feed of published stories, newest first; links are absolute and follow SITE_URL and BASE_PATH. */
import { ROUTES, storyPath } from '../../lib/routes';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { galleryStories } from '../../collections/stories';
import { t } from '../../i18n/t';
import { href } from '../../lib/paths';

export async function GET(context: APIContext) {
  const stories = await galleryStories();
  return rss({
    title: t('gallery.rss.title'),
    description: t('gallery.rss.description'),
    site: new URL(href(ROUTES.gallery), context.site).href,
    customData: '<language>vi</language>',
    items: stories.map((s) => ({
      title: s.entry.data.illustrative ? `${s.title} (${t('story.illustrative')})` : s.title,
      description: s.entry.data.summary,
      pubDate: s.published,
      link: new URL(href(storyPath(s.slug)), context.site).href,
      categories: s.fields.map(String),
    })),
  });
}
