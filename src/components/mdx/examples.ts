/**
 * Named examples of every component story writers may use. The tests render each one through
 * Astro's Container API; the editor guide shows the same uses.
 */
import imageOne from './fixtures/vi-du-1.jpg';
import imageTwo from './fixtures/vi-du-2.jpg';

export interface Example {
  name: string;
  props: Record<string, unknown>;
  /** Text inside the component, if it takes any. */
  slot?: string;
  /** Text the rendered HTML must contain. */
  expect: string[];
}

const one = imageOne;
const two = imageTwo;

export const EXAMPLES = {
  Figure: [
    {
      name: 'with caption and credit',
      props: {
        src: one,
        alt: 'Tranh minh họa: mái nhà và cánh đồng',
        caption: 'Chợ quê sau phiên sáng.',
        credit: 'Tranh do trang tự tạo',
      },
      expect: ['<figure', '<picture', 'image/avif', 'Chợ quê sau phiên sáng.', 'Nguồn ảnh: Tranh do trang tự tạo'],
    },
    {
      name: 'picture only',
      props: { src: one, alt: 'Tranh minh họa: mái nhà và cánh đồng' },
      expect: ['alt="Tranh minh họa: mái nhà và cánh đồng"'],
    },
  ],
  ResidentQuote: [
    {
      name: 'with place',
      props: { who: 'Một tiểu thương bán rau', place: 'chợ quê' },
      slot: 'Cả chợ cùng làm thì không ai thấy lạ.',
      expect: ['<blockquote', 'Cả chợ cùng làm', '— Một tiểu thương bán rau, chợ quê', 'Ý kiến người dân'],
    },
    {
      name: 'without place',
      props: { who: 'Một người dân' },
      slot: 'Tôi đã được hỏi ý kiến.',
      expect: ['— Một người dân'],
    },
  ],
  KeyFacts: [
    {
      name: 'with title',
      props: { title: 'Trong vài con số' },
      slot: '<ul><li>3 buổi họp</li></ul>',
      expect: ['<aside', 'aria-label="Trong vài con số"', '3 buổi họp'],
    },
    { name: 'default title', props: {}, slot: '<p>Một điều.</p>', expect: ['Những điều chính'] },
  ],
  PhotoSeries: [
    {
      name: 'two photos with captions',
      props: {
        title: 'Từ rác đến vườn rau',
        images: [
          { src: one, alt: 'Tranh minh họa: hố ủ phân', caption: 'Ủ rác hữu cơ.' },
          { src: two, alt: 'Tranh minh họa: luống rau', caption: 'Vườn rau.' },
        ],
        credit: 'Tranh do trang tự tạo',
      },
      expect: ['<ol', 'Loạt 2 ảnh', 'Ủ rác hữu cơ.', 'Vườn rau.', 'Tranh minh họa: luống rau'],
    },
  ],
  VideoLink: [
    {
      name: 'link only, nothing embedded',
      props: {
        href: 'https://www.youtube.com/watch?v=abc',
        title: 'Hát trống quân',
        provider: 'YouTube',
        duration: '3 phút',
      },
      expect: ['href="https://www.youtube.com/watch?v=abc"', 'Xem video: Hát trống quân', 'không tự tải video'],
    },
  ],
} satisfies Record<string, Example[]>;

/** Props that must be refused, with a Vietnamese message. */
export const BAD_EXAMPLES = [
  { component: 'Figure', name: 'no alt', props: { src: one }, message: /thiếu "alt"/ },
  {
    component: 'Figure',
    name: 'src is a path string',
    props: { src: './anh.jpg', alt: 'Một bức ảnh đẹp' },
    message: /src="\.\/anh\.jpg"/,
  },
  { component: 'ResidentQuote', name: 'no who', props: {}, message: /thiếu "who"/ },
  {
    component: 'PhotoSeries',
    name: 'one photo only',
    props: { title: 'x', images: [{ src: one, alt: 'Một bức ảnh' }] },
    message: /ít nhất 2 ảnh/,
  },
  {
    component: 'VideoLink',
    name: 'http link',
    props: { href: 'http://x.vn', title: 'x', provider: 'x' },
    message: /https:\/\//,
  },
] as const;
