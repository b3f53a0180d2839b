/**
 * The embeddable widgets of this build, from the directive's points and the results' figures.
 */
import { getCollection, getEntry } from 'astro:content';
import { loadResultsContext } from '../components/results/results-context';
import { t } from '../i18n/t';
import { allFigures } from '../lib/results/figures';
import { buildWidgets, type Widget } from '../lib/embed/widgets';
import { DIRECTIVE_PATH } from '../lib/site-nav';

/** The directive's content entry (its id is the last segment of DIRECTIVE_PATH). */
export async function directiveEntry() {
  const id = DIRECTIVE_PATH.split('/').filter(Boolean).at(-1)!;
  const entry = await getEntry('documents', id);
  if (!entry) throw new Error(`No document ${id} in content/van-ban/ (DIRECTIVE_PATH is ${DIRECTIVE_PATH})`);
  return entry;
}

export async function loadWidgets(): Promise<Widget[]> {
  const [directive, ctx] = await Promise.all([directiveEntry(), loadResultsContext()]);
  return buildWidgets({
    directivePath: DIRECTIVE_PATH,
    points: directive.data.points,
    figures: allFigures(ctx),
    labels: {
      point: (n, topic) => t('embed.widget.point', { n, topic }),
      stories: t('embed.widget.stories'),
      search: t('embed.widget.search'),
    },
  });
}

/** Published stories, newest first. */
export async function latestStories(limit: number) {
  return (await getCollection('stories', ({ data }) => !data.draft))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id))
    .slice(0, limit);
}
