// Rewrites every page into its offline form (one parse each), spread over worker threads: parsing is most of the
// edition's work on a big briefing, and the build's main thread has nothing else to do meanwhile. Pages go to the
// workers as bytes and come back as bytes, handed over both ways without a copy: the build's thread never holds every
// page as text (at 10,000 documents, gigabytes of strings) nor every page's list of edits, nor a page both as it was
// and as it is now (the bytes it sends are gone from it, and the caller's copies are empty afterwards).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { rewriteOfflinePage, type RewrittenPage } from './offline-page.ts';

export interface RewriteWorkerData {
  base: string;
  /** Every file of the edition, by path from its root: what `hasFile` answers from. */
  files: string[];
}
/** A page to rewrite: its path from the root and its bytes (UTF-8). */
export interface PageFile {
  path: string;
  bytes: Uint8Array;
}
export interface RewriteRequest {
  id: number;
  pages: PageFile[];
}
export type RewriteResponse = { id: number; pages: RewrittenPage[] } | { id: number; error: string };

/** One page rewritten (the work of rewritePages() and of its workers). */
export function rewritePage(page: PageFile, base: string, hasFile: (path: string) => boolean): RewrittenPage {
  return rewriteOfflinePage(new TextDecoder().decode(page.bytes), { base, hasFile, pagePath: page.path });
}

/** Pages sent to a worker at a time, at most: few messages, yet small enough to share the work out evenly. */
const BATCH = 32;
/** Bytes of HTML sent to a worker at a time, at most (a page larger than this goes alone). */
const BATCH_BYTES = 1_000_000;
/** Below this many pages, starting threads costs more than it saves. */
const PARALLEL_FROM = 200;

export interface RewriteOptions {
  base: string;
  files: ReadonlySet<string>;
  /** Worker threads to use; 0 rewrites on this thread. Default: one per core, at most 4, when there are many pages. */
  workers?: number | undefined;
}

/**
 * The buffers of `pages` that can be handed to a worker, each once: a view of part of a larger buffer (a pool) and an
 * empty page are copied instead (a buffer handed over twice, or one already handed over, would fail the message).
 */
const handOver = (pages: readonly PageFile[]) => [
  ...new Set(
    pages.flatMap(({ bytes }) =>
      bytes.byteLength > 0 &&
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength &&
      bytes.buffer instanceof ArrayBuffer
        ? [bytes.buffer]
        : [],
    ),
  ),
];

/**
 * Each page rewritten (same order as `pages`). On worker threads, each page's bytes are handed to the thread that
 * rewrites it, not copied: once this returns, `pages` (and whatever else held the same bytes) hold empty arrays.
 */
export async function rewritePages(pages: readonly PageFile[], options: RewriteOptions): Promise<RewrittenPage[]> {
  const count = options.workers ?? (pages.length >= PARALLEL_FROM ? Math.min(4, availableParallelism()) : 0);
  if (count <= 1) {
    const hasFile = (path: string) => options.files.has(path);
    return pages.map((page) => rewritePage(page, options.base, hasFile));
  }
  // Largest pages first: the book alone is a quarter of a big briefing's HTML, and started last it would keep one
  // worker busy long after the others had finished.
  const order = pages.map((_, i) => i).sort((a, b) => pages[b]!.bytes.length - pages[a]!.bytes.length || a - b);
  const batches: { indices: number[]; pages: PageFile[] }[] = [];
  let size = Infinity;
  for (const i of order) {
    const page = pages[i]!;
    if (size + page.bytes.length > BATCH_BYTES || batches.at(-1)!.pages.length >= BATCH) {
      batches.push({ indices: [], pages: [] });
      size = 0;
    }
    batches.at(-1)!.indices.push(i);
    batches.at(-1)!.pages.push(page);
    size += page.bytes.length;
  }
  const rewritten = new Array<RewrittenPage>(pages.length);
  const workerData: RewriteWorkerData = { base: options.base, files: [...options.files] };
  const workers = Array.from(
    { length: Math.min(count, batches.length) },
    () => new Worker(new URL('./rewrite-worker.ts', import.meta.url), { workerData }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const id = next++;
              const batch = batches[id]!;
              worker.postMessage({ id, pages: batch.pages } satisfies RewriteRequest, handOver(batch.pages));
              batch.pages = [];
            };
            worker.on('message', (response: RewriteResponse) => {
              if ('error' in response) return reject(new Error(response.error));
              const { indices } = batches[response.id]!;
              response.pages.forEach((page, i) => (rewritten[indices[i]!] = page));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a worker rewriting offline pages stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return rewritten;
}
