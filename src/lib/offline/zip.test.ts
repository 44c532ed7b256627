import { unzipSync } from 'fflate';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipEdition, zipFiles, zipFilesOnPool } from './zip.ts';

const files = new Map([
  ['index.html', new TextEncoder().encode('<!doctype html><p>Hi</p>')],
  ['pagefind/pagefind.js', new TextEncoder().encode('var x;')],
]);

describe('zipEdition()', () => {
  it('holds every file under one folder', async () => {
    const unzipped = unzipSync(await zipEdition(files, 'briefing-offline'));
    expect(Object.keys(unzipped)).toEqual(['briefing-offline/index.html', 'briefing-offline/pagefind/pagefind.js']);
    expect(new TextDecoder().decode(unzipped['briefing-offline/index.html'])).toBe('<!doctype html><p>Hi</p>');
  });

  it('makes the same bytes from the same files, whatever order they come in', async () => {
    const reversed = new Map([...files].reverse());
    expect(Buffer.from(await zipEdition(reversed, 'x')).equals(Buffer.from(await zipEdition(files, 'x')))).toBe(true);
  });
});

describe('zipEdition() across time zones', () => {
  it('writes the same bytes in Tokyo as in London', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tokyo';
      const tokyo = await zipEdition(files, 'x');
      process.env.TZ = 'Europe/London';
      const london = await zipEdition(files, 'x');
      expect(Buffer.from(tokyo).equals(Buffer.from(london))).toBe(true);
    } finally {
      process.env.TZ = zone;
    }
  });
});

/** Runs `make` with the process in the time zone `zone`. */
function inZone<T>(zone: string, make: () => T): T {
  const before = process.env.TZ;
  try {
    process.env.TZ = zone;
    return make();
  } finally {
    process.env.TZ = before;
  }
}

/** The DOS date and time fields of a zip's first local file header (offsets 10 and 12). */
function firstEntryStamp(zip: Uint8Array): { time: number; date: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  return { time: view.getUint16(10, true), date: view.getUint16(12, true) };
}

describe('zipFilesOnPool()', () => {
  it('makes the same bytes as zipFiles(), deflating on the thread pool', async () => {
    const many = Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, 'briefing '.repeat(i * 50)] as const);
    expect(Buffer.from(await zipFilesOnPool(many)).equals(Buffer.from(zipFiles(many)))).toBe(true);
  });
});

describe('zipFiles()', () => {
  const data: [string, string][] = [
    ['README.md', '# Data'],
    ['documents.csv', 'id\r\nkz\r\n'],
  ];

  it('keeps the entries in the order given', () => {
    expect(Object.keys(unzipSync(zipFiles(data)))).toEqual(['README.md', 'documents.csv']);
  });

  it('stamps every entry 2000-01-01 00:00 and writes the same bytes west and east of UTC', () => {
    const la = inZone('America/Los_Angeles', () => zipFiles(data));
    const tokyo = inZone('Asia/Tokyo', () => zipFiles(data));
    expect(Buffer.from(la).equals(Buffer.from(tokyo))).toBe(true);
    // DOS date: (2000 - 1980) << 9 | month 1 << 5 | day 1; time 00:00:00.
    expect(firstEntryStamp(la)).toEqual({ time: 0, date: (20 << 9) | (1 << 5) | 1 });
  });
});

describe('zipFiles() and compressed files', () => {
  /** The compression method of a zip's first entry (offset 8 of its local header): 0 stored, 8 deflated. */
  const firstMethod = (zip: Uint8Array) => new DataView(zip.buffer, zip.byteOffset).getUint16(8, true);

  it('stores a gzipped file as it is, and gives the same bytes back', () => {
    const gzipped = gzipSync('the same words again and again, '.repeat(50));
    const zip = zipFiles([['pagefind/fragment/en_1.pf_fragment', gzipped]]);
    expect(firstMethod(zip)).toBe(0);
    expect(Buffer.from(unzipSync(zip)['pagefind/fragment/en_1.pf_fragment']!).equals(gzipped)).toBe(true);
  });

  it('deflates text, and unzips it to the same text', () => {
    const text = '<p>The same paragraph, again and again.</p>\n'.repeat(200);
    const zip = zipFiles([['index.html', text]]);
    expect(firstMethod(zip)).toBe(8);
    expect(zip.length).toBeLessThan(text.length / 10);
    expect(new TextDecoder().decode(unzipSync(zip)['index.html'])).toBe(text);
  });

  it('holds an empty file and a name outside ASCII', () => {
    const unzipped = unzipSync(
      zipFiles([
        ['empty.txt', ''],
        ['données/été.csv', 'a,b\r\n'],
      ]),
    );
    expect(Object.keys(unzipped)).toEqual(['empty.txt', 'données/été.csv']);
    expect(unzipped['empty.txt']!.length).toBe(0);
  });
});
