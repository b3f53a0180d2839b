/**
 * The live preview of a story in the editor: the story as a card of the gallery and as its page,
 * with the site's own classes (their CSS is the preview stylesheet, see src/lib/editor/preview-css.ts),
 * the "Bài viết minh họa" mark, the draft notice and the points and principles it claims. Plain
 * React.createElement: Decap renders preview templates with React.
 */
import { createElement as h, type ReactNode } from 'react';
import type { PreviewData } from '../../lib/editor/preview-data';

/** The little of Decap's preview props this template reads. */
export interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor: (name: string) => ReactNode;
  getAsset: (path: string) => { toString(): string } | undefined;
  data: PreviewData;
}

/** An Immutable list or a plain value as an array of strings. */
function list(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  const plain =
    typeof (value as { toJS?: () => unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value;
  return (Array.isArray(plain) ? plain : [plain]).map(String);
}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether a place existed during the year (same rule as src/lib/places/places.ts validInYear). */
function validIn(place: PreviewData['places'][number], year: number): boolean {
  const from = place.validFrom ? Number(place.validFrom.slice(0, 4)) : -Infinity;
  const to = place.validTo ? Number(place.validTo.slice(0, 4)) : Infinity;
  return year >= from && year <= to;
}

export function StoryPreview({ entry, widgetFor, getAsset, data }: PreviewProps) {
  const get = (key: string) => entry.getIn(['data', key]);
  const title = String(get('title') ?? '');
  const summary = String(get('summary') ?? '');
  const year = Number(get('year')) || 0;
  const fields = list(get('fields')).map((id) => data.fields[id] ?? id);
  const points = list(get('points'));
  const principles = list(get('principles')).map((id) => data.principles[id] ?? id);
  const place = data.places.find((p) => p.id === get('place'));
  const now = place?.nowPartOf ? data.places.find((p) => p.id === place.nowPartOf) : undefined;
  const coverPath = get('cover');
  const cover = typeof coverPath === 'string' && coverPath ? getAsset(coverPath)?.toString() : undefined;
  const illustrative = get('illustrative') === true;
  const draft = get('draft') === true;
  const agency = get('agency');
  const published = String(get('published') ?? '');
  const s = data.strings;
  const placeName = place ? capitalize(place.name) : '';

  const card = h(
    'ul',
    { className: 'dv-preview__cards' },
    h(
      'li',
      { className: 'dv-card' },
      h(
        'article',
        null,
        cover ? h('img', { src: cover, alt: '', className: 'dv-card__img' }) : null,
        h(
          'div',
          { className: 'dv-card__body' },
          h('h2', { className: 'dv-card__title' }, h('a', { href: '#' }, title)),
          h(
            'p',
            { className: 'dv-card__meta' },
            [fields.join(', '), placeName, year ? fill(s.cardYear!, { year }) : ''].filter(Boolean).join(' · '),
          ),
          illustrative ? h('span', { className: 'dv-illustrative' }, s.illustrative) : null,
          draft ? h('p', null, h('strong', null, s.draft)) : null,
        ),
      ),
    ),
  );

  const meta = h(
    'dl',
    { className: 'dv-story-meta' },
    h('div', null, h('dt', null, s.metaFields), h('dd', null, fields.join(', '))),
    h(
      'div',
      null,
      h('dt', null, s.metaPlace),
      h('dd', null, placeName, now ? ` (${fill(s.metaPlaceNow!, { now: now.name })})` : ''),
    ),
    h('div', null, h('dt', null, s.metaYear), h('dd', null, year || '')),
    h('div', null, h('dt', null, s.metaPublished), h('dd', null, published.split('-').reverse().join('/'))),
    agency ? h('div', null, h('dt', null, s.metaAgency), h('dd', null, String(agency))) : null,
    principles.length ? h('div', null, h('dt', null, s.metaPrinciples), h('dd', null, principles.join(', '))) : null,
  );

  const page = h(
    'article',
    { className: 'dv-container dv-story' },
    place && year && !validIn(place, year)
      ? h(
          'p',
          { className: 'dv-preview__warn', role: 'alert' },
          fill(s.placeYearMismatch!, { place: place.name, year }),
        )
      : null,
    illustrative
      ? h(
          'p',
          { className: 'dv-notice dv-illustrative-notice' },
          h('strong', null, `${s.illustrative}.`),
          ` ${s.illustrativeBody}`,
        )
      : null,
    draft ? h('p', { className: 'dv-notice' }, h('strong', null, s.draft)) : null,
    h('h1', null, title),
    h('p', { className: 'dv-story__summary' }, summary),
    cover ? h('img', { src: cover, alt: String(get('coverAlt') ?? ''), className: 'dv-story__cover' }) : null,
    meta,
    h('div', { className: 'dv-story__body' }, widgetFor('body')),
    h(
      'section',
      { className: 'dv-story__points' },
      h('h2', null, s.pointsTitle),
      h('p', null, s.pointsLead),
      h(
        'ul',
        null,
        points.map((n) =>
          h('li', { key: n }, fill(s.pointsItem!, { n }), data.points[n] ? ` — ${data.points[n]}` : ''),
        ),
      ),
    ),
  );

  return h(
    'div',
    { className: 'dv-preview' },
    h(
      'section',
      { className: 'dv-preview__section', 'aria-label': s.cardHeading },
      h('p', { className: 'dv-card__meta' }, s.cardHeading),
      card,
    ),
    h(
      'section',
      { className: 'dv-preview__section', 'aria-label': s.pageHeading },
      h('p', { className: 'dv-card__meta' }, s.pageHeading),
      page,
    ),
  );
}
