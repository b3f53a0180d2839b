import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESIZE_SCRIPT, resizeScript, subresourceIntegrity } from './resize-script-fs';

describe('the resize script’s integrity', () => {
  it('is the base64 SHA-384 of the bytes, as browsers compute it', () => {
    // Same as `printf 'alert(1)' | openssl dgst -sha384 -binary | base64`.
    expect(subresourceIntegrity(Buffer.from('alert(1)'))).toBe(
      `sha384-${createHash('sha384').update('alert(1)').digest('base64')}`,
    );
    expect(subresourceIntegrity(Buffer.from('alert(1)'))).not.toBe(subresourceIntegrity(Buffer.from('alert(2)')));
  });

  it('is computed from the real public/nhung/nhung.js', () => {
    const bytes = readFileSync(RESIZE_SCRIPT.file);
    expect(resizeScript('https://h/nhung/nhung.js')).toEqual({
      src: 'https://h/nhung/nhung.js',
      integrity: subresourceIntegrity(bytes),
    });
  });
});
