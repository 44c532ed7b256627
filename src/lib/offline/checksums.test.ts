import { describe, expect, it } from 'vitest';
import { sha256, sha256sums } from './checksums.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sha256()', () => {
  it('writes the hash in lower-case hex, as sha256sum does', () => {
    expect(sha256(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('sha256sums()', () => {
  it('writes one "<hash>  <path>" line per file, in path order', () => {
    const files = new Map([
      ['index.html', bytes('abc')],
      ['_astro/a.css', bytes('')],
    ]);
    expect(sha256sums(files)).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  _astro/a.css\n' +
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  index.html\n',
    );
  });

  it('refuses a name sha256sum would have to escape', () => {
    expect(() => sha256sums(new Map([['a\\b.txt', bytes('')]]))).toThrowErrorMatchingInlineSnapshot(
      `[Error: cannot list "a\\b.txt" in a checksum file: its name holds a newline or a backslash]`,
    );
  });
});
