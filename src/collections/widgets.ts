/**
 * The embeddable widgets of this build, from the directive's points and the results' figures.
 */
import { loadResultsContext } from './results';
import { t } from '../i18n/t';
import { allFigures } from '../lib/results/figures';
import { buildWidgets, type Widget } from '../lib/embed/widgets';
import { DIRECTIVE_PATH } from '../lib/site-nav';
import { directiveEntry } from './documents';

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
