/** RSS feed of updates: new results and datasets (stories have their own feed). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadResultsContext } from '../collections/results';
import { t } from '../i18n/t';
import { datasets } from '../lib/results/datasets';
import { updateItems } from '../lib/feeds/updates';
import { parseIsoDate } from '../vocab/format-date-vi';
import { href } from '../lib/paths';

export async function GET(context: APIContext) {
  const ctx = await loadResultsContext();
  const items = updateItems({
    years: ctx.years,
    datasets: datasets(ctx),
    labels: {
      results: (year) => t('feed.updates.results', { year }),
      resultsBody: (year) => t('feed.updates.resultsBody', { year }),
      dataset: (title) => t('feed.updates.dataset', { title }),
      sample: t('feed.updates.sample'),
    },
  });
  return rss({
    title: t('feed.updates.title'),
    description: t('feed.updates.description'),
    site: new URL(href('/'), context.site).href,
    customData: '<language>vi</language>',
    items: items.map((i) => ({
      title: i.title,
      description: i.description,
      pubDate: parseIsoDate(i.date),
      link: new URL(href(i.path), context.site).href,
    })),
  });
}
