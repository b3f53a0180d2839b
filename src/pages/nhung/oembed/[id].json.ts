import type { APIRoute, GetStaticPaths } from 'astro';
import { loadWidgets } from '../../../collections/widgets';
import { embedCode, type Widget } from '../../../lib/embed/widgets';
import { RESIZE_SCRIPT, resizeScript } from '../../../lib/embed/resize-script-fs';
import { href } from '../../../lib/paths';
import { t } from '../../../i18n/t';

/** oEmbed 1.0 (rich) for each widget: /nhung/oembed/<id>.json, discovered from the widget page. */
export const getStaticPaths = (async () =>
  (await loadWidgets()).map((widget) => ({ params: { id: widget.id }, props: { widget } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ widget: Widget }> = ({ props: { widget }, site }) => {
  const abs = (path: string) => new URL(href(path), site).href;
  const body = {
    version: '1.0',
    type: 'rich',
    title: widget.title,
    provider_name: t('site.name'),
    provider_url: abs('/'),
    html: embedCode(widget, abs(widget.path), resizeScript(abs(RESIZE_SCRIPT.path))),
    width: 600,
    height: widget.height,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
