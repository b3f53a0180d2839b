/**
 * What the editor's live preview needs to render a story as the site does: the Vietnamese labels
 * of fields, places, points and principles, and the site's own UI strings. Embedded in the editor
 * page as JSON (data, not code), so the preview bundle holds no copy of them.
 */
import { t } from '../../i18n/t';
import { PRINCIPLES } from '../../vocab/principles';
import type { Place } from '../../vocab/places';
import { FIELDS } from '../../vocab/fields';
import type { DirectivePoint } from './story-form';

export interface PreviewData {
  fields: Record<string, string>;
  principles: Record<string, string>;
  points: Record<string, string>;
  places: Array<Pick<Place, 'id' | 'name' | 'validFrom' | 'validTo' | 'nowPartOf'>>;
  strings: Record<string, string>;
}

/**
 * @example
 * previewData({ places: [], points: [{ n: 3, topic: 'Dân vận khéo' }] }).points['3'] // 'Dân vận khéo'
 */
export function previewData({
  places,
  points,
}: {
  places: readonly Place[];
  points: readonly DirectivePoint[];
}): PreviewData {
  return {
    fields: Object.fromEntries(FIELDS.map((f) => [f.id, f.label])),
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p.id, t(`principles.${p.key}`)])),
    points: Object.fromEntries(points.map((p) => [String(p.n), p.topic])),
    places: places.map(({ id, name, validFrom, validTo, nowPartOf }) => ({ id, name, validFrom, validTo, nowPartOf })),
    strings: {
      illustrative: t('story.illustrative'),
      illustrativeBody: t('story.illustrative.body'),
      draft: t('story.draft'),
      metaTitle: t('story.meta.title'),
      metaFields: t('story.meta.fields'),
      metaPlace: t('story.meta.place'),
      metaPlaceNow: t('story.meta.placeNow', { now: '{now}' }),
      metaYear: t('story.meta.year'),
      metaPublished: t('story.meta.published'),
      metaAgency: t('story.meta.agency'),
      metaPrinciples: t('story.meta.principles'),
      pointsTitle: t('story.points.title'),
      pointsLead: t('story.points.lead'),
      pointsItem: t('story.points.item', { n: '{n}' }),
      cardYear: t('gallery.card.year', { year: '{year}' }),
      cardHeading: 'Thẻ bài trong danh sách',
      pageHeading: 'Trang bài',
      placeYearMismatch:
        '{place} không còn hoặc chưa có vào năm {year}: trang sẽ không nhận bài này. Hãy chọn địa bàn như lúc đó.',
    },
  };
}
