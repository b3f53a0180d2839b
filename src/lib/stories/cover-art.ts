/**
 * Cover pictures the project draws itself for illustrative and synthetic stories: a seeded,
 * abstract landscape (fields, houses, sun) in a colour per field. No photo of a real person or
 * place, so nothing can be mistaken for a record of a real event. Writing one as a JPEG is
 * cover-art-fs.ts.
 */
import type { FieldId } from '../../vocab/fields';
import { seededRandom } from '../seeded-random';

const PALETTES: Record<FieldId, [string, string, string]> = {
  'kinh-te': ['#f3e3b5', '#5d8c3a', '#a8641f'],
  'van-hoa': ['#f6d9c9', '#9b1c1c', '#d98a1f'],
  'xa-hoi': ['#d9ecf2', '#2f6f8f', '#e0a030'],
  'an-ninh': ['#dfe6ee', '#24476b', '#c23b22'],
  'quoc-phong': ['#e3ead5', '#3f5b2b', '#8c7a3c'],
};

/**
 * An SVG cover (1200×675, 16:9) for a field and seed.
 *
 * @example
 * coverSvg('kinh-te', 7).startsWith('<svg') // true
 */
export function coverSvg(field: FieldId, seed: number): string {
  const [sky, land, accent] = PALETTES[field];
  const rand = seededRandom(seed);
  const w = 1200;
  const h = 675;
  const horizon = 330 + Math.round(rand() * 80);
  const hills = Array.from({ length: 3 }, (_, i) => {
    const y = horizon + i * 70;
    const a = Math.round(rand() * 120);
    return `<path d="M0 ${y} C ${300 + a} ${y - 90}, ${700 - a} ${y + 60}, ${w} ${y - 30} L ${w} ${h} L 0 ${h} Z" fill="${land}" opacity="${0.55 + i * 0.2}"/>`;
  }).join('');
  const houses = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => {
    const x = Math.round(60 + rand() * (w - 220));
    const y = horizon - 10 + Math.round(rand() * 60);
    const s = 50 + Math.round(rand() * 40);
    return `<g transform="translate(${x} ${y})"><rect width="${s}" height="${Math.round(s * 0.7)}" fill="#fbf7ef"/><path d="M-8 0 L ${s / 2} ${-s * 0.5} L ${s + 8} 0 Z" fill="${accent}"/><rect x="${s * 0.38}" y="${s * 0.3}" width="${s * 0.24}" height="${s * 0.4}" fill="${land}"/></g>`;
  }).join('');
  const sunX = Math.round(150 + rand() * 900);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${sky}"/><circle cx="${sunX}" cy="${110 + Math.round(rand() * 60)}" r="${55 + Math.round(rand() * 25)}" fill="${accent}" opacity="0.85"/>${hills}${houses}</svg>`;
}
