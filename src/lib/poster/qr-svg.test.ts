import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg, type QrLevel } from './qr-svg';

/**
 * Rasterize the library's SVG (one path of horizontal runs: "M4 4.5h7m1 0h3…") to RGBA pixels
 * and read it back with jsQR: proof that the markup itself carries the address.
 */
function decodeSvg(svg: string, scale = 4): string | null {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const d = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)![1]!;
  const px = size * scale;
  const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?:[ ,](-?[\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Number(b)];
    else if (cmd === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const row = Math.floor(y);
      for (let col = x; col < x + Number(a); col++) {
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++)
            rgba.fill(
              0,
              ((row * scale + dy) * px + col * scale + dx) * 4,
              ((row * scale + dy) * px + col * scale + dx) * 4 + 3,
            );
      }
      x += Number(a);
    }
  }
  return jsQR(rgba, px, px)?.data ?? null;
}

describe('qrSvg', () => {
  it.each<[string, QrLevel]>([
    ['http://localhost:4321/dan-van/van-ban/chi-thi-2022-02-21/#diem-3', 'M'],
    ['https://danvanchinhquyen.hungyen.gov.vn/dan-van/dan-van-kheo/cho-que-noi-khong-voi-tui-ni-long/', 'M'],
    ['https://hungyen.gov.vn/ket-qua/2025/', 'H'],
  ])('encodes %s (level %s) so that a decoder reads it back', async (url, level) => {
    const svg = await qrSvg(url, { label: `Mã QR mở trang ${url}`, level });
    expect(decodeSvg(svg)).toBe(url);
  });

  it('is an accessible image with presentation attributes only (the CSP forbids style attributes)', async () => {
    const svg = await qrSvg('https://x.vn/"a"', { label: 'Mã QR "x" <y>', className: 'dv-qr' });
    expect(svg).toMatch(
      /^<svg role="img" aria-label="Mã QR &quot;x&quot; &lt;y>" class="dv-qr" xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svg).not.toMatch(/style=|<script/);
  });

  it('uses error correction M or better: a higher level draws a bigger code for the same text', async () => {
    const size = async (level: QrLevel) =>
      Number(
        /viewBox="0 0 (\d+)/.exec(
          await qrSvg('https://hungyen.gov.vn/dan-van/ket-qua/2025/', { label: 'x', level }),
        )![1],
      );
    expect(await size('H')).toBeGreaterThan(await size('M'));
  });

  it.each([['L'], ['X']])('refuses level %s', async (level) => {
    await expect(qrSvg('https://x.vn/', { label: 'x', level: level as QrLevel })).rejects.toThrow(/M, Q or H/);
  });
});
