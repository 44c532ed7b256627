// The site's one zip writer (the offline edition, the data download): a fixed timestamp on every entry and the
// entries in the order given, so the same files always make the same bytes, and the same checksum, on any machine.
// Node's own zlib deflates (native, level 6: most of level 9's ratio at a fraction of its time); files that are
// compressed already (Pagefind's gzipped index, fonts, images, zips) are stored as they are, since deflating them
// again costs time and gains nothing. The edition's zip (tens of MB) deflates on libuv's thread pool, several files
// at once, so every core works on it and the build's thread stays free; the bytes are the same as deflating in turn.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';
import { eachAtOnce } from '../each-at-once.ts';

const deflateRawOnPool = promisify(deflateRaw);

/** 2000-01-01 00:00 as a zip stores it (DOS date and time: local wall-clock fields, no zone, no "unknown"). */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/** Deflate level: 6 is zlib's default, where more effort stops paying for itself. */
const LEVEL = 6;

/** Magic numbers of formats that are compressed already: gzip, zip, PNG, JPEG, WOFF2, WOFF. */
const COMPRESSED_MAGIC: readonly number[][] = [
  [0x1f, 0x8b],
  [0x50, 0x4b, 0x03, 0x04],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x77, 0x4f, 0x46, 0x32],
  [0x77, 0x4f, 0x46, 0x46],
];

/** Whether `bytes` begin like a compressed format, so deflating them again would gain nothing. */
export function isCompressed(bytes: Uint8Array): boolean {
  return COMPRESSED_MAGIC.some((magic) => magic.every((b, i) => bytes[i] === b));
}

interface Written {
  name: Buffer;
  crc: number;
  method: 0 | 8;
  compressedSize: number;
  size: number;
  offset: number;
}

const MAX_32 = 0xffffffff;

/** One file on its way into a zip: its bytes and what the zip holds of them (deflated, or the bytes themselves). */
interface Entry {
  path: string;
  data: Uint8Array;
  body: Uint8Array;
}

const bytesOf = (content: Uint8Array | string) =>
  typeof content === 'string' ? Buffer.from(content, 'utf8') : content;

/**
 * What the zip holds of `data`: its deflated form, or the bytes as they are when deflating did not make them smaller
 * (short or random-looking files). zlib hands back a view of the buffer it wrote into, tens of kB for a file that
 * deflates to two: held as it is, the 170,000 files of a big edition kept 2.6 GB for 255 MB of zip. A copy of just the
 * bytes lets that buffer go.
 */
export const stored = (data: Uint8Array, deflated: Uint8Array | undefined): Uint8Array =>
  deflated && deflated.length < data.length
    ? deflated.byteLength < deflated.buffer.byteLength
      ? new Uint8Array(deflated)
      : deflated
    : data;

/** Zips files (path → bytes or text) in the order given, every entry with the fixed timestamp. */
export function zipFiles(files: Iterable<readonly [string, Uint8Array | string]>): Uint8Array {
  const entries: Entry[] = [];
  for (const [path, content] of files) {
    const data = bytesOf(content);
    entries.push({
      path,
      data,
      body: stored(data, isCompressed(data) ? undefined : deflateRawSync(data, { level: LEVEL })),
    });
  }
  return assemble(entries);
}

/** Deflates at a time: libuv's pool has 4 threads; a few more keep them fed between files. */
const ON_POOL = 8;

/** zipFiles(), the same bytes, with the files deflated on libuv's thread pool, several at once. */
export async function zipFilesOnPool(files: Iterable<readonly [string, Uint8Array | string]>): Promise<Uint8Array> {
  return assemble(await deflateOnPool(files));
}

/** The entries of a zip of `files`, in the order given, each deflated (or not) on libuv's thread pool. */
async function deflateOnPool(files: Iterable<readonly [string, Uint8Array | string]>): Promise<Entry[]> {
  const entries: Entry[] = [...files].map(([path, content]) => ({
    path,
    data: bytesOf(content),
    body: new Uint8Array(),
  }));
  await eachAtOnce(
    entries,
    async (entry) => {
      const { data } = entry;
      entry.body = stored(data, isCompressed(data) ? undefined : await deflateRawOnPool(data, { level: LEVEL }));
    },
    ON_POOL,
  );
  return entries;
}

/** The zip of entries whose bodies are made. */
function assemble(entries: readonly Entry[]): Uint8Array {
  return new Uint8Array(Buffer.concat([...zipChunks(entries)]));
}

