import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stored, writeZipEdition, zipEdition, zipFiles, zipFilesOnPool } from './zip.ts';

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

describe('stored()', () => {
  it('keeps a deflated file in a buffer of its own size, not in the larger one zlib wrote it into', () => {
    const data = new TextEncoder().encode('<p>briefing</p>'.repeat(200));
    const deflated = deflateRawSync(data);
    expect(deflated.buffer.byteLength).toBeGreaterThan(deflated.length);
    const body = stored(data, deflated);
    expect(Buffer.from(body).equals(deflated)).toBe(true);
    expect(body.buffer.byteLength).toBe(body.length);
  });

  it('keeps the bytes as they are when deflating did not make them smaller', () => {
    const data = new Uint8Array([1, 2, 3]);
    expect(stored(data, deflateRawSync(data))).toBe(data);
  });
});

describe('writeZipEdition()', () => {
  it('writes to its file the zip zipEdition() makes, in pieces, and gives its size and checksum', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      // More than one write's worth (4 MB), and files the zip stores as they are beside ones it deflates.
      const big = new Map(files);
      for (let i = 0; i < 3; i++)
        big.set(
          `data/${i}.bin`,
          new Uint8Array(2_000_000).map((_, j) => (j * 7919 + i) % 251),
        );
      big.set('data/packed.gz', gzipSync('briefing '.repeat(1000)));
      const target = join(dir, 'edition.zip');
      const written = await writeZipEdition(target, big, 'x');
      const onDisk = readFileSync(target);
      expect(onDisk.equals(Buffer.from(await zipEdition(big, 'x')))).toBe(true);
      expect(written).toEqual({ bytes: onDisk.length, sha256: createHash('sha256').update(onDisk).digest('hex') });
      expect(Object.keys(unzipSync(onDisk))).toHaveLength(big.size);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

describe('zipFiles() past 65,535 files', () => {
  // A briefing of 10,000 documents has some 170,000 files in its offline edition; without Zip64 its build stopped.
  const many = Array.from({ length: 70_000 }, (_, i) => [`f/${i}.txt`, `${i}`] as const);
  const zip = zipFiles(many);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);

  it('gives every file back, in order, to a reader that knows Zip64', () => {
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toHaveLength(70_000);
    expect(Object.keys(unzipped).at(-1)).toBe('f/69999.txt');
    expect(new TextDecoder().decode(unzipped['f/69999.txt'])).toBe('69999');
  });

  it('ends with a Zip64 end record and its locator, and an end record that points to them', () => {
    const end = zip.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(0xffff);
    const locator = end - 20;
    expect(view.getUint32(locator, true)).toBe(0x07064b50);
    const record = Number(view.getBigUint64(locator + 8, true));
    expect(view.getUint32(record, true)).toBe(0x06064b50);
    expect(view.getBigUint64(record + 32, true)).toBe(70_000n);
    // The central directory starts where the record says: its first header's signature.
    expect(view.getUint32(Number(view.getBigUint64(record + 48, true)), true)).toBe(0x02014b50);
  });

  it('keeps a zip of fewer files exactly as before: no Zip64 records', () => {
    const small = zipFiles(many.slice(0, 10));
    const smallView = new DataView(small.buffer, small.byteOffset, small.byteLength);
    expect(smallView.getUint32(small.length - 22 - 20, true)).not.toBe(0x07064b50);
    expect(smallView.getUint16(small.length - 22 + 10, true)).toBe(10);
  });
});
