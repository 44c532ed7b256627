import { describe, expect, it } from 'vitest';
import { packIco } from './ico.ts';

describe('packIco()', () => {
  it('writes the header, one directory entry per image, and the images after them', () => {
    const a = new Uint8Array([1, 2, 3]);
    const b = new Uint8Array([4, 5]);
    const ico = packIco([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect([ico[6], ico[22]]).toEqual([16, 0]); // 256 is stored as 0
    expect(view.getUint32(6 + 8, true)).toBe(3);
    expect(view.getUint32(6 + 12, true)).toBe(38);
    expect([...ico.slice(38)]).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses an empty icon and an image wider than 256 pixels', () => {
    expect(() => packIco([])).toThrow('an ICO needs at least one image');
    expect(() => packIco([{ size: 512, png: new Uint8Array() }])).toThrow('1 to 256 pixels wide, got 512');
  });
});
