/**
 * The widgets the provincial portal can embed: where each lives under /nhung/, the full page it
 * stands for, and the iframe height it needs without the resize script. One list feeds the
 * /nhung/ page, the oEmbed files and the tests.
 */
import { ROUTES } from '../routes';
import { figurePath, type Figure } from '../results/figures';

export interface Widget {
  /** Stable id, also the oEmbed file name: `diem-3`, `bieu-do-xep-loai-2025`… */
  id: string;
  /** What the widget is, shown to administrators and used as the iframe title. */
  title: string;
  /** Site path of the embed route. */
  path: string;
  /** Site path of the full page it comes from (links open there, outside the frame). */
  fullPath: string;
  /** Fixed iframe height (CSS px) that shows the widget usably without the resize script. */
  height: number;
  group: 'directive' | 'stories' | 'search' | 'charts';
}

/**
 * Fixed iframe heights (CSS px) for a portal that strips the resize script: each kind shows whole
 * in a 600 px wide column (measured on the built widgets: points 585–921 px, latest stories 639,
 * search 187; a chart widget's chart ends at 762–1026 px and its table below scrolls inside the
 * frame). Narrower columns scroll inside the frame. tests/site/embeds.browser.test.ts measures
 * every widget against these.
 */
export const DEFAULT_HEIGHTS = { directive: 960, stories: 680, search: 220, charts: 1060 } as const;

/**
 * Build the widget list.
 *
 * @example
 * buildWidgets({ directivePath: '/van-ban/x/', points: [{ n: 3, topic: 'T' }], figures: [] })[0].path // '/nhung/diem/3/'
 */
export function buildWidgets(input: {
  directivePath: string;
  points: ReadonlyArray<{ n: number; topic: string }>;
  figures: ReadonlyArray<Pick<Figure, 'id' | 'title' | 'year'>>;
  labels?: { point?: (n: number, topic: string) => string; stories?: string; search?: string };
}): Widget[] {
  const label = {
    point: input.labels?.point ?? ((n: number, topic: string) => `Điểm ${n}: ${topic}`),
    stories: input.labels?.stories ?? 'Mô hình “Dân vận khéo” mới nhất',
    search: input.labels?.search ?? 'Ô tìm kiếm',
  };
  return [
    ...input.points.map((p) => ({
      id: `diem-${p.n}`,
      title: label.point(p.n, p.topic),
      path: `/nhung/diem/${p.n}/`,
      fullPath: `${input.directivePath}#diem-${p.n}`,
      height: DEFAULT_HEIGHTS.directive,
      group: 'directive' as const,
    })),
    {
      id: 'mo-hinh-moi',
      title: label.stories,
      path: '/nhung/mo-hinh-moi/',
      fullPath: ROUTES.gallery,
      height: DEFAULT_HEIGHTS.stories,
      group: 'stories' as const,
    },
    {
      id: 'tim-kiem',
      title: label.search,
      path: '/nhung/tim-kiem/',
      fullPath: ROUTES.search,
      height: DEFAULT_HEIGHTS.search,
      group: 'search' as const,
    },
    ...input.figures.map((f) => ({
      id: `bieu-do-${f.id}`,
      title: f.title,
      path: `/nhung/bieu-do/${f.id}/`,
      fullPath: figurePath(f),
      height: DEFAULT_HEIGHTS.charts,
      group: 'charts' as const,
    })),
  ];
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * What a widget frame may do on the portal's page: run its own scripts (charts, the height
 * report) and open links in a new tab, free of the sandbox there. Not allowed: navigating the
 * portal's page (no allow-top-navigation: `top.location = …` throws), and keeping the site's
 * origin (no allow-same-origin). The portal may serve this site under its own origin (a
 * sub-path): there, scripts plus same-origin could reach into the portal's page and lift the
 * sandbox. With an opaque origin the widget's module scripts load as cross-origin requests, so
 * the server sends `Access-Control-Allow-Origin: *` for /_astro/ (security-headers.ts).
 */
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/**
 * The sandbox of one widget: the search box also submits its form (to a new tab, as its links).
 *
 * @example
 * embedSandbox({ group: 'charts' }) // 'allow-scripts allow-popups allow-popups-to-escape-sandbox'
 * embedSandbox({ group: 'search' }) // '… allow-forms'
 */
export function embedSandbox(widget: Pick<Widget, 'group'>): string {
  return widget.group === 'search' ? `${EMBED_SANDBOX} allow-forms` : EMBED_SANDBOX;
}

/** The resize script as offered: its URL and Subresource Integrity hash (`sha384-…`). */
export interface EmbedScript {
  src: string;
  integrity: string;
}

/**
 * The code an administrator pastes: a sandboxed iframe with a title, a fixed height and lazy
 * loading; with `script`, also the one-line resize script, pinned by its integrity hash (the
 * portal's page refuses it if the file on the server ever differs) and fetched without cookies.
 *
 * @example
 * embedCode({ title: 'A', height: 200, group: 'charts' }, 'https://h/nhung/bieu-do/x/', { src: 'https://h/nhung/nhung.js', integrity: 'sha384-…' })
 * // '<iframe src="https://h/nhung/bieu-do/x/" title="A" width="100%" height="200" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%" data-dan-van-embed></iframe>\n<script src="https://h/nhung/nhung.js" integrity="sha384-…" crossorigin="anonymous" async></script>'
 */
export function embedCode(
  widget: Pick<Widget, 'title' | 'height' | 'group'>,
  src: string,
  script?: EmbedScript,
): string {
  const iframe = `<iframe src="${escapeAttr(src)}" title="${escapeAttr(widget.title)}" width="100%" height="${widget.height}" loading="lazy" sandbox="${embedSandbox(widget)}" style="border:0;max-width:100%" data-dan-van-embed></iframe>`;
  return script ? `${iframe}\n${scriptTag(script)}` : iframe;
}

/**
 * The resize script's tag, as /nhung/ offers it once for the whole page.
 *
 * @example
 * scriptTag({ src: 'https://h/nhung/nhung.js', integrity: 'sha384-abc' }) // '<script src="https://h/nhung/nhung.js" integrity="sha384-abc" crossorigin="anonymous" async></script>'
 */
export function scriptTag(script: EmbedScript): string {
  return `<script src="${escapeAttr(script.src)}" integrity="${escapeAttr(script.integrity)}" crossorigin="anonymous" async></script>`;
}

/** Bounds of a height a child frame may ask for: a bad or hostile value cannot blow up the page. */
export const HEIGHT_LIMITS = { min: 80, max: 4000 } as const;

/**
 * The height to apply for a message from an embedded frame, or null when the message is not ours.
 *
 * @example
 * embedHeight({ type: 'dan-van:embed-height', height: 612.4 }) // 613
 * embedHeight({ type: 'dan-van:embed-height', height: 1e9 }) // 4000
 * embedHeight({ type: 'other', height: 5 }) // null
 */
export function embedHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== 'dan-van:embed-height' || typeof height !== 'number' || !Number.isFinite(height)) return null;
  return Math.min(HEIGHT_LIMITS.max, Math.max(HEIGHT_LIMITS.min, Math.ceil(height)));
}
