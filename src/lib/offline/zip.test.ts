import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipEdition } from './zip.ts';

const files = new Map([
  ['index.html', new TextEncoder().encode('<!doctype html><p>Hi</p>')],
  ['pagefind/pagefind.js', new TextEncoder().encode('var x;')],
]);

describe('zipEdition()', () => {
  it('holds every file under one folder', () => {
    const unzipped = unzipSync(zipEdition(files, 'briefing-offline'));
    expect(Object.keys(unzipped)).toEqual(['briefing-offline/index.html', 'briefing-offline/pagefind/pagefind.js']);
    expect(new TextDecoder().decode(unzipped['briefing-offline/index.html'])).toBe('<!doctype html><p>Hi</p>');
  });

  it('makes the same bytes from the same files, whatever order they come in', () => {
    const reversed = new Map([...files].reverse());
    expect(Buffer.from(zipEdition(reversed, 'x')).equals(Buffer.from(zipEdition(files, 'x')))).toBe(true);
  });
});

describe('zipEdition() across time zones', () => {
  it('writes the same bytes in Tokyo as in London', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tokyo';
      const tokyo = zipEdition(files, 'x');
      process.env.TZ = 'Europe/London';
      const london = zipEdition(files, 'x');
      expect(Buffer.from(tokyo).equals(Buffer.from(london))).toBe(true);
    } finally {
      process.env.TZ = zone;
    }
  });
});
