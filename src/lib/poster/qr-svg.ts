/**
 * QR codes drawn at build time as inline SVG with `qrcode` (node-qrcode), so a poster prints
 * without JavaScript and without any request. Error correction M (15 % of the code may be
 * damaged: a pin hole, a fold, a stain on a notice board) or better.
 */
import QRCode from 'qrcode';

export type QrLevel = 'M' | 'Q' | 'H';

/**
 * An SVG QR code of `text`, with an accessible name. Only `M`, `Q` and `H` are accepted: `L`
 * (7 %) is too fragile for paper on a wall.
 *
 * @example
 * const svg = await qrSvg('https://hungyen.gov.vn/dan-van/ket-qua/2025/', { label: 'Mã QR mở trang' });
 * svg.startsWith('<svg') // true
 */
export async function qrSvg(
  text: string,
  options: { label: string; level?: QrLevel; className?: string },
): Promise<string> {
  const level = options.level ?? 'M';
  if (!['M', 'Q', 'H'].includes(level))
    throw new Error(`qrSvg: error correction must be M, Q or H, got ${JSON.stringify(level)}`);
  if (!text) throw new Error('qrSvg: nothing to encode');
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: level,
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const attrs = `role="img" aria-label="${escape(options.label)}"${options.className ? ` class="${escape(options.className)}"` : ''}`;
  return svg.trim().replace(/^<svg /, `<svg ${attrs} `);
}