/** The bytes of a zip of entries whose bodies are made, in order, piece by piece. */
function* zipChunks(entries: readonly Entry[]): Generator<Uint8Array> {
  const written: Written[] = [];
  let offset = 0;
  for (const { path, data, body } of entries) {
    const name = Buffer.from(path, 'utf8');
    const entry: Written = {
      name,
      crc: crc32(data),
      method: body === data ? 0 : 8,
      compressedSize: body.length,
      size: data.length,
      offset,
    };
    // Zip64 is written for the number of files and the directory's place (below), not yet for a file that is itself
    // larger than 4 GiB or starts past it: a zip that large would not fit in memory here anyway.
    if (offset > MAX_32 || data.length > MAX_32)
      throw new Error(
        `zip: ${path} starts or ends beyond 4 GiB into the zip, which this writer cannot hold; make the edition smaller (fewer or lighter files)`,
      );
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    writeCommon(header, 4, entry);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    yield header;
    yield name;
    yield body;
    offset += header.length + name.length + body.length;
    written.push(entry);
  }
  const directoryAt = offset;
  for (const entry of written) {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by: version 2.0, MS-DOS attributes
    writeCommon(header, 6, entry);
    header.writeUInt16LE(entry.name.length, 28);
    // extra, comment, disk, internal and external attributes: none
    header.writeUInt32LE(entry.offset, 42);
    yield header;
    yield entry.name;
    offset += header.length + entry.name.length;
  }
  const directorySize = offset - directoryAt;
  // More than 65,535 files (a briefing of 10,000 documents has some 170,000) or a directory past 4 GiB: the
  // end record cannot hold the numbers, so a Zip64 end record and its locator come first and the end record
  // points to them (APPNOTE 4.3.14–4.3.16). Below that, the zip is as it always was.
  const zip64 = written.length > 0xffff || directoryAt > MAX_32 || directorySize > MAX_32;
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4); // the size of the record after this field
    record.writeUInt16LE(45, 12); // made by: version 4.5 (Zip64)
    record.writeUInt16LE(45, 14); // version needed: 4.5
    // this disk and the directory's disk: 0
    record.writeBigUInt64LE(BigInt(written.length), 24);
    record.writeBigUInt64LE(BigInt(written.length), 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(directoryAt), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset), 8); // where the Zip64 end record starts
    locator.writeUInt32LE(1, 16); // disks in all
    yield record;
    yield locator;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(written.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(written.length, 0xffff), 10);
  end.writeUInt32LE(Math.min(directorySize, MAX_32), 12);
  end.writeUInt32LE(Math.min(directoryAt, MAX_32), 16);
  yield end;
}

/** The fields local and central headers share, from "version needed" to the uncompressed size. */
function writeCommon(header: Buffer, at: number, entry: Written): void {
  header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  header.writeUInt16LE(0x0800, at + 2); // flags: names are UTF-8
  header.writeUInt16LE(entry.method, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.compressedSize, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
}

/** The files of an edition under its folder, in path order: what its zip holds. */
const editionEntries = (files: ReadonlyMap<string, Uint8Array>, folder: string) =>
  [...files.keys()].sort().map((path) => [`${folder}/${path}`, files.get(path)!] as const);

/** Zips `files` (paths from the edition's root) under the folder `folder`, in path order. */
export function zipEdition(files: ReadonlyMap<string, Uint8Array>, folder: string): Promise<Uint8Array> {
  return zipFilesOnPool(editionEntries(files, folder));
}

/** Bytes handed to the file at a time: a few MB, not a write per header. */
const WRITE_BYTES = 4 << 20;

/**
 * zipEdition() written straight to `target`, never held whole (at 10,000 documents the zip is some 300 MB, which
 * the edition's thread would otherwise hold beside every file it zips). Returns its size and SHA-256.
 */
export async function writeZipEdition(
  target: string,
  files: ReadonlyMap<string, Uint8Array>,
  folder: string,
): Promise<{ bytes: number; sha256: string }> {
  const entries = await deflateOnPool(editionEntries(files, folder));
  const hash = createHash('sha256');
  let bytes = 0;
  async function* pieces() {
    let group: Uint8Array[] = [];
    let size = 0;
    for (const chunk of zipChunks(entries)) {
      hash.update(chunk);
      bytes += chunk.length;
      group.push(chunk);
      size += chunk.length;
      if (size >= WRITE_BYTES) {
        yield Buffer.concat(group);
        [group, size] = [[], 0];
      }
    }
    yield Buffer.concat(group);
  }
  await pipeline(Readable.from(pieces()), createWriteStream(target));
  return { bytes, sha256: hash.digest('hex') };
}
